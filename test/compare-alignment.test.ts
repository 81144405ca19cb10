// A figure never disagrees with a figure that its partner stands beside: when a source sentence, or a
// source file, states a figure equal to the claim's, that figure is the claim's fact there, and the
// others of the measure are other facts (another tier, period or column).
import { describe, expect, it } from 'vitest';
import type { Claim } from '../src/schema.js';
import { claimAt } from './helpers/claim-at.js';

type Row = [draft: string, figure: string, source: string, verdict: Claim['verdict'], disagreements: number];

describe('a partner in the same sentence or file keeps the other figures apart', () => {
  it.each<Row>([
    // The source sentence holds the claim's figure and another tier's.
    ['Basic members of the Orrin gym pay 12 euros a month.', '12 euros', 'At the Orrin gym, basic members pay 12 euros a month and premium members pay 20 euros a month.', 'supported', 0],
    // The draft sentence holds the source's other figure: each figure has its partner.
    ['The Orrin gym charges 12 euros a month for basic members and 20 euros a month for premium members.', '12 euros', 'Premium members of the Orrin gym pay 20 euros a month.', 'unverified', 0],
    // The source file states the claim's figure once, and another of the measure elsewhere.
    ['The Keswick ferry carried 410 passengers on the morning crossing.', '410', 'The Keswick ferry carried 410 passengers on the morning crossing.\n\nOn the evening crossing, the Keswick ferry carried 380 passengers.', 'supported', 0],
    // Without a partner, the same words with another figure still disagree.
    ['The Keswick ferry carried 450 passengers on the morning crossing.', '450', 'The Keswick ferry carried 410 passengers on the morning crossing.', 'contradicted', 1],
  ])('%s', (draft, figure, source, verdict, disagreements) => {
    const c = claimAt(draft, figure, source);
    expect(c.verdict, JSON.stringify(c.disagrees)).toBe(verdict);
    expect(c.disagrees?.length ?? 0).toBe(disagreements);
  });
});
