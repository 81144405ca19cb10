// The fixture sets: every expected claim is found, nothing is reported where a not-claim sits, and
// checking each draft against its sources gives the expected verdicts.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, extract } from '../src/api.js';
import type { Claim, Report, Verdict } from '../src/schema.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'fixtures');
const SETS = ['deepseek', 'transit', 'earnings', 'launch'] as const;

interface ExpectedClaim {
  file: string;
  line: number;
  column: number;
  text: string;
  kind: string;
  value: number;
  unit: string;
  qualifier: string;
  low?: number;
  high?: number;
  noun?: string;
}

interface NotClaim {
  file: string;
  line: number;
  column: number;
  text: string;
  why: string;
}

interface ExpectedVerdict {
  line: number;
  column: number;
  text: string;
  verdict: Verdict;
  supports: string[];
  disagrees: string[];
}

const load = <T>(set: string, name: string): T => JSON.parse(fs.readFileSync(path.join(FIXTURES, set, 'expected', name), 'utf8')) as T;

const extracted = new Map<string, Report>();
function extractedClaims(set: string): Claim[] {
  if (!extracted.has(set)) extracted.set(set, extract(['sources', 'drafts'], { cwd: path.join(FIXTURES, set) }));
  return (extracted.get(set) as Report).claims;
}

const checked = new Map<string, Report>();
function checkedClaims(set: string, draft: string): Claim[] {
  const key = `${set}/${draft}`;
  if (!checked.has(key)) checked.set(key, check([draft], { cwd: path.join(FIXTURES, set), sources: ['sources'] }));
  return (checked.get(key) as Report).claims;
}

const close = (a: number, b: number) => (b === 0 ? Math.abs(a) < 1e-9 : Math.abs(a - b) / Math.abs(b) <= 1e-6);
const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Columns a claim covers on its first line, as [first, last]. */
function columnsOnFirstLine(c: Claim): [number, number] {
  return [c.column, c.endLine === c.line ? c.endColumn - 1 : Number.POSITIVE_INFINITY];
}

function describeClaim(c: Claim): string {
  return `${c.column}:${JSON.stringify(c.text)} ${c.kind} ${c.quantity.value} ${c.quantity.unit} ${c.quantity.qualifier}`;
}

/** The draft claim a verdict row is about: same start, or else on the same line and overlapping. */
function claimForVerdict(claims: Claim[], v: ExpectedVerdict): Claim | undefined {
  const exact = claims.find((c) => c.line === v.line && c.column === v.column);
  if (exact) return exact;
  const end = v.column + collapse(v.text).length - 1;
  return claims.find((c) => {
    const [first, last] = columnsOnFirstLine(c);
    return c.line === v.line && first <= end && v.column <= last;
  });
}

describe.each(SETS)('%s: claims', (set) => {
  const expected = load<ExpectedClaim[]>(set, 'claims.json');

  it('reads every file without errors', () => {
    extractedClaims(set);
    expect((extracted.get(set) as Report).errors).toEqual([]);
  });

  it.each(expected.map((e) => [`${e.file}:${e.line}:${e.column} ${JSON.stringify(e.text)}`, e] as const))('finds %s', (_name, e) => {
    const onLine = extractedClaims(set).filter((c) => c.file === e.file && c.line === e.line);
    const match = onLine.find(
      (c) => c.kind === e.kind && c.quantity.unit === e.unit && c.quantity.qualifier === e.qualifier && close(c.quantity.value, e.value),
    );
    expect(match, `expected ${e.kind} ${e.value} ${e.unit} ${e.qualifier}; on that line: ${onLine.map(describeClaim).join(' ; ') || 'nothing'}`).toBeDefined();
    if (e.qualifier === 'range' && match) {
      expect(close(match.quantity.low as number, e.low as number)).toBe(true);
      expect(close(match.quantity.high as number, e.high as number)).toBe(true);
    }
  });
});

describe.each(SETS)('%s: not claims', (set) => {
  const notClaims = load<NotClaim[]>(set, 'not-claims.json');

  it.each(notClaims.map((n) => [`${n.file}:${n.line}:${n.column} ${JSON.stringify(n.text)} (${n.why})`, n] as const))('nothing at %s', (_name, n) => {
    const last = n.column + n.text.length - 1;
    const hits = extractedClaims(set).filter((c) => {
      if (c.file !== n.file || c.line !== n.line) return false;
      const [first, end] = columnsOnFirstLine(c);
      return first <= last && n.column <= end;
    });
    expect(hits.map(describeClaim)).toEqual([]);
  });
});

interface VerdictRow {
  set: string;
  draft: string;
  expected: ExpectedVerdict;
}

const VERDICT_ROWS: VerdictRow[] = SETS.flatMap((set) =>
  Object.entries(load<Record<string, ExpectedVerdict[]>>(set, 'verdicts.json')).flatMap(([draft, list]) => list.map((expected) => ({ set, draft, expected }))),
);
const rowName = (r: VerdictRow) => `${r.set} ${r.draft}:${r.expected.line}:${r.expected.column} ${JSON.stringify(r.expected.text)} (${r.expected.verdict})`;
const gotVerdict = (r: VerdictRow): Verdict | 'missing' => claimForVerdict(checkedClaims(r.set, r.draft), r.expected)?.verdict ?? 'missing';
const ALARMS: (Verdict | 'missing')[] = ['contradicted', 'disputed'];

describe('verdicts', () => {
  it.each(SETS)('%s: every draft claim gets a verdict', (set) => {
    const drafts = Object.keys(load<Record<string, ExpectedVerdict[]>>(set, 'verdicts.json'));
    for (const draft of drafts) {
      const claims = checkedClaims(set, draft);
      expect(claims.length).toBeGreaterThan(0);
      for (const c of claims) expect(c.verdict).toBeDefined();
    }
  });

  it.each(SETS)('%s: no claim in the clean draft is contradicted or disputed', (set) => {
    const alarms = checkedClaims(set, 'drafts/draft-clean.md').filter((c) => ALARMS.includes(c.verdict as Verdict));
    expect(alarms.map((c) => `${c.line}:${c.column} ${c.text} ${c.verdict}`)).toEqual([]);
  });

  it.each(VERDICT_ROWS.filter((r) => r.expected.verdict === 'contradicted').map((r) => [rowName(r), r] as const))(
    'a planted error is not supported: %s',
    (_name, r) => {
      const got = gotVerdict(r);
      expect(got).not.toBe('supported');
      expect(got).not.toBe('missing');
    },
  );

  it.each(VERDICT_ROWS.filter((r) => r.expected.verdict === 'supported' || r.expected.verdict === 'unverified').map((r) => [rowName(r), r] as const))(
    'no false alarm: %s',
    (_name, r) => {
      expect(ALARMS).not.toContain(gotVerdict(r));
    },
  );

  it('the exact verdicts agree with the expected ones often enough', () => {
    const table = VERDICT_ROWS.map((r) => ({ name: rowName(r), expected: r.expected.verdict, got: gotVerdict(r) }));
    const right = table.filter((t) => t.got === t.expected).length;
    const accuracy = right / table.length;
    const wrong = table.filter((t) => t.got !== t.expected).map((t) => `${t.name} → ${t.got}`);
    expect(table.length).toBe(103);
    expect(accuracy, `accuracy ${right}/${table.length} = ${accuracy.toFixed(3)}; mismatches:\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(0.9);
  });
});
