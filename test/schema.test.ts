// The JSON report: the schema accepts what the tool writes and refuses what it must not, and every
// claim is internally consistent (units by kind, intervals by qualifier, positions in the file).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, extract, extractText } from '../src/api.js';
import { ClaimSchema, ReportSchema, type Claim, type Report } from '../src/schema.js';
import { lineColumnOf, placedRight } from './helpers/expect.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'fixtures');
const SETS = ['deepseek', 'transit', 'earnings', 'launch'];
const BASE_UNITS = ['m', 'kg', 'W', 'J', 'B', 'm2', 'm3', 'm/s', 's', 'degC'];

function decode(buf: Buffer): string {
  if (buf[0] === 0xff && buf[1] === 0xfe) return new TextDecoder('utf-16le').decode(buf.subarray(2));
  if (buf[0] === 0xfe && buf[1] === 0xff) return new TextDecoder('utf-16be').decode(buf.subarray(2));
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) return buf.subarray(3).toString('utf8');
  return buf.toString('utf8');
}


const collapse = (s: string) => s.replace(/\s+/g, ' ');

const SAMPLE = [
  'In 2015 the cooperative was founded with $2.5 million and 12 members.',
  'By 2024 it employed about 1,400 people, up 8% or 2.5 percentage points of share.',
  'Its warehouse covers 12,000 square metres and its trucks drove 5 miles per trip.',
  'Profits were between \u20ac3 million and \u20ac4 million; costs were under \u00a3900,000.',
  'It plans more than 20 stores and at least 300 hires by January 20.',
  'Up to 40 tonnes of grain, nearly 3 GW of power, and a 25-year lease were reported.',
  'Three quarters of members voted; one-tenth abstained.',
].join('\n');

function claimsOfSample(): Claim[] {
  return extractText(SAMPLE, 'sample.txt');
}

/** What every claim must satisfy, whatever its text. */
function expectConsistent(c: Claim) {
  const q = c.quantity;
  expect(ClaimSchema.safeParse(c).success).toBe(true);
  expect(Number.isFinite(q.value)).toBe(true);
  switch (c.kind) {
    case 'money':
      expect(q.unit).toMatch(/^[A-Z]{3}$/);
      expect(q.currency).toBe(q.unit);
      break;
    case 'percent':
      expect(['%', 'pp']).toContain(q.unit);
      break;
    case 'count':
      expect(q.unit).toBe('count');
      break;
    case 'year':
      expect(q.unit).toBe('year');
      expect(Number.isInteger(q.value)).toBe(true);
      break;
    case 'quantity':
      expect(BASE_UNITS).toContain(q.unit);
      expect(q.originalUnit).toBeTruthy();
      break;
    case 'ratio':
      expect(q.unit).toBe('ratio');
      break;
    case 'date':
      expect(q.unit).toBe('date');
      break;
  }
  if (c.kind !== 'money') expect(q.currency).toBeUndefined();
  if (q.low !== null) expect(q.low).toBeLessThanOrEqual(q.value);
  if (q.high !== null) expect(q.high).toBeGreaterThanOrEqual(q.value);
  if (q.low !== null && q.high !== null) expect(q.low).toBeLessThanOrEqual(q.high);
  switch (q.qualifier) {
    case 'exact':
      expect(q.low).not.toBeNull();
      expect(q.high).not.toBeNull();
      break;
    case 'approx':
      expect(q.low as number).toBeLessThan(q.value);
      expect(q.high as number).toBeGreaterThan(q.value);
      break;
    case 'gt':
    case 'gte':
      expect(q.low).toBe(q.value);
      break;
    case 'lt':
    case 'lte':
      expect(q.high).toBe(q.value);
      break;
    case 'range':
      expect(q.low).not.toBeNull();
      expect(q.high).not.toBeNull();
      expect(q.value).toBeCloseTo(((q.low as number) + (q.high as number)) / 2, 6);
      break;
  }
  if (c.measure) {
    expect(c.measure.lemma).toBe(c.measure.lemma.toLowerCase());
    expect(c.measure.lemma.length).toBeGreaterThan(0);
    for (const m of c.measure.modifiers) expect(m).toBe(m.toLowerCase());
  }
  expect(c.end).toBeGreaterThan(c.start);
  expect(c.endLine).toBeGreaterThanOrEqual(c.line);
  if (c.endLine === c.line) expect(c.endColumn).toBeGreaterThan(c.column);
  expect(c.sentence.length).toBeGreaterThan(0);
  expect(collapse(c.sentence)).toContain(collapse(c.text).trim());
}

function expectPositions(decoded: string, c: Claim) {
  expect(collapse(decoded.slice(c.start, c.end))).toBe(collapse(c.text));
  expect(placedRight(decoded, c), `${c.line}:${c.column} ${JSON.stringify(c.text)}`).toBe(true);
  expect(lineColumnOf(decoded, c.end)).toEqual({ line: c.endLine, column: c.endColumn });
}

describe('reports validate', () => {
  it.each(SETS)('extract report of the %s fixtures', (set) => {
    const report = extract(['sources', 'drafts'], { cwd: path.join(FIXTURES, set) });
    const parsed = ReportSchema.safeParse(report);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(report.command).toBe('extract');
    expect(report.summary).toBeUndefined();
    expect(report.claims.length).toBeGreaterThan(20);
  });

  it.each(SETS)('check report of the %s fixtures', (set) => {
    const report = check(['drafts/draft-with-errors.md'], { cwd: path.join(FIXTURES, set), sources: ['sources'] });
    const parsed = ReportSchema.safeParse(report);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
    expect(report.command).toBe('check');
    const s = report.summary!;
    expect(s.claims).toBe(report.claims.length);
    for (const v of ['supported', 'contradicted', 'disputed', 'unverified'] as const) {
      expect(s[v]).toBe(report.claims.filter((c) => c.verdict === v).length);
    }
    for (const c of report.claims) {
      expect(c.verdict).toBeDefined();
      expect(c.file).toBe('drafts/draft-with-errors.md');
      if (c.verdict === 'supported') expect(c.supports?.length).toBeGreaterThan(0);
      if (c.verdict === 'contradicted') expect(c.disagrees?.length).toBeGreaterThan(0);
      if (c.verdict === 'disputed') {
        expect(c.supports?.length).toBeGreaterThan(0);
        expect(c.disagrees?.length).toBeGreaterThan(0);
      }
      if (c.verdict === 'unverified') expect([...(c.supports ?? []), ...(c.disagrees ?? [])]).toEqual([]);
      for (const e of [...(c.supports ?? []), ...(c.disagrees ?? [])]) {
        expect(e.file.startsWith('sources/')).toBe(true);
        expect(e.score).toBeGreaterThanOrEqual(0);
        expect(e.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('claims have unique ids', () => {
    const report = extract(['sources', 'drafts'], { cwd: path.join(FIXTURES, 'deepseek') });
    const ids = report.claims.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('every claim is consistent', () => {
  it.each(claimsOfSample().map((c) => [c.text, c] as const))('%s', (_text, c) => {
    expectConsistent(c);
    expectPositions(SAMPLE, c);
  });

  it('the sample yields every kind', () => {
    expect(new Set(claimsOfSample().map((c) => c.kind))).toEqual(new Set(['count', 'money', 'percent', 'quantity', 'year', 'date', 'ratio']));
  });

  it.each(SETS)('fixture claims in %s are consistent and point into their files', (set) => {
    const cwd = path.join(FIXTURES, set);
    const report = extract(['sources', 'drafts'], { cwd });
    const texts = new Map<string, string>();
    for (const c of report.claims) {
      if (!texts.has(c.file)) texts.set(c.file, decode(fs.readFileSync(path.join(cwd, c.file))));
      expectConsistent(c);
      expectPositions(texts.get(c.file) as string, c);
    }
  });
});

describe('the schema refuses malformed reports', () => {
  const good = (): Report => ({ version: 1, tool: { name: 'claimcheck', version: '0.0.0' }, command: 'extract', claims: claimsOfSample().slice(0, 2), errors: [] });

  it('accepts a good report', () => {
    expect(ReportSchema.safeParse(good()).success).toBe(true);
  });

  it.each<[string, (r: Report) => unknown]>([
    ['version 2', (r) => ({ ...r, version: 2 })],
    ['another tool', (r) => ({ ...r, tool: { name: 'other', version: '1' } })],
    ['an unknown command', (r) => ({ ...r, command: 'list' })],
    ['no errors array', ({ errors: _e, ...r }) => r],
    ['a line of 0', (r) => ({ ...r, claims: [{ ...r.claims[0], line: 0 }] })],
    ['a column of 0', (r) => ({ ...r, claims: [{ ...r.claims[0], column: 0 }] })],
    ['a negative start', (r) => ({ ...r, claims: [{ ...r.claims[0], start: -1 }] })],
    ['a fractional line', (r) => ({ ...r, claims: [{ ...r.claims[0], line: 1.5 }] })],
    ['an unknown kind', (r) => ({ ...r, claims: [{ ...r.claims[0], kind: 'weight' }] })],
    ['an unknown qualifier', (r) => ({ ...r, claims: [{ ...r.claims[0], quantity: { ...r.claims[0]!.quantity, qualifier: 'maybe' } }] })],
    ['a missing unit', (r) => ({ ...r, claims: [{ ...r.claims[0], quantity: { ...r.claims[0]!.quantity, unit: undefined } }] })],
    ['an undefined low', (r) => ({ ...r, claims: [{ ...r.claims[0], quantity: { ...r.claims[0]!.quantity, low: undefined } }] })],
    ['a string value', (r) => ({ ...r, claims: [{ ...r.claims[0], quantity: { ...r.claims[0]!.quantity, value: '5' } }] })],
    ['an unknown verdict', (r) => ({ ...r, claims: [{ ...r.claims[0], verdict: 'maybe' }] })],
    ['a measure without a lemma', (r) => ({ ...r, claims: [{ ...r.claims[0], measure: { noun: 'x', modifiers: [] } }] })],
    ['an error of unknown severity', (r) => ({ ...r, errors: [{ file: 'a', severity: 'fatal', message: 'x' }] })],
  ])('refuses %s', (_label, mutate) => {
    expect(ReportSchema.safeParse(mutate(good())).success).toBe(false);
  });
});
