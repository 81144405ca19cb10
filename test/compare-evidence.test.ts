// Pairing from evidence: equal figures linked by their context, a different figure in the same words
// disagreeing, and what keeps figures apart. One draft against one source at a time.
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/schema.js';
import { claimAt } from './helpers/claim-at.js';

type Row = [draft: string, figure: string, source: string, verdict: Claim['verdict']];

describe('the same words with another figure disagree', () => {
  it.each<Row>([
    ['The plant cost $9.9 million to build.', '$9.9 million', 'The plant cost $5.6 million to build.', 'contradicted'],
    ['It cost $7 million.', '$7 million', 'It cost $5.6 million.', 'contradicted'],
    ['The ferry carries 410 passengers on each crossing.', '410', 'The ferry carries 380 passengers on each crossing.', 'contradicted'],
  ])('%s', (draft, figure, source, verdict) => {
    const c = claimAt(draft, figure, source);
    expect(c.verdict, JSON.stringify(c.disagrees)).toBe(verdict);
  });
});

describe('equal figures in other words agree', () => {
  it.each<Row>([
    ['Harrow Mills employs 2,310 people across its sites.', '2,310', 'The group had a workforce of 2,310 at the end of March.', 'supported'],
    ['Fenwick Rail ordered 48 trains for the line.', '48', 'The operator will receive 48 new trains for the line.', 'supported'],
  ])('%s', (draft, figure, source, verdict) => {
    const c = claimAt(draft, figure, source);
    expect(c.verdict, JSON.stringify(c.supports)).toBe(verdict);
  });
});

describe('different facts are kept apart', () => {
  it.each<Row>([
    // The same words, another year: both may be right.
    ['In 2023 the plant cost $9.9 million to run.', '$9.9 million', 'In 2021 the plant cost $5.6 million to run.', 'unverified'],
    // Different measures, different figures.
    ['The plant cost $9.9 million to build.', '$9.9 million', 'The plant earned $5.6 million last year.', 'unverified'],
  ])('%s', (draft, figure, source, verdict) => {
    expect(claimAt(draft, figure, source).verdict).toBe(verdict);
  });
});

describe('explain', () => {
  it('a disagreement judged on all but the values shows each level it was weighed on', () => {
    const c = claimAt('The plant cost $9.9 million to build.', '$9.9 million', 'The plant cost $5.6 million to build.');
    expect(c.disagrees?.[0]?.reason).toMatch(/the same fact by all but the values \(0\.\d\d of at least 0\.\d+\): bias [+-]\d\.\d\d, .*same wording \+\d\.\d\d/);
  });
  it('an equal-value link shows each level it was weighed on', () => {
    const c = claimAt('Fenwick Rail ordered 48 trains for the line.', '48', 'The operator will receive 48 new trains for the line.');
    expect(c.supports?.[0]?.reason).toMatch(/^equal values; bias [+-]\d\.\d\d, values equal \+\d\.\d\d/);
  });
});
