// The facts file: statements that outrank every source.
//
// YAML (.yaml, .yml) maps a key to a statement or a list of statements:
//     r1-parameters: "DeepSeek R1 has 671 billion parameters"
//     training:
//       - The final training run cost $5.6 million
//       - It used 2,048 Nvidia H800 GPUs
// A top-level list of statements (no keys) is accepted too.
//
// Markdown (.md, .markdown): each list item or paragraph is one statement. Headings, tables, code
// blocks, HTML comments and front matter are not statements.
//
// `factsDocumentText` lays the statements out one per line, for the ordinary claim extractor; its
// `lineOf` takes a line of that text back to the statement's line in the facts file.
import path from 'node:path';
import { LineCounter, parseDocument, isCollection, isMap, isNode, isScalar, isSeq, type Node as YamlNode } from 'yaml';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { describeValue, formatKeyPath } from '../config/schema.js';
import { readNamedText } from '../read/named-text.js';

export interface FactEntry {
  /** The YAML key the statement is filed under; absent in Markdown and in a top-level YAML list. */
  key?: string;
  /** The statement, whitespace collapsed to single spaces. */
  statement: string;
  /** The line of the facts file where the statement starts (1-based). */
  line: number;
}

export interface Facts {
  /** The path as given. */
  file: string;
  /** The file's text. */
  text: string;
  /** True for Markdown facts: the statements may hold inline Markdown. */
  markdown: boolean;
  entries: FactEntry[];
}

const STATEMENT = 'expected a statement (text)';
const Statement = z.string({ error: STATEMENT }).refine((s) => s.trim() !== '', { error: STATEMENT });
const StatementList = z.array(Statement, { error: 'expected a statement or a list of statements' });
const FactsListSchema = z.array(Statement, { error: 'expected a mapping of keys to statements, or a list of statements' });

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

// ---------------------------------------------------------------------------------------------
// YAML

/** Where a scalar's text starts: for block scalars (| and >), the first non-blank content line. */
function scalarStart(node: YamlNode, source: string): number {
  const start = node.range?.[0] ?? 0;
  if (isScalar(node) && (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL')) {
    const nl = source.slice(start).search(/\r\n|\r|\n/);
    if (nl < 0) return start;
    const rest = source.slice(start + nl);
    const content = rest.search(/\S/);
    return content < 0 ? start : start + nl + content;
  }
  return start;
}

function yamlError(shown: string, message: string, line?: number): UsageError {
  return new UsageError(`${shown}${line ? `:${line}` : ''}: ${message}`);
}

/** Validates one value; on failure throws naming the line of the offending node. */
function check<T>(schema: z.ZodType<T>, value: unknown, prefix: PropertyKey[], fail: (path: PropertyKey[], message: string, got: unknown) => never): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  let got: unknown = value;
  for (const k of issue.path) got = (got as Record<PropertyKey, unknown> | undefined)?.[k];
  return fail([...prefix, ...issue.path], issue.message, got);
}

export function parseYamlFacts(text: string, shown: string): FactEntry[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  const problem = doc.errors[0];
  if (problem) {
    const message = (problem.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
    throw yamlError(shown, `invalid YAML: ${message}`, problem.linePos?.[0].line);
  }
  const js = (node: unknown): unknown => (isNode(node) ? node.toJS(doc) : (node ?? null));
  const lineOf = (node: unknown) => (isNode(node) && node.range ? lineCounter.linePos(scalarStart(node, text)).line : 1);
  const fail = (at: unknown) => (path: PropertyKey[], message: string, got: unknown): never => {
    // Point at the deepest node the path reaches.
    let node: unknown = at;
    const rest = path.slice(at === doc.contents ? 0 : 1);
    for (const k of rest) {
      const next = isCollection(node) ? node.get(k, true) : undefined;
      if (!isNode(next)) break;
      node = next;
    }
    const keyPath = formatKeyPath(path);
    const listItem = typeof path[path.length - 1] === 'number';
    const oneKey = got !== null && typeof got === 'object' && !Array.isArray(got) && Object.keys(got).length === 1;
    const hint = listItem && oneKey ? ' (put a statement that holds ": " in quotes)' : '';
    throw yamlError(shown, `${keyPath ? `${keyPath}: ` : ''}${message}, got ${describeValue(got)}${hint}`, lineOf(node));
  };

  const root = doc.contents;
  if (root === null || (isScalar(root) && root.value === null)) return [];
  const entries: FactEntry[] = [];
  if (isMap(root)) {
    for (const pair of root.items) {
      const key = String(js(pair.key));
      const value = pair.value;
      if (isSeq(value)) {
        const statements = check(StatementList, js(value), [key], fail(value));
        statements.forEach((statement, i) => entries.push({ key, statement: collapse(statement), line: lineOf(value.items[i]) }));
      } else {
        const raw = js(value);
        const statement = typeof raw === 'string' ? check(Statement, raw, [key], fail(value)) : check(StatementList, raw, [key], fail(value ?? pair.key))[0]!;
        entries.push({ key, statement: collapse(statement), line: lineOf(value) });
      }
    }
    return entries;
  }
  if (isSeq(root)) {
    const statements = check(FactsListSchema, js(root), [], fail(root));
    statements.forEach((statement, i) => entries.push({ statement: collapse(statement), line: lineOf(root.items[i]) }));
    return entries;
  }
  check(FactsListSchema, js(root), [], fail(root));
  return entries;
}

// ---------------------------------------------------------------------------------------------
// Markdown

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(\s|$)/;
const SETEXT = /^ {0,3}(=+|-+)\s*$/;
const THEMATIC = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;
const TABLE_ROW = /^\s*\|/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])(?:\s+(?:\[[ xX]\]\s+)?(.*))?$/;
const QUOTE = /^\s*>\s?/;

export function parseMarkdownFacts(text: string): FactEntry[] {
  const lines = splitLines(text);
  const entries: FactEntry[] = [];
  let current: { line: number; parts: string[] } | null = null;
  const flush = () => {
    if (current) {
      const statement = collapse(current.parts.join(' '));
      if (statement) entries.push({ statement, line: current.line });
    }
    current = null;
  };
  let fence: string | null = null;
  let comment = false;
  let i = 0;
  // Front matter.
  if (lines[0]?.trim() === '---') {
    const end = lines.findIndex((l, j) => j > 0 && (l.trim() === '---' || l.trim() === '...'));
    if (end > 0) i = end + 1;
  }
  for (; i < lines.length; i++) {
    const lineNo = i + 1;
    let line = lines[i]!;
    if (fence !== null) {
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (comment) {
      if (line.includes('-->')) comment = false;
      continue;
    }
    const open = FENCE_OPEN.exec(line);
    if (open) {
      flush();
      fence = open[1]!;
      continue;
    }
    if (/^\s*<!--/.test(line)) {
      flush();
      if (!line.includes('-->')) comment = true;
      continue;
    }
    while (QUOTE.test(line)) line = line.replace(QUOTE, '');
    if (line.trim() === '') {
      flush();
      continue;
    }
    if (current && SETEXT.test(line)) {
      current = null; // the paragraph was a heading
      continue;
    }
    if (HEADING.test(line) || THEMATIC.test(line) || TABLE_ROW.test(line)) {
      flush();
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      flush();
      current = { line: lineNo, parts: [item[1] ?? ''] };
      continue;
    }
    if (current) (current as { parts: string[] }).parts.push(line);
    else current = { line: lineNo, parts: [line] };
  }
  flush();
  return entries;
}

// ---------------------------------------------------------------------------------------------

/** True for the names loadFacts reads as Markdown. */
export function isMarkdownFacts(file: string): boolean {
  return /\.(md|markdown)$/i.test(file);
}

/** Reads a facts file (`file` is resolved against `cwd`; positions use it as given). */
export function loadFacts(file: string, cwd: string = process.cwd()): Facts {
  const ext = path.extname(file).toLowerCase();
  const markdown = isMarkdownFacts(file);
  if (!markdown && ext !== '.yaml' && ext !== '.yml') throw new UsageError(`${file}: a facts file must be YAML (.yaml, .yml) or Markdown (.md)`);
  let text: string;
  try {
    text = readNamedText(path.resolve(cwd, file), file);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such facts file`);
    throw new UsageError(`${file}: cannot read (${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? 'read error')})`);
  }
  const entries = markdown ? parseMarkdownFacts(text) : parseYamlFacts(text, file);
  return { file, text, markdown, entries };
}

export interface FactsDocument {
  /** The statements, one per line, each line ended by "\n". */
  text: string;
  /** The facts file line of the statement on line `syntheticLine` (1-based) of `text`. */
  lineOf: (syntheticLine: number) => number;
  /**
   * A position in `text` as a position in the facts file. The column is exact when the statement
   * is written on its line as it is (most list items and one-line YAML values); otherwise it is
   * the column where the statement's line starts.
   */
  positionOf: (syntheticLine: number, syntheticColumn: number) => { line: number; column: number };
}

/**
 * The statements one per line, for the claim extractor, and maps from positions in that text back
 * to the facts file. Pass the whole `Facts` for exact columns; `entries` alone gives lines.
 */
export function factsDocumentText(facts: Pick<Facts, 'entries'> & { text?: string }): FactsDocument {
  const entries = facts.entries;
  const text = entries.map((e) => e.statement).join('\n') + (entries.length ? '\n' : '');
  const fileLines = facts.text === undefined ? [] : splitLines(facts.text);
  // Where each statement starts on its line, when it is written there verbatim.
  const columns = entries.map((e) => {
    const at = (fileLines[e.line - 1] ?? '').indexOf(e.statement);
    return at >= 0 ? at + 1 : null;
  });
  const indexOf = (syntheticLine: number) => Math.min(Math.max(syntheticLine, 1), entries.length) - 1;
  const lineOf = (syntheticLine: number) => entries[indexOf(syntheticLine)]?.line ?? 1;
  const positionOf = (syntheticLine: number, syntheticColumn: number) => {
    const i = indexOf(syntheticLine);
    const entry = entries[i];
    if (!entry) return { line: 1, column: 1 };
    const start = columns[i];
    if (start == null) {
      const lineText = fileLines[entry.line - 1] ?? '';
      return { line: entry.line, column: lineText.length - lineText.trimStart().length + 1 };
    }
    return { line: entry.line, column: start + syntheticColumn - 1 };
  };
  return { text, lineOf, positionOf };
}
