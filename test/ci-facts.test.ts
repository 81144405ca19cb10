import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import { factsDocumentText, loadFacts, parseMarkdownFacts, type FactEntry } from '../src/ci/facts.js';
import { usageMessage } from './helpers/expect.js';

const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-facts-')));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(name: string, text: string): string {
  fs.writeFileSync(path.join(dir, name), text);
  return name;
}


const YAML = `# Facts that outrank every source.
r1-parameters: "DeepSeek R1 has 671 billion parameters"

training:
  - The final training run cost $5.6 million
  - >
    It used 2,048
    Nvidia H800 GPUs

staff: |

  The team had
  139 researchers and engineers
plain: DeepSeek was founded in 2023
multi: one plain scalar
  that runs over two lines with 12 words
42: a numeric key holds 3 items
`;

describe('YAML facts', () => {
  it('reads keys, lists and block scalars with their lines', () => {
    const facts = loadFacts(write('facts.yaml', YAML), dir);
    expect(facts.file).toBe('facts.yaml');
    expect(facts.markdown).toBe(false);
    expect(facts.text).toBe(YAML);
    expect(facts.entries).toEqual<FactEntry[]>([
      { key: 'r1-parameters', statement: 'DeepSeek R1 has 671 billion parameters', line: 2 },
      { key: 'training', statement: 'The final training run cost $5.6 million', line: 5 },
      { key: 'training', statement: 'It used 2,048 Nvidia H800 GPUs', line: 7 },
      { key: 'staff', statement: 'The team had 139 researchers and engineers', line: 12 },
      { key: 'plain', statement: 'DeepSeek was founded in 2023', line: 14 },
      { key: 'multi', statement: 'one plain scalar that runs over two lines with 12 words', line: 15 },
      { key: '42', statement: 'a numeric key holds 3 items', line: 17 },
    ]);
  });

  it('reads a top-level list, CRLF line ends and a .yml name', () => {
    const facts = loadFacts(write('list.yml', '- First fact, 5 km\r\n\r\n- "Second: 7 kg"\r\n'), dir);
    expect(facts.entries).toEqual([
      { statement: 'First fact, 5 km', line: 1 },
      { statement: 'Second: 7 kg', line: 3 },
    ]);
  });

  it('follows aliases', () => {
    expect(loadFacts(write('alias.yaml', 'a: &x "It has 5 units"\nb: *x\nc:\n  - *x\n'), dir).entries).toEqual([
      { key: 'a', statement: 'It has 5 units', line: 1 },
      { key: 'b', statement: 'It has 5 units', line: 2 },
      { key: 'c', statement: 'It has 5 units', line: 4 },
    ]);
  });

  it('reads an empty file as no statements', () => {
    expect(loadFacts(write('empty.yaml', '# nothing yet\n'), dir).entries).toEqual([]);
  });

  it.each<[string, string, string]>([
    ['number.yaml', 'a: "ok"\nb: 5\n', 'number.yaml:2: b: expected a statement or a list of statements, got 5'],
    ['nested.yaml', 'a:\n  b: "x"\n', 'nested.yaml:2: a: expected a statement or a list of statements, got an object'],
    ['item.yaml', 'a:\n  - "x"\n  - 7\n', 'item.yaml:3: a[1]: expected a statement (text), got 7'],
    ['blank.yaml', 'a: "  "\n', 'blank.yaml:1: a: expected a statement (text), got "  "'],
    ['null.yaml', 'a:\n', 'null.yaml:1: a: expected a statement or a list of statements, got null'],
    ['scalar.yaml', 'just a sentence\n', 'scalar.yaml:1: expected a mapping of keys to statements, or a list of statements, got "just a sentence"'],
    ['colon.yaml', '- It cost: $5 million\n', 'colon.yaml:1: [0]: expected a statement (text), got an object (put a statement that holds ": " in quotes)'],
    ['listitem.yaml', '- ok\n- [1, 2]\n', 'listitem.yaml:2: [1]: expected a statement (text), got a list'],
    ['dup.yaml', 'a: x\na: y\n', 'dup.yaml:2: invalid YAML: Map keys must be unique'],
    ['syntax.yaml', 'a: "unclosed\n', 'syntax.yaml:2: invalid YAML: Missing closing "quote'],
    ['multi.yaml', 'a: x\n---\nb: y\n', 'multi.yaml:2: invalid YAML: Source contains multiple documents; please use YAML.parseAllDocuments()'],
    ['facts.txt', 'a\n', 'facts.txt: a facts file must be YAML (.yaml, .yml) or Markdown (.md)'],
  ])('%s is rejected', (name, text, message) => {
    expect(usageMessage(() => loadFacts(write(name, text), dir))).toBe(message);
  });

  it('reports a missing file', () => {
    expect(usageMessage(() => loadFacts('nope.yaml', dir))).toBe('nope.yaml: no such facts file');
  });
});

const MARKDOWN = `---
title: Facts
---
# DeepSeek facts

DeepSeek R1 has **671 billion** parameters.

- The final training run cost $5.6 million
- It used 2,048
  Nvidia H800 GPUs
  1. Nested: 37 billion active parameters
* [x] Checked item: 14.8 trillion tokens

A paragraph that runs
over two lines with 139 researchers.

| Model | Parameters |
| --- | --- |
| V3 | 671B |

\`\`\`
Code: 99 bottles
\`\`\`

<!-- a comment
with 12 words -->
> Quoted: founded in 2023

Setext heading with 3 words
---------------------------

***
Last: 5%`;

describe('Markdown facts', () => {
  it('reads each list item and paragraph as a statement', () => {
    const facts = loadFacts(write('facts.md', MARKDOWN), dir);
    expect(facts.markdown).toBe(true);
    expect(facts.entries).toEqual<FactEntry[]>([
      { statement: 'DeepSeek R1 has **671 billion** parameters.', line: 6 },
      { statement: 'The final training run cost $5.6 million', line: 8 },
      { statement: 'It used 2,048 Nvidia H800 GPUs', line: 9 },
      { statement: 'Nested: 37 billion active parameters', line: 11 },
      { statement: 'Checked item: 14.8 trillion tokens', line: 12 },
      { statement: 'A paragraph that runs over two lines with 139 researchers.', line: 14 },
      { statement: 'Quoted: founded in 2023', line: 27 },
      { statement: 'Last: 5%', line: 33 },
    ]);
  });

  it.each<[string, FactEntry[]]>([
    ['', []],
    ['one\r\ntwo\r\n\r\nthree', [{ statement: 'one two', line: 1 }, { statement: 'three', line: 4 }]],
    ['-\n  item on the next line', [{ statement: 'item on the next line', line: 1 }]],
    ['1) first\n2) second', [{ statement: 'first', line: 1 }, { statement: 'second', line: 2 }]],
    ['~~~\n- not a fact\n~~~\n- a fact', [{ statement: 'a fact', line: 4 }]],
  ])('%j', (text, entries) => {
    expect(parseMarkdownFacts(text)).toEqual(entries);
  });
});

describe('factsDocumentText', () => {
  it('lays statements out one per line and maps lines back', () => {
    const facts = loadFacts(write('facts2.yaml', YAML), dir);
    const doc = factsDocumentText(facts);
    expect(doc.text.split('\n')).toEqual([...facts.entries.map((e) => e.statement), '']);
    expect([1, 2, 3, 4, 5, 6, 7].map(doc.lineOf)).toEqual([2, 5, 7, 12, 14, 15, 17]);
    expect(factsDocumentText({ entries: [] })).toMatchObject({ text: '' });
  });

  it('maps columns back where the statement is written verbatim', () => {
    const facts = loadFacts(write('facts4.yaml', YAML), dir);
    const doc = factsDocumentText(facts);
    // Line 1: "DeepSeek R1 has 671 billion parameters", written at column 17 of line 2 (after the quote).
    expect(doc.positionOf(1, 17)).toEqual({ line: 2, column: 33 });
    // Line 2: the list item at column 5 of line 5.
    expect(doc.positionOf(2, 29)).toEqual({ line: 5, column: 33 });
    // Line 3: folded over two lines, so only the start of its first line is known.
    expect(doc.positionOf(3, 9)).toEqual({ line: 7, column: 5 });
    expect(factsDocumentText({ entries: facts.entries }).positionOf(1, 17)).toEqual({ line: 2, column: 1 });
    expect(factsDocumentText({ entries: [] }).positionOf(1, 1)).toEqual({ line: 1, column: 1 });
  });

  it('gives extracted claims the facts file lines', () => {
    const facts = loadFacts(write('facts3.yaml', YAML), dir);
    const doc = factsDocumentText(facts);
    const claims = extractText(doc.text, facts.file, { markdown: facts.markdown });
    const found = claims.map((c) => [c.quantity.value, doc.lineOf(c.line)]);
    expect(found).toContainEqual([671e9, 2]);
    expect(found).toContainEqual([5.6e6, 5]);
    expect(found).toContainEqual([139, 12]);
    expect(found).toContainEqual([3, 17]);
  });
});
