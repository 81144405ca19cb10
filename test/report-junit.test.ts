import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { formatJunit, xmlAttr, xmlText } from '../src/report/junit.js';
import type { FailOn } from '../src/report/types.js';
import { checked, claim, evidence, options, report, sampleReport } from './helpers/sample-report.js';

interface Element {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: Element[];
}

/** Parses with a strict XML 1.0 parser; throws on the first well-formedness error. */
function parseXml(xml: string): Element {
  const parser = new SaxesParser();
  const root: Element = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: Element = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [] };
    stack.at(-1)?.children.push(element);
    stack.push(element);
  });
  parser.on('text', (text) => {
    const top = stack.at(-1);
    if (top) top.text += text;
  });
  parser.on('closetag', () => void stack.pop());
  parser.write(xml).close();
  const [documentElement] = root.children;
  if (!documentElement) throw new Error('no document element');
  return documentElement;
}

const all = (element: Element, name: string): Element[] =>
  element.children.flatMap((child) => [...(child.name === name ? [child] : []), ...all(child, name)]);

describe('formatJunit', () => {
  it('writes a small report exactly', () => {
    const r = report([
      checked('contradicted', { disagrees: [evidence()] }),
      checked('supported', { id: 'c2', line: 2, column: 1, text: 'x < 5 & "y"', supports: [evidence({ text: "it's 5" })] }),
    ]);
    expect(formatJunit(r, options())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<testsuites name="claimcheck" tests="2" failures="1" errors="0">',
        '  <testsuite name="docs/draft.md" tests="2" failures="1" errors="0" skipped="0">',
        '    <testcase name="1:10 &quot;$7 million&quot;" classname="docs/draft.md">',
        '      <failure message="&quot;$7 million&quot; (7000000 USD) is contradicted by 1 source: sources/a.txt:3 &quot;$5.6 million&quot;" type="contradicted">disagrees: sources/a.txt:3 "$5.6 million"</failure>',
        '    </testcase>',
        '    <testcase name="2:1 &quot;x &lt; 5 &amp; &quot;y&quot;&quot;" classname="docs/draft.md">',
        '      <system-out>verdict: supported',
        `"x &lt; 5 &amp; "y"" (7000000 USD) is supported by 1 source: sources/a.txt:3 "it's 5"</system-out>`,
        '    </testcase>',
        '  </testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  it.each<[FailOn, string[]]>([
    ['contradicted', ['contradicted']],
    ['disputed', ['contradicted', 'disputed']],
    ['unverified', ['contradicted', 'unverified', 'disputed']],
    ['never', []],
  ])('at fail-on %s fails %j', (failOn, types) => {
    const r = sampleReport();
    r.errors.push({ file: 'docs/gone.md', severity: 'error', message: 'ENOENT' });
    r.errors.push({ file: 'docs/empty.md', severity: 'warning', message: 'empty' });
    const root = parseXml(formatJunit(r, options({ failOn })));
    const suites = all(root, 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual(['docs/draft.md', 'docs/release notes.md', 'docs/gone.md']);
    expect(root.attributes).toEqual({ name: 'claimcheck', tests: '5', failures: String(types.length), errors: '1' });
    for (const suite of suites) {
      expect(Number(suite.attributes.tests)).toBe(all(suite, 'testcase').length);
      expect(Number(suite.attributes.failures)).toBe(all(suite, 'failure').length);
      expect(Number(suite.attributes.errors)).toBe(all(suite, 'error').length);
    }
    // Suites follow the first claim of each file, so the disputed claim's file comes second.
    expect(all(root, 'failure').map((f) => f.attributes.type)).toEqual(types);
  });

  it('checks well-formedness strictly', () => {
    expect(() => parseXml('<a>\u0001</a>')).toThrow(/disallowed character/);
    expect(() => parseXml('<a x="<"/>')).toThrow();
    expect(parseXml('<a x="1&#10;2">&lt;</a>')).toEqual({ name: 'a', attributes: { x: '1\n2' }, text: '<', children: [] });
  });

  it('has no test cases for an extract report', () => {
    expect(formatJunit(report([claim()]), options())).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="claimcheck" tests="0" failures="0" errors="0">\n</testsuites>\n',
    );
  });

  it.each([
    ['a & b', 'a &amp; b', 'a &amp; b'],
    ['<tag attr="x">', '&lt;tag attr="x"&gt;', '&lt;tag attr=&quot;x&quot;&gt;'],
    ["it's", "it's", 'it&apos;s'],
    [']]>', ']]&gt;', ']]&gt;'],
    ['a\tb\nc\rd', 'a\tb\nc&#13;d', 'a&#9;b&#10;c&#13;d'],
    ['\u0000\u0008\u000B\u000C\u000E\u001F\uFFFE\uFFFF', '', ''],
    ['lone \uD800 and \uDC00', 'lone  and ', 'lone  and '],
    ['pair 😀 ok', 'pair 😀 ok', 'pair 😀 ok'],
  ])('escapes %j as text %j and attribute %j', (input, text, attr) => {
    expect(xmlText(input)).toBe(text);
    expect(xmlAttr(input)).toBe(attr);
  });

  it('stays well-formed with hostile text and keeps what XML can hold', () => {
    const hostile = 'a\u0000b <x> & "q" \'s\' ]]> \uD83D tab\there\nnew\r\nline \uFFFF 😀';
    const kept = 'ab <x> & "q" \'s\' ]]>  tab\there\nnew\r\nline  😀';
    const r = report([
      checked('contradicted', {
        file: `docs/${hostile}.md`,
        text: hostile,
        disagrees: [evidence({ file: hostile, text: hostile })],
      }),
      checked('supported', { id: 'c2', text: hostile, supports: [evidence({ text: hostile })] }),
    ]);
    const root = parseXml(formatJunit(r, options()));
    const [failing, passing] = all(root, 'testcase');
    expect(failing?.attributes.classname).toBe(`docs/${kept}.md`);
    expect(all(root, 'testsuite')[0]?.attributes.name).toBe(`docs/${kept}.md`);
    const failure = all(root, 'failure')[0];
    expect(failure?.attributes.message).toContain(`"${kept.replace(/\r\n|\n/g, ' ')}"`);
    expect(failure?.text).toBe(`disagrees: ${kept.replace(/\r\n|\n/g, ' ')}:3 "${kept.replace(/\r\n|\n/g, ' ')}"`);
    expect(passing?.attributes.name).toBe(`1:10 "${kept.replace(/\r\n|\n/g, ' ')}"`);
    expect(all(root, 'system-out')[0]?.text).toContain('verdict: supported\n');
  });
});
