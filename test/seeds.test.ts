// The reference articles, when they are present next to the project: the key figures are found with
// exact values, the traps in them are not claims, and checking them against each other raises no
// contradiction over the figures they share.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check, extract } from '../src/api.js';
import type { Claim, Qualifier } from '../src/schema.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.resolve(ROOT, '..', 'shared', 'seeds');
const present = fs.existsSync(SEEDS);

const seedFiles = present
  ? fs
      .readdirSync(SEEDS)
      .filter((f) => f.endsWith('.txt'))
      .sort()
  : [];
const rel = (name: string) => path.relative(ROOT, path.join(SEEDS, name));
const seedNamed = (prefix: string) => seedFiles.find((f) => f.startsWith(prefix)) as string;
const textOf = (name: string) => fs.readFileSync(path.join(SEEDS, name), 'utf8').replace(/^\uFEFF/, '');

const claimsCache = new Map<string, Claim[]>();
function claimsOf(name: string): Claim[] {
  if (!claimsCache.has(name)) {
    const report = extract([rel(name)], { cwd: ROOT });
    expect(report.errors).toEqual([]);
    claimsCache.set(name, report.claims);
  }
  return claimsCache.get(name) as Claim[];
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.abs(b);

type Row = [prefix: string, anchor: string, kind: Claim['kind'], value: number, unit: string, qualifier: Qualifier, lemma: string | null];

const KEY_FIGURES: Row[] = [
  ['000', '671 billion parameters', 'count', 6.71e11, 'count', 'exact', 'parameter'],
  ['000', '2,048 Nvidia H800 chips', 'count', 2048, 'count', 'exact', 'chip'],
  ['000', '$5.6 million', 'money', 5.6e6, 'USD', 'exact', null],
  ['000', '$100 billion', 'money', 1e11, 'USD', 'exact', null],
  ['001', '2,048 Nvidia H800s', 'count', 2048, 'count', 'exact', 'h800'],
  ['001', '$5.6 million', 'money', 5.6e6, 'USD', 'exact', null],
  ['002', '2015', 'year', 2015, 'year', 'exact', null],
  ['002', '100 billion RMB', 'money', 1e11, 'CNY', 'gt', null],
  ['002', '$15 billion', 'money', 1.5e10, 'USD', 'exact', null],
  ['002', '10,000 H100s', 'count', 1e4, 'count', 'exact', 'h100'],
  ['003', '10,000-chip', 'count', 1e4, 'count', 'exact', 'chip'],
  ['003', '2,048 Nvidia H800s', 'count', 2048, 'count', 'exact', 'h800'],
  ['003', '$5.6mn', 'money', 5.6e6, 'USD', 'exact', null],
  ['003', '671bn parameters', 'count', 6.71e11, 'count', 'exact', 'parameter'],
  ['003', '$100bn', 'money', 1e11, 'USD', 'gte', null],
  ['003', '1mn GPUs', 'count', 1e6, 'count', 'gt', 'gpu'],
  ['004', '2023', 'year', 2023, 'year', 'exact', null],
  ['004', '$6 million', 'money', 6e6, 'USD', 'lt', null],
  ['004', '140 researchers', 'count', 140, 'count', 'lt', 'researcher'],
];

/** Names and words whose digits are not quantities. A claim may not start inside one. */
const TRAPS: RegExp[] = [
  /\bH800s?\b/g,
  /\bH100s?\b/g,
  /\bR1\b/g,
  /\bo1\b/g,
  /\b36Kr\b/g,
  /\bLlama 3\.1\b/g,
  /\bGPT-4\b/g,
  /\b1980s\b/g,
  /\bsecond\b/gi,
  /\bone (?=founder|of|AI|rival)/gi,
];
const TRAP_TEXTS = ['H800', 'H800s', 'H100', 'R1', 'o1', '36Kr', '3.1', '1980s', 'second', 'one', 'GPT-4', '4'];

describe.runIf(present)('seed articles', () => {
  it('there are five', () => {
    expect(seedFiles).toHaveLength(5);
  });

  it.each(KEY_FIGURES.map((r) => [`${r[0]} ${JSON.stringify(r[1])}`, r] as const))('finds %s', (_name, row) => {
    const [prefix, anchor, kind, value, unit, qualifier, lemma] = row;
    const name = seedNamed(prefix);
    const text = textOf(name);
    const at = text.indexOf(anchor);
    expect(at, `${anchor} is in ${name}`).toBeGreaterThanOrEqual(0);
    const claims = claimsOf(name);
    const hits = claims.filter((c) => c.start < at + anchor.length && at < c.end);
    expect(hits.map((c) => c.text), `claims near it: ${JSON.stringify(claims.filter((c) => Math.abs(c.start - at) < 80).map((c) => c.text))}`).toHaveLength(1);
    const c = hits[0] as Claim;
    expect(c.kind).toBe(kind);
    expect(close(c.quantity.value, value), `${c.quantity.value} vs ${value}`).toBe(true);
    expect(c.quantity.unit).toBe(unit);
    expect(c.quantity.qualifier).toBe(qualifier);
    if (kind === 'money') expect(c.quantity.currency).toBe(unit);
    if (lemma) expect(c.measure?.lemma).toBe(lemma);
    if (qualifier === 'gt' || qualifier === 'gte') {
      expect(c.quantity.low).toBe(value);
      expect(c.quantity.high).toBeNull();
    }
    if (qualifier === 'lt' || qualifier === 'lte') expect(c.quantity.high).toBe(value);
  });

  it('the training chips are named with their model', () => {
    const c = claimsOf(seedNamed('000')).find((x) => x.quantity.value === 2048) as Claim;
    expect(c.measure?.modifiers).toEqual(expect.arrayContaining(['nvidia', 'h800']));
  });

  it.each(seedFiles.map((f) => [f]))('no claim in %s is a trap', (name) => {
    const text = textOf(name);
    const claims = claimsOf(name);
    expect(claims.filter((c) => TRAP_TEXTS.includes(c.text.trim())).map((c) => c.text)).toEqual([]);
    const inside: string[] = [];
    for (const re of TRAPS) {
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        const from = m.index;
        const to = m.index + m[0].length;
        for (const c of claims) if (c.start >= from && c.start < to) inside.push(`${c.line}:${c.column} ${JSON.stringify(c.text)} inside ${JSON.stringify(m[0])}`);
      }
    }
    expect(inside).toEqual([]);
  });

  it.each(seedFiles.map((f) => [f]))('claims in %s point into the file', (name) => {
    const text = textOf(name);
    for (const c of claimsOf(name)) {
      expect(text.slice(c.start, c.end).replace(/\s+/g, ' ')).toBe(c.text.replace(/\s+/g, ' '));
    }
  });

  describe('checked against each other', () => {
    const report = present ? check(seedFiles.map(rel), { cwd: ROOT }) : null;
    const shared: [string, (c: Claim) => boolean, number][] = [
      ['2,048 H800 chips', (c) => c.kind === 'count' && c.quantity.value === 2048, 3],
      ['671bn parameters', (c) => c.kind === 'count' && c.quantity.value === 6.71e11, 2],
      ['$5.6 million', (c) => c.kind === 'money' && c.quantity.unit === 'USD' && c.quantity.value === 5.6e6, 3],
      ['less than $6 million', (c) => c.kind === 'money' && c.quantity.qualifier === 'lt' && c.quantity.value === 6e6, 1],
    ];

    it.each(shared)('%s is never contradicted', (_label, pick, count) => {
      const claims = (report?.claims ?? []).filter(pick);
      expect(claims).toHaveLength(count);
      expect(claims.map((c) => `${c.file}:${c.line} ${c.verdict}`).filter((s) => s.endsWith('contradicted'))).toEqual([]);
    });

    it('the $100bn venture with SoftBank, a partnership in one article and planned spending in another, is supported by each', () => {
      const claims = (report?.claims ?? []).filter((c) => c.kind === 'money' && c.quantity.unit === 'USD' && c.quantity.value === 1e11);
      expect(claims.map((c) => [c.text, c.verdict, c.supports.map((e) => e.text)])).toEqual([
        ['$100 billion', 'supported', ['at least $100bn']],
        ['at least $100bn', 'supported', ['$100 billion']],
      ]);
    });
  });
});
