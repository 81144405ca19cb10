// The work of checking stays bounded: the costly test (comparing two claims level by level) is counted,
// and that count is checked on dense input, where a careless loop would compare every pair.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import { Comparison } from '../src/compare/comparison.js';
import { settingsOf } from '../src/compare/check.js';
import { mainSubject } from '../src/compare/main-subject.js';

/** Corpus mode over the texts: every claim is checked; the comparison is returned with the outcomes. */
function corpus(texts: string[]) {
  const comparison = new Comparison(settingsOf({}));
  let claims = 0;
  texts.forEach((text, fileIndex) => {
    for (const claim of extractText(text, `f${fileIndex}.txt`)) {
      comparison.addSource(claim, fileIndex, mainSubject(text));
      claims++;
    }
  });
  comparison.seal([]);
  const outcomes = Array.from({ length: claims }, (_, i) => comparison.ofSource(i));
  return { comparison, claims, outcomes };
}

/** One long sentence of `n` figures, `distinct` values among them: of one measure with no subject, or bare. */
const dense = (n: number, distinct: number, bare: boolean) =>
  `${Array.from({ length: n }, (_, i) => (bare ? `${1 + (i % distinct)}` : `the plant employs ${300 + (i % distinct)} people`)).join(', ')}.`;

describe('comparisons made', () => {
  it('a figure already paired by its measure is not compared again for a link by equal value', () => {
    const text = 'The Harlow plant employs 310 people. '.repeat(30);
    const { comparison, claims, outcomes } = corpus([text, text]);
    expect(claims).toBe(60);
    expect(new Set(outcomes.map((o) => `${o.verdict} ${o.supportCount} ${o.supports.length}`))).toEqual(new Set(['supported 30 20']));
    expect(comparison.comparisons).toBe(0);
  });

  // A file's figures are bucketed by value, 24 to a bucket, in input order: the copy's figures meet
  // at most 24 others of their value, and the first file's meet only their own, which are passed over.
  it.each([
    [200, 5, true, 12],
    [800, 5, true, 12],
    [800, 400, true, 5.88],
    [800, 400, false, 0.22],
  ])('%i figures with %i values (bare: %s), in a file and its copy: %d per claim', (n, distinct, bare, perClaim) => {
    const text = dense(n, distinct, bare);
    const { comparison, claims } = corpus([text, text]);
    expect(claims).toBe(2 * n);
    expect((comparison.comparisons / claims).toFixed(2)).toBe(perClaim.toFixed(2));
  });

  it('the number per claim does not grow with the input', () => {
    const per = (n: number) => {
      const text = dense(n, 20, true);
      const { comparison, claims } = corpus([text, text]);
      return comparison.comparisons / claims;
    };
    expect([per(400), per(1600)].map((x) => x.toFixed(2))).toEqual(['12.30', '12.30']);
  });
});
