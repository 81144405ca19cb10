// Compound amounts written as a larger unit and a smaller one: "6 feet, 3 inches", "2 m and 30 cm",
// "1 h 20 min", "twelve dollars and fifty cents". Two claims found side by side are read as one sum.
import type { RawClaim } from './raw-claim.js';

/** What may stand between the parts: a space, a comma, "and", or a comma and "and". */
const PART_JOIN = /^[ \t\u00a0]*(?:,[ \t\u00a0]*)?(?:and[ \t\u00a0]+)?$/;
/** Dimensions whose amounts are written in parts. */
const PARTED = new Set(['length', 'mass', 'time', 'volume']);

function plain(c: RawClaim): boolean {
  return c.upper === undefined && (c.qualifier === 'exact' || c.qualifier === 'approx') && c.number >= 0;
}

/** The sum of `a` and `b` when `b` is the smaller part of the amount `a` begins, else null. */
export function mergeParts(text: string, a: RawClaim, b: RawClaim): RawClaim | null {
  if (a.kind !== b.kind || !plain(a) || !plain(b) || b.qualifier !== 'exact' || b.start <= a.end) return null;
  const between = text.slice(a.end, b.start);
  if (between.length > 8 || !PART_JOIN.test(between) || (between.trim() === '' && !/[ \t\u00a0]/.test(between))) return null;
  let scale: number;
  if (a.kind === 'quantity' && a.unit && b.unit) {
    if (a.unit.dimension !== b.unit.dimension || !PARTED.has(a.unit.dimension) || a.unit.offset || b.unit.offset) return null;
    scale = b.unit.factor / a.unit.factor;
    // Decimal units side by side with only a space are two figures ("12 m 2 dm" in a list); with "and"
    // or a comma, or in units that are not decimal ("6 ft 2 in", "1 h 20 min"), they are one amount.
    if (between.trim() === '' && Number.isInteger(Math.round(Math.log10(1 / scale) * 1e9) / 1e9)) return null;
  } else if (a.kind === 'money' && a.currency && b.currency) {
    if (a.currency.iso !== b.currency.iso || (a.currency.factor ?? 1) !== 1 || (b.currency.factor ?? 1) >= 1) return null;
    scale = b.currency.factor as number;
  } else return null;
  // The smaller part is less than one of the larger unit: "3 inches" after feet, not "30 m" after "2 km".
  if (!(scale < 1) || b.number * scale >= 1 || !Number.isInteger(a.number)) return null;
  return {
    ...a,
    end: b.end,
    number: a.number + b.number * scale,
    halfStep: b.halfStep * scale,
    measure: b.measure ?? a.measure,
    near: a.near,
  };
}
