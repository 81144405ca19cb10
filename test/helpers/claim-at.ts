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

/** A draft, the figure in it, one source, and the verdict the figure must get. */
export type VerdictRow = [draft: string, figure: string, source: string, verdict: Claim['verdict']];

/** Checks a row's figure against its source and asserts the verdict, showing the evidence if not. */
export function expectVerdict([draft, figure, source, verdict]: VerdictRow): void {
  const c = claimAt(draft, figure, source);
  expect(c.verdict, JSON.stringify({ supports: c.supports, disagrees: c.disagrees })).toBe(verdict);
}
