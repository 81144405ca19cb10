// The checked claim at a figure of a one-line draft, checked against one source text.
import { expect } from 'vitest';
import { checkTexts } from '../../src/api.js';
import type { Claim } from '../../src/schema.js';

export function claimAt(draft: string, figure: string, source: string): Claim {
  const claims = checkTexts([{ file: 'draft.txt', text: draft }], [{ file: 'source.txt', text: source }]);
  const at = draft.indexOf(figure);
  const claim = claims.find((c) => c.start <= at && at < c.end);
  expect(claim, `a claim at "${figure}"`).toBeDefined();
  return claim as Claim;
}
