// Forms of news and earnings text around a bare figure: ages set off by commas, accounting negatives
// in brackets, a season written as two years ("2019-20", "2031/32"), a comparison year after "over", a quake's magnitude.
import type { UnitForm } from '../data/units.js';
import type { FoundMeasure } from './measure.js';

const YEAR_S = 31_557_600;
export const AGE_UNIT: UnitForm = { dimension: 'time', base: 's', factor: YEAR_S };
export const MAGNITUDE_UNIT: UnitForm = { dimension: 'level', base: 'magnitude', factor: 1 };
/** A Mach number: a speed as a multiple of the speed of sound where the craft flies, so no fixed m/s. */
export const MACH_UNIT: UnitForm = { dimension: 'level', base: 'Mach', factor: 1 };
const MACH_BEFORE = /(?:^|[^\p{L}])Mach[ \u00a0]$/u;

/** "Mach 2.2": where the unit written before the figure starts, or null. */
export function machBefore(text: string, start: number): number | null {
  return MACH_BEFORE.test(text.slice(Math.max(0, start - 6), start)) ? start - 5 : null;
}

/** "Smith, 65, said", "Anna Berg, 34, ran": a name, then the figure between commas. */
const NAME_COMMA_BEFORE = /(?:\p{Lu}[\p{L}'’.-]*|\p{L}{3,}),[ \u00a0]$/u;
/** "who was 10", "which turned 90". */
const WHO_WAS_BEFORE = /\b(?:who|she|he)[ \u00a0]+(?:is|was|turned|turns|is now|was then)[ \u00a0]+$/i;
/** "aged 30", "children aged between 5 and 11", "the pension age from 65 to 67", "three men aged 19, 21 and 24". */
export const AGED_BEFORE = /\b(?:aged|ages?)[ \u00a0]+(?:(?:between|from)[ \u00a0]+)?(?:\d{1,3}(?:,[ \u00a0]*|[ \u00a0]+and[ \u00a0]+))*$/i;
const AFTER_AGE = /^(?:,|[.;)](?!\d)|[ \u00a0]+(?:and|when|at the time)\b)/i;

/** An age: a whole number up to 120 right after a name and a comma, after "who was", or after "aged". */
export function ageAt(text: string, start: number, end: number, value: number): FoundMeasure | null {
  if (!Number.isInteger(value) || value < 1 || value > 120) return null;
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 16);
  const lead = text.slice(Math.max(0, start - 40), start);
  const aged = /age/i.test(lead) && AGED_BEFORE.test(lead) && !/^[ \u00a0-]*(?:years?|months?|weeks?|days?)\b/i.test(after);
  if (aged || (NAME_COMMA_BEFORE.test(before) ? after.startsWith(',') : WHO_WAS_BEFORE.test(before) && AFTER_AGE.test(after))) {
    return { noun: 'age', lemma: 'age', modifiers: [], end };
  }
  return null;
}

/**
 * An amount alone in brackets is negative, as accounts write it: "a loss of ($45.10)". A bracket right
 * after another figure holds that figure in another currency or unit: "€100 ($110)".
 */
export function accountingNegative(text: string, start: number, end: number, previousEnd: number): boolean {
  if (text[start - 1] !== '(' || text[end] !== ')') return false;
  const gap = text.slice(Math.max(previousEnd, start - 12), start - 1);
  return !(previousEnd > start - 12 && /^[\s\u00a0]*$/.test(gap));
}

/** "(4%)" in a table cell: a decline, as earnings tables write one. */
export function tableDecline(text: string, start: number, end: number): boolean {
  if (text[start - 1] !== '(' || text[end] !== ')') return false;
  const lineStart = text.lastIndexOf('\n', start) + 1;
  return /^[ \t]*\|/.test(text.slice(lineStart, start));
}

/** "over 2021" after a percentage: the year compared with, not a bound. */
export function comparisonYear(text: string, sentenceStart: number, qualifierText: string, start: number): boolean {
  if (!/^over$|^versus$|^vs\.?$/i.test(qualifierText.trim())) return false;
  return /%|\bper ?cent\b/i.test(text.slice(Math.max(sentenceStart, start - 80), start));
}

/** "a 6.8 quake", "the 7.1-magnitude earthquake": a magnitude. */
const QUAKE_AFTER = /^[ \u00a0-]+(?:magnitude[ \u00a0-]+)?(?:earth)?(?:quakes?|tremors?|aftershocks?)(?![\p{L}])/iu;
const MAGNITUDE_BEFORE = /\bmagnitude(?:[ \u00a0]+of)?[ \u00a0-]+$/i;

export function magnitudeAt(text: string, start: number, end: number): number | null {
  const after = QUAKE_AFTER.exec(text.slice(end, end + 32));
  if (after) return end + (/magnitude/i.test(after[0]) ? after[0].search(/[ \u00a0-]+(?:earth)?(?:quake|tremor|aftershock)/i) : 0);
  return MAGNITUDE_BEFORE.test(text.slice(Math.max(0, start - 16), start)) ? end : null;
}

const SLASH_SEASON = /\/(\d{2}|\d{4})(?![\d\/.,]|[\p{L}])/uy;

/** "2031/32", "2031/2032": a season or fiscal year written with a slash; where it ends, or null. */
export function slashSeasonEnd(text: string, end: number, year: number): number | null {
  if (year < 1800 || year > 2100 || text[end] !== '/') return null;
  SLASH_SEASON.lastIndex = end;
  const m = SLASH_SEASON.exec(text);
  if (!m) return null;
  const next = (m[1] as string).length === 2 ? Math.floor(year / 100) * 100 + Number(m[1]) : Number(m[1]);
  return next === year + 1 || (year % 100 === 99 && next === year + 1 - 100) ? SLASH_SEASON.lastIndex : null;
}
