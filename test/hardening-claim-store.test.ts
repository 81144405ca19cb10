// Claims kept as columns come back as the same claims: the same JSON, key for key, whatever their
// shape; a claim of another shape is kept whole; short texts are kept once.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import { ClaimStore, columnShaped } from '../src/compare/claim-store.js';
import type { Claim } from '../src/schema.js';

const TEXTS: [string, string][] = [
  ['counts and money', 'The plant employs 310 people and cost $5.6 million, up from €4bn in 2021.'],
  ['ranges and open ends', 'Between 20 and 30 km, more than 5,000 staff, under -3 degrees, about 12%.'],
  ['a subject and a reference', 'Acme said its revenue rose 7% to $1.2 billion. The company hired 40 engineers.'],
  ['a table', '| Region | Q1 2024 |\n| --- | --- |\n| North | 1,200 |\n| South | 950 |\n'],
  ['a long sentence', `${'the plant employs 310 people and ships 42 tonnes a day, '.repeat(20)}.`],
];

describe('claim store', () => {
  it.each(TEXTS)('%s: each claim is built again with the same JSON', (_, text) => {
    const claims = extractText(text, 'dir/f.md', { markdown: true });
    expect(claims.length).toBeGreaterThan(0);
    const store = new ClaimStore();
    claims.forEach((c, i) => store.push(c, i % 3));
    expect(store.length).toBe(claims.length);
    claims.forEach((c, i) => {
      expect(columnShaped(c)).toBe(true);
      expect(JSON.stringify(store.claim(i))).toBe(JSON.stringify(c));
      expect(Object.keys(store.claim(i))).toEqual(Object.keys(c));
      expect(store.fileIndex(i)).toBe(i % 3);
    });
  });

  const one = () => extractText('It cost $5 million.', 'f.txt')[0] as Claim;
  it.each<[string, () => Claim, boolean]>([
    ['as extraction makes it', one, true],
    ['read back from JSON (no unset keys)', () => JSON.parse(JSON.stringify(one())) as Claim, false],
    ['already checked', () => ({ ...one(), verdict: 'supported' }), false],
    ['with a key of its own', () => ({ ...one(), extra: 1 }) as Claim, false],
    ['with its keys in another order', () => { const { id, ...rest } = one(); return { ...rest, id } as Claim; }, false],
    ['with an id of its own', () => ({ ...one(), id: 'custom' }), true],
    ['with an id written with a leading zero', () => ({ ...one(), id: 'f.txt:01:9' }), true],
    ['with an id of another column', () => ({ ...one(), id: 'f.txt:1:90' }), true],
  ])('a claim %s: kept as columns %s, and reported unchanged', (_, make, columns) => {
    const claim = make();
    expect(columnShaped(claim)).toBe(columns);
    const store = new ClaimStore();
    store.push(claim, 4);
    expect(JSON.stringify(store.claim(0))).toBe(JSON.stringify(claim));
    expect(store.claim(0) === claim).toBe(!columns);
    expect(store.comparable(0).quantity).toEqual(claim.quantity);
    expect(store.claim(0).id).toBe(claim.id);
  });

  it('grows past its first chunk of columns and keeps one copy of each short text', () => {
    const claims = extractText('1 2 3 '.repeat(2000), 'f.txt');
    const store = new ClaimStore();
    claims.forEach((c, i) => store.push(c, i));
    expect(store.length).toBe(6000);
    for (const i of [0, 4095, 4096, 5999]) {
      expect(JSON.stringify(store.claim(i))).toBe(JSON.stringify(claims[i]));
      expect(store.fileIndex(i)).toBe(i);
    }
    const texts = new Set(Array.from({ length: 6000 }, (_, i) => store.claim(i).text));
    expect([...texts].sort()).toEqual(['1', '2', '3']);
  });
});
