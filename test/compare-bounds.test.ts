// Open-ended figures: a lower bound ("more than 24,000") supports only the figures a reader takes as
// near it, up to the next step of its leading significant figure, and never disagrees with a figure on
// its open side. One draft against one source at a time, exact verdicts.
import { describe, expect, it } from 'vitest';
import { expectVerdict, type VerdictRow } from './helpers/claim-at.js';
import { boundReach, onOpenSide } from '../src/compare/place.js';

describe('a lower bound supports only figures near it', () => {
  it.each<VerdictRow>([
    // Within the bound's reach: support.
    ['The floods in Varna Province damaged 13,400 homes.', '13,400', 'The floods in Varna Province damaged more than 13,000 homes.', 'supported'],
    ['Kestrel Mining employs 2,240 miners at the Orrin pit.', '2,240', 'Kestrel Mining employs at least 2,100 miners at the Orrin pit.', 'supported'],
    ['The Halvard app has 140 million users.', '140 million', 'The Halvard app has more than 100 million users.', 'supported'],
    // Past its reach, on its open side: neither support nor disagreement.
    ['The floods in Varna Province damaged 31,000 homes.', '31,000', 'The floods in Varna Province damaged more than 13,000 homes.', 'unverified'],
    ['Kestrel Mining employs 5,800 miners at the Orrin pit.', '5,800', 'Kestrel Mining employs at least 2,100 miners at the Orrin pit.', 'unverified'],
    ['The Halvard app has 450 million users.', '450 million', 'The Halvard app has more than 100 million users.', 'unverified'],
    // A converted unit reaches as written: "more than 3 miles" to 4 miles, "more than 14 weeks" to 20 weeks.
    ['The Ardmore ferry route is 3.5 miles long.', '3.5 miles', 'The Ardmore ferry route is more than 3 miles long.', 'supported'],
    ['Patients at Selby General waited 19 weeks for surgery.', '19 weeks', 'Patients at Selby General waited more than 14 weeks for surgery.', 'supported'],
    ['Patients at Selby General waited 30 weeks for surgery.', '30 weeks', 'Patients at Selby General waited more than 14 weeks for surgery.', 'unverified'],
    // Below the bound: a disagreement, as before.
    ['The floods in Varna Province damaged 9,000 homes.', '9,000', 'The floods in Varna Province damaged more than 13,000 homes.', 'contradicted'],
    // The bound as the draft's figure: a source far above it neither supports nor contradicts it.
    ['The floods in Varna Province damaged more than 13,000 homes.', 'more than 13,000', 'The floods in Varna Province damaged 31,000 homes.', 'unverified'],
    ['The floods in Varna Province damaged more than 13,000 homes.', 'more than 13,000', 'The floods in Varna Province damaged 13,400 homes.', 'supported'],
  ])('%s | %s', (...row) => expectVerdict(row));

  it.each<[number, number]>([
    [16000, 20000],
    [2100, 3000],
    [100e6, 200e6],
    [25, 30],
    [0.5, 0.6],
    [9, 10],
    [1000, 2000],
  ])('the reach of a lower bound at %d is %d', (x, reach) => {
    expect(boundReach(x)).toBeCloseTo(reach, 9);
  });

  it('only a lower bound has an open side', () => {
    const bound = { value: 16000, lo: 16000, hi: 20000 };
    expect(onOpenSide(bound, { value: 25000, lo: 24999.5, hi: 25000.5 })).toBe(true);
    expect(onOpenSide({ value: 25000, lo: 24999.5, hi: 25000.5 }, bound)).toBe(true);
    expect(onOpenSide(bound, { value: 4870, lo: 4869.5, hi: 4870.5 })).toBe(false);
    expect(onOpenSide({ value: 18000, lo: 16000, hi: 20000 }, { value: 25000, lo: 24999.5, hi: 25000.5 })).toBe(false);
  });
});
