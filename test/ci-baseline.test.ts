import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import { filterNew, fingerprint, readBaseline, serializeBaseline, toBaseline, writeBaseline, type Baseline } from '../src/ci/baseline.js';
import { claim } from './helpers/sample-report.js';
import { usageMessage } from './helpers/expect.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-baseline-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));


describe('fingerprint', () => {
  const base = fingerprint(claim());

  it('is 16 hex digits and fixed for a given claim', () => {
    expect(base).toMatch(/^[0-9a-f]{16}$/);
    expect(base).toBe('4f68905904ee1f53');
  });

  it.each<[string, Parameters<typeof claim>[0]]>([
    ['another line and column', { line: 40, column: 2, start: 900, end: 910, endLine: 40, endColumn: 12 }],
    ['another sentence, subject or id', { sentence: 'Totally different.', subject: null, id: 'c99' }],
    ['another verdict', { verdict: 'contradicted' }],
    ['text case and spacing', { text: '$7  Million' }],
    ['text with a line break', { text: '$7\nmillion' }],
    ['a leading ./ and backslashes', { file: '.\\docs\\draft.md' }],
  ])('ignores %s', (_name, overrides) => {
    expect(fingerprint(claim(overrides))).toBe(base);
  });

  it.each<[string, Parameters<typeof claim>[0]]>([
    ['another file', { file: 'docs/other.md' }],
    ['another text', { text: '$7 millions' }],
    ['another value', { quantity: { ...claim().quantity, value: 7_000_001 } }],
    ['another unit', { quantity: { ...claim().quantity, unit: 'EUR' } }],
  ])('changes with %s', (_name, overrides) => {
    expect(fingerprint(claim(overrides))).not.toBe(base);
  });

  it('survives lines added above the claims', () => {
    const before = 'DeepSeek R1 has 671 billion parameters.\n\nTraining cost $5.6 million.\n';
    const after = '# Notes\n\nAn added paragraph without figures.\n\n' + before;
    const a = extractText(before, 'draft.md');
    const b = extractText(after, 'draft.md');
    expect(a.length).toBeGreaterThan(0);
    expect(b.map((c) => c.line)).not.toEqual(a.map((c) => c.line));
    expect(b.map(fingerprint)).toEqual(a.map(fingerprint));
  });
});

describe('baseline files', () => {
  const claims = [
    claim({ file: 'b.md', text: '40%', quantity: { ...claim().quantity, value: 40, unit: '%' }, verdict: 'disputed' }),
    claim({ file: 'a.md', line: 9, verdict: 'contradicted' }),
    claim({ file: 'a.md', line: 2, verdict: 'contradicted' }),
    claim({ file: 'a.md', text: '$5 million', quantity: { ...claim().quantity, value: 5e6 } }),
  ];

  it('writes sorted, deterministic JSON', () => {
    const file = path.join(dir, 'baseline.json');
    writeBaseline(file, claims);
    const first = fs.readFileSync(file, 'utf8');
    writeBaseline(file, [...claims].reverse());
    expect(fs.readFileSync(file, 'utf8')).toBe(first);
    const parsed = JSON.parse(first) as Baseline;
    expect(parsed.version).toBe(1);
    expect(parsed.findings.map((f) => [f.file, f.text, f.verdict])).toEqual([
      ['a.md', '$5 million', undefined],
      ['a.md', '$7 million', 'contradicted'],
      ['a.md', '$7 million', 'contradicted'],
      ['b.md', '40%', 'disputed'],
    ]);
    expect(Object.keys(parsed.findings[1]!)).toEqual(['fingerprint', 'file', 'text', 'verdict']);
    expect(first.endsWith('}\n')).toBe(true);
    expect(readBaseline(file)).toEqual(parsed);
    expect(serializeBaseline(toBaseline(claims))).toBe(first);
  });

  it('filters out known findings, once per recorded copy', () => {
    const once = toBaseline([claims[1]!, claims[0]!]);
    const twice = toBaseline([claims[1]!, claims[2]!, claims[0]!]);
    const moved = claim({ file: 'a.md', line: 50 });
    const again = claim({ file: 'a.md', line: 51 });
    const thrice = claim({ file: 'a.md', line: 52 });
    const fresh = claim({ file: 'a.md', text: '$8 million', quantity: { ...claim().quantity, value: 8e6 } });
    expect(filterNew([moved, fresh, again], once)).toEqual([fresh, again]);
    expect(filterNew([moved, fresh, again], twice)).toEqual([fresh]);
    expect(filterNew([moved, fresh, again, thrice], twice)).toEqual([fresh, thrice]);
    expect(filterNew([moved], once)).toEqual([]);
    const baseline = twice;
    expect(filterNew(claims, { version: 1, findings: [] })).toEqual(claims);
    expect(filterNew(claims, baseline)).toEqual([claims[3]]);
  });

  it.each<[string, string, string]>([
    ['missing.json', '', 'no such baseline file (record one with --update-baseline)'],
    ['empty.json', ' ', 'empty file, expected a JSON object'],
    ['array.json', '[]', 'not a baseline file: invalid input: expected object, received array'],
    ['version.json', '{"version": 2, "findings": []}', 'not a baseline file: version: invalid input: expected 1'],
    ['findings.json', '{"version": 1}', 'not a baseline file: findings: invalid input: expected array, received undefined'],
    ['fingerprint.json', '{"version": 1, "findings": [{"fingerprint": "xyz", "file": "a.md", "text": "5%"}]}', 'not a baseline file: findings[0].fingerprint: invalid string: must match pattern /^[0-9a-f]{16}$/'],
    ['verdict.json', '{"version": 1, "findings": [{"fingerprint": "0123456789abcdef", "file": "a.md", "text": "5%", "verdict": "wrong"}]}', 'not a baseline file: findings[0].verdict: invalid option: expected one of "supported"|"contradicted"|"disputed"|"unverified"'],
    ['extra.json', '{"version": 1, "findings": [], "other": true}', 'not a baseline file: unrecognized key: "other"'],
  ])('%s is rejected', (name, content, message) => {
    const file = path.join(dir, name);
    if (content) fs.writeFileSync(file, content);
    expect(usageMessage(() => readBaseline(file))).toBe(`${file}: ${message}`);
  });

  it('names the position of a JSON syntax error', () => {
    const file = path.join(dir, 'syntax.json');
    fs.writeFileSync(file, '{"version": 1,\n  ]');
    expect(usageMessage(() => readBaseline(file))).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid JSON at line 2, column 3: \\S`));
  });

  it('reports an unwritable baseline', () => {
    const file = path.join(dir, 'no-such-dir', 'baseline.json');
    expect(usageMessage(() => writeBaseline(file, claims))).toBe(`${file}: cannot write baseline (ENOENT)`);
  });
});
