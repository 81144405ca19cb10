// Reading files: encodings, line endings, mojibake, Markdown structure, hard wraps, and the
// positions every claim reports back into the decoded file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, extractText } from '../src/api.js';
import type { Claim } from '../src/schema.js';
import { lineColumnOf, placedRight } from './helpers/expect.js';

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-read-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function write(name: string, bytes: Buffer | string): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, bytes);
  return name;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ');


/** Every claim's position agrees with the decoded text. */
function expectPositions(decoded: string, claims: Claim[]) {
  for (const c of claims) {
    expect(c.end).toBeGreaterThan(c.start);
    expect(collapse(decoded.slice(c.start, c.end))).toBe(collapse(c.text));
    expect(placedRight(decoded, c), `${c.line}:${c.column} ${JSON.stringify(c.text)}`).toBe(true);
    expect(lineColumnOf(decoded, c.end)).toEqual({ line: c.endLine, column: c.endColumn });
  }
}

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1] as number;
    be[i + 1] = le[i] as number;
  }
  return be;
}

describe('encodings', () => {
  const text = 'Intro line.\nThe pier is 300 metres long and cost \u20ac4 million.\n';
  it.each<[string, Buffer]>([
    ['UTF-8', Buffer.from(text, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)])],
  ])('%s', (label, bytes) => {
    const name = write(`enc-${label.replace(/\W+/g, '-')}.txt`, bytes);
    const report = extract([name], { cwd: dir });
    expect(report.errors).toEqual([]);
    expect(report.claims.map((c) => [c.file, c.line, c.column, c.start, c.text, c.quantity.value, c.quantity.unit])).toEqual([
      [name, 2, 13, 24, '300 metres', 300, 'm'],
      [name, 2, 38, 49, '\u20ac4 million', 4e6, 'EUR'],
    ]);
    expectPositions(text, report.claims);
  });
});

describe('line endings', () => {
  const lines = ['Intro line.', 'A second line.', 'The pier is 300 metres long.', 'It cost $2 million.'];
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s', (label, eol) => {
    const text = lines.join(eol) + eol;
    const name = write(`eol-${label}.txt`, text);
    const report = extract([name], { cwd: dir });
    expect(report.claims.map((c) => [c.line, c.column, c.text])).toEqual([
      [3, 13, '300 metres'],
      [4, 9, '$2 million'],
    ]);
    expect(report.claims[0]?.start).toBe(lines[0]!.length + lines[1]!.length + 2 * eol.length + 12);
    expectPositions(text, report.claims);
  });

  it('a final line without a line break is read', () => {
    const name = write('no-final-newline.txt', 'First.\nThe pier is 300 metres long.');
    const report = extract([name], { cwd: dir });
    expect(report.claims.map((c) => [c.line, c.column, c.text])).toEqual([[2, 13, '300 metres']]);
  });
});

describe('mojibake is repaired; positions stay in the file as written', () => {
  it.each([
    ['UTF-8 read as Windows-1252 apostrophe', 'The startup\u00e2\u20ac\u2122s budget was $5.6 million.', '$5.6 million', 5.6e6],
    ['Windows-874 apostrophe', 'The firm\u0e42s budget was $5.6 million.', '$5.6 million', 5.6e6],
    ['Windows-874 quotes', '\u0e42We have 40 staff,\u0e42 she said; the lab later hired 12 engineers.', '12 engineers', 12],
    ['Windows-1252 quotes', 'They called it \u00e2\u20ac\u0153a 300-seat hall\u00e2\u20ac\u009d and spent \u20ac9 million on it.', '\u20ac9 million', 9e6],
  ])('%s', (label, text, span, value) => {
    const claims = extractText(text, 'mojibake.txt');
    const c = claims.find((x) => x.text === span);
    expect(c, `claims: ${JSON.stringify(claims.map((x) => x.text))}`).toBeDefined();
    const claim = c as Claim;
    expect(claim.quantity.value).toBe(value);
    const at = text.indexOf(span);
    expect(claim.start).toBe(at);
    expect(claim.column).toBe(at + 1);
    expectPositions(text, claims);
  });

  it('a Windows-874 no-break space joins a figure to its scale word', () => {
    const text = 'The lab spent\u0e22$5.6\u0e22million on training.';
    const claims = extractText(text, 'nbsp.txt');
    expect(claims).toHaveLength(1);
    const c = claims[0] as Claim;
    expect(c.kind).toBe('money');
    expect(c.quantity.value).toBe(5.6e6);
    expect(c.start).toBe(text.indexOf('$'));
    expect(c.end).toBe(text.indexOf('million') + 'million'.length);
    expect(c.column).toBe(text.indexOf('$') + 1);
  });

  it('a mojibake quote does not stop the speaker being found or shift a later line', () => {
    const text = 'Line one says \u00e2\u20ac\u0153hello\u00e2\u20ac\u009d.\nThe pier is 300 metres long.\n';
    const claims = extractText(text, 'lines.txt');
    expect(claims.map((c) => [c.line, c.column, c.text])).toEqual([[2, 13, '300 metres']]);
  });

  it('genuine Thai text is left alone', () => {
    const text = '\u0e42\u0e23\u0e07\u0e40\u0e23\u0e35\u0e22\u0e19 has 45 classrooms.';
    const claims = extractText(text, 'thai.txt');
    expect(claims.map((c) => [c.text, c.start])).toEqual([['45 classrooms', text.indexOf('45')]]);
  });
});

describe('Markdown: what holds no claims', () => {
  it.each([
    ['front matter', '---\ntitle: Budget\nvisitors: 5000\n---\nThe hall seats 800 people.\n'],
    ['TOML front matter', '+++\nvisitors = 5000\n+++\nThe hall seats 800 people.\n'],
    ['fenced code', 'The hall seats 800 people.\n\n```\nvisitors = 5000\n```\n'],
    ['tilde fence', 'The hall seats 800 people.\n\n~~~\nvisitors = 5000\n~~~\n'],
    ['indented code', 'The hall seats 800 people.\n\n    visitors = 5000\n    staff = 12\n'],
    ['HTML comment', 'The hall seats 800 people.\n<!-- old figure: 5000 visitors -->\n'],
    ['multi-line HTML comment', 'The hall seats 800 people.\n\n<!--\nold figure: 5000 visitors\n-->\n'],
    ['inline code', 'The hall seats 800 people; set `visitors=5000` in the config.\n'],
  ])('%s', (label, text) => {
    const claims = extractText(text, 'doc.md');
    expect(claims.map((c) => c.text)).toEqual(['800 people']);
    expectPositions(text, claims);
  });

  it('the same text read as plain text keeps the numbers out of code fences', () => {
    const text = 'The hall seats 800 people.\n\n```\nvisitors = 5000\n```\n';
    expect(extractText(text, 'doc.txt').map((c) => c.text)).toContain('800 people');
  });
});

describe('Markdown: what holds claims', () => {
  it.each([
    ['heading', '# The hall seats 800 people\n', '800 people', 1, 18],
    ['second-level heading', 'Intro.\n\n## 12 new routes opened\n', '12 new routes', 3, 4],
    ['bullet item', 'Intro.\n\n- The mill employs 85 workers.\n', '85 workers', 3, 20],
    ['star bullet', 'Intro.\n\n* 40 trucks were sold.\n', '40 trucks', 3, 3],
    ['numbered item', 'Intro.\n\n1. The port handled 2.3 million tonnes.\n', '2.3 million tonnes', 3, 21],
    ['block quote', '> The mayor said 60% of riders agreed.\n', '60%', 1, 18],
  ])('%s', (label, text, span, line, column) => {
    const claims = extractText(text, 'doc.md');
    expect(claims.map((c) => [c.text, c.line, c.column])).toEqual([[span, line, column]]);
  });

  it('a table cell takes its meaning from the row header', () => {
    const text = '| Metric | Value |\n|---|---|\n| Parameters | 671bn |\n| GPUs | 2,048 |\n';
    const claims = extractText(text, 'table.md');
    expect(claims.map((c) => [c.text, c.line, c.column, c.kind, c.quantity.value, c.measure?.lemma])).toEqual([
      ['671bn', 3, 16, 'count', 6.71e11, 'parameter'],
      ['2,048', 4, 10, 'count', 2048, 'gpu'],
    ]);
    expectPositions(text, claims);
  });

  it('a table cell takes its meaning from the column header', () => {
    const text = '| Site | Staff | Budget ($) |\n|---|---|---|\n| North | 140 | 2,500,000 |\n';
    const staff = extractText(text, 'table.md').find((c) => c.text === '140');
    expect(staff?.kind).toBe('count');
    expect(staff?.measure?.lemma).toBe('staff');
  });

  it('a currency in the column header makes the cell money', () => {
    const text = '| Site | Staff | Budget ($) |\n|---|---|---|\n| North | 140 | 2,500,000 |\n';
    const budget = extractText(text, 'table.md').find((c) => c.text === '2,500,000');
    expect([budget?.kind, budget?.quantity.unit, budget?.quantity.value]).toEqual(['money', 'USD', 2.5e6]);
  });

  it('a table corner names the unit of every cell', () => {
    const text = '| \u20ac million | 2025 | 2024 |\n|---|---|---|\n| Revenue | 1,200 | 1,050 |\n';
    const claims = extractText(text, 'table.md').filter((c) => c.line === 3);
    expect(claims.map((c) => [c.text, c.kind, c.quantity.unit, c.quantity.value])).toEqual([
      ['1,200', 'money', 'EUR', 1.2e9],
      ['1,050', 'money', 'EUR', 1.05e9],
    ]);
  });
});

describe('hard-wrapped plain text', () => {
  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('a claim across a line break is reported at its start line (%s)', (label, eol) => {
    const text = `The lab trained the model on 2,048${eol}Nvidia chips over two months.${eol}`;
    const claims = extractText(text, 'wrapped.txt');
    const c = claims.find((x) => x.quantity.value === 2048);
    expect(c).toBeDefined();
    const claim = c as Claim;
    expect([claim.line, claim.column, claim.endLine]).toEqual([1, 30, 2]);
    expect(collapse(claim.text)).toBe('2,048 Nvidia chips');
    expect(claim.measure?.lemma).toBe('chip');
    expectPositions(text, claims);
  });

  it.each([
    ['LF', '\n'],
    ['CRLF', '\r\n'],
  ])('a qualifier at the end of a line binds the figure on the next (%s)', (label, eol) => {
    const text = `The port authority plans to spend at least${eol}$40bn on new quays by the end of the decade.${eol}`;
    const claims = extractText(text, 'wrapped.txt');
    expect(claims.map((c) => [c.line, c.column, c.endLine, c.quantity.value, c.quantity.unit, c.quantity.qualifier])).toEqual([[2, 1, 2, 4e10, 'USD', 'gte']]);
    expectPositions(text, claims);
  });

  it('a scale word on the next line still scales the figure', () => {
    const text = 'In the end the bridge cost over \u00a32\nbillion, the audit found.\n';
    const claims = extractText(text, 'wrapped.txt');
    expect(claims.map((c) => [c.line, c.endLine, c.quantity.value, c.quantity.unit, c.quantity.qualifier])).toEqual([[1, 2, 2e9, 'GBP', 'gt']]);
    expectPositions(text, claims);
  });
});

describe('files that hold nothing', () => {
  it('an empty file has no claims and no errors', () => {
    const name = write('empty.txt', '');
    expect(extract([name], { cwd: dir })).toMatchObject({ claims: [], errors: [] });
  });

  it('a BOM-only file has no claims and no errors', () => {
    const name = write('bom-only.txt', Buffer.from([0xef, 0xbb, 0xbf]));
    expect(extract([name], { cwd: dir })).toMatchObject({ claims: [], errors: [] });
  });

  it('a binary file found by walking a folder is skipped with a warning and the rest is still read', () => {
    const bin = write('walked/blob.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02, 0x35, 0x20, 0x63, 0x61, 0x74, 0x73]));
    const good = write('walked/good.txt', 'The hall seats 800 people.\n');
    const report = extract(['walked'], { cwd: dir });
    expect(report.claims.map((c) => [c.file, c.text])).toEqual([[good, '800 people']]);
    expect(report.errors).toEqual([{ file: bin, severity: 'warning', message: 'skipped: binary file' }]);
  });

  it('a binary file named explicitly is an error that names it', () => {
    const bin = write('named-blob.txt', Buffer.from([0x00, 0x01, 0x35, 0x20, 0x63, 0x61, 0x74, 0x73]));
    expect(() => extract([bin], { cwd: dir })).toThrow(`${bin}: cannot read as text (binary file)`);
  });
});

describe('positions across many texts', () => {
  const texts = [
    'Plain: the pier is 300 metres long, cost $2 million and took 18 months.',
    'Wrapped: the firm bought\n2,048 chips and\nspent \u20ac40\nmillion.',
    'Spaces:  about   300   staff  and\t12 trucks.',
    'Emoji first \u{1F680} then 45 rockets and 3 launch pads.',
    '\u201cQuoted\u201d 12% rise, then \u2013 between 5 and 10 offices \u2013 opened.',
    'Mojibake: the firm\u00e2\u20ac\u2122s 80 staff and \u0e42quoted\u0e42 40 desks.',
    'CR lines\rfirst 10 boats\rthen 20 boats.',
  ];
  it.each(texts.map((t) => [t]))('%j', (text) => {
    const claims = extractText(text, 'positions.txt');
    expect(claims.length).toBeGreaterThan(0);
    expectPositions(text, claims);
  });
});

describe('file names', () => {
  it('a file is named as the caller named it', () => {
    write('nested/deeper/named.txt', 'The hall seats 800 people.\n');
    const report = extract(['nested/deeper/named.txt', './nested/deeper/../deeper/named.txt'], { cwd: dir });
    expect(report.claims.map((c) => c.file)).toEqual(['nested/deeper/named.txt']);
  });
});
