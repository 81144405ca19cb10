// A figure as an interval: rounding precision and qualifiers set its bounds.
import type { Qualifier } from '../schema.js';

export interface Tolerance {
  /** Relative half-width for "about", "roughly" (0.1 = ±10%). */
  approx: number;
  /** How far below (or above) "nearly", "just under", "just over" reach, relative. */
  near: number;
  /** Largest relative half-width that rounding alone may give ("140" reads as 135–145, capped). */
  roundingCap: number;
}

export const DEFAULT_TOLERANCE: Tolerance = { approx: 0.1, near: 0.1, roundingCap: 0.05 };

export interface Bounds {
  low: number | null;
  high: number | null;
}

/**
 * The interval a figure allows. `halfStep` is half its last written digit's step; `floor` is the
 * lowest value the quantity can take (0 for counts and sums, null when it can be negative).
 */
export function boundsOf(
  value: number,
  halfStep: number,
  qualifier: Qualifier,
  near: boolean,
  floor: number | null,
  tolerance: Tolerance,
  upper?: { value: number; halfStep: number },
): Bounds {
  const magnitude = Math.abs(value);
  // A figure written below the floor ("$ -5", "under -3 degrees") states its own sign: no floor then.
  if (floor !== null && value < floor) floor = null;
  const rounding = Math.min(halfStep, magnitude * tolerance.roundingCap);
  const clampLow = (x: number) => (floor !== null ? Math.max(floor, x) : x);
  switch (qualifier) {
    case 'range': {
      // A range states its own ends: "between 5 and 10" is 5–10.
      return { low: value, high: (upper ?? { value }).value };
    }
    case 'approx': {
      const spread = Math.max(rounding, magnitude * tolerance.approx);
      return { low: clampLow(value - spread), high: value + spread };
    }
    case 'gt':
    case 'gte':
      return { low: value, high: near ? value + Math.max(rounding, magnitude * tolerance.near) : null };
    case 'lt':
    case 'lte':
      return { low: near ? clampLow(value - Math.max(rounding, magnitude * tolerance.near)) : floor, high: value };
    default:
      return { low: clampLow(value - rounding), high: value + rounding };
  }
}

/** Rounds away float noise so output is stable: 5.6e6 not 5599999.999999999. */
export function tidy(x: number): number {
  if (!Number.isFinite(x) || x === 0 || (Number.isInteger(x) && Math.abs(x) < 1e15)) return x;
  return Number(x.toPrecision(12));
}
