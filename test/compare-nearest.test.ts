// With --explain, an unverified claim names its nearest candidate and what kept the two apart; without
// --explain, it names none.
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../src/api.js';
import type { Claim } from '../src/schema.js';

function claimAt(draft: string, figure: string, source: string, explain: boolean): Claim {
  const claims = checkTexts([{ file: 'draft.txt', text: draft }], [{ file: 'source.txt', text: source }], { explain });
  const at = draft.indexOf(figure);
  const claim = claims.find((c) => c.start <= at && at < c.end);
  expect(claim, `a claim at "${figure}"`).toBeDefined();
  return claim as Claim;
}

describe('the nearest candidate of an unverified claim', () => {
  it.each<[draft: string, figure: string, source: string, nearest: string, reason: string]>([
    ['Orrin Foods made revenue of $40 million in 2024.', '$40 million', 'Orrin Foods made revenue of $35 million in 2023.', '$35 million', 'different period: 2024 against 2023'],
    ['Orrin Foods made revenue of $40 million in the third quarter.', '$40 million', 'Orrin Foods made revenue of $35 million in the second quarter.', '$35 million', 'different period: q3 against q2'],
    ['The floods in Varna Province damaged 31,000 homes.', '31,000', 'The floods in Varna Province damaged more than 13,000 homes.', 'more than 13,000 homes', 'above what a lower bound is read as'],
  ])('%s', (draft, figure, source, nearest, reason) => {
    const c = claimAt(draft, figure, source, true);
    expect(c.verdict).toBe('unverified');
    expect(c.nearest?.text).toBe(nearest);
    expect(c.nearest?.reason).toContain(reason);
    expect(claimAt(draft, figure, source, false).nearest).toBeUndefined();
  });

  it('is not given to a claim with evidence', () => {
    const c = claimAt('Orrin Foods made revenue of $40 million in 2024.', '$40 million', 'Orrin Foods made revenue of $40 million in 2024.', true);
    expect(c.verdict).toBe('supported');
    expect(c.nearest).toBeUndefined();
  });
});
