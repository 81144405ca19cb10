// Reads the claim a figure makes, from the figure outwards: a date, a range, what follows it, qualifiers,
// signs, ages and magnitudes, then its kind, measure and subject.
import { MONTHS, RATIO_WORDS } from '../data/traps.js';
import { currencyPrefixBefore, currencySuffixAt, percentAt, qualifierBefore, unitAt } from './affixes.js';
import { sentenceAt } from './sentences.js';
import { referenceBefore, subjectBefore } from './subject.js';
import { SPACE, SPACE0 } from './patterns.js';
import { penceAt } from './unit-context.js';
import { accountingNegative, ageAt, AGE_UNIT, comparisonYear, machBefore, MACH_UNIT, magnitudeAt, MAGNITUDE_UNIT, slashSeasonEnd, tableDecline } from './news-forms.js';
import type { FoundMeasure } from './measure.js';
import { clockTime, digitTrap, nextNonDigit, prevWord } from './figure-traps.js';
import { readFigure } from './figure.js';
import { readPlusMinus, readRange } from './range.js';
import { readSuffix } from './suffix.js';
import { yearEvent } from './year-event.js';
import { classify, laterBound } from './claim-kind.js';
import type { Draft, RawClaim } from './raw-claim.js';

const MONTH_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(MONTHS).join('|')})\\.?[\\s\\u00a0]+$`, 'iu');
const MONTH_AFTER = new RegExp(`(?:st|nd|rd|th)?${SPACE}(?:of${SPACE})?(${Object.keys(MONTHS).join('|')})(?![\\p{L}])\\.?(?:,?${SPACE}(\\d{4})(?!\\d))?`, 'iuy');
const RATIO_WORD = new RegExp(`${SPACE0}([\\p{L}×]+)`, 'uy');
const YEAR_AFTER_DATE = new RegExp(`,?${SPACE}(\\d{4})(?![\\d\\p{L}])`, 'uy');

const OVERFLOW = /[-\u2212]?[\d.,]+\s?[x×*]\s?10\s?\^?\s?[-+\u2212⁺⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+/y;

type ReadResult = { claim: RawClaim } | { skipTo: number } | null;

/** Sentences longer than this around a figure are cut to a window, so one-line files stay linear. */
const SENTENCE_WINDOW = 400;

function dateClaim(start: number, end: number, value: number, sentence: [number, number]): RawClaim {
  return { start, end, kind: 'date', number: value, halfStep: 0, qualifier: 'exact', near: false, measure: null, subject: null, sentence };
}

/** The claim of the figure at `pos`, or where to resume scanning, or null. `notBefore` ends the claim before. */
export function readClaim(text: string, pos: number, starts: number[], notBefore: number): ReadResult {
  const whole = sentenceAt(starts, text.length, pos);
  const sentence: [number, number] = [Math.max(whole[0], pos - SENTENCE_WINDOW), Math.min(whole[1], pos + SENTENCE_WINDOW)];
  const prefix = currencyPrefixBefore(text, pos, notBefore);
  const figure = readFigure(text, pos, prefix !== null);
  if (!figure) {
    // An overflowing power ("1x10^400") is skipped whole, its "10" and exponent too.
    OVERFLOW.lastIndex = pos;
    return OVERFLOW.exec(text) ? { skipTo: OVERFLOW.lastIndex } : null;
  }
  const { n } = figure;
  const skip = { skipTo: figure.end };
  // "the 2031/32 season": a season or fiscal year, as "2031-32" is.
  const season = !n.words && n.plainInteger && !figure.scale ? slashSeasonEnd(text, n.end, n.value) : null;
  if (season !== null && !digitTrap(text, { ...n, end: season })) {
    const event = yearEvent(text, sentence, pos, season);
    return { claim: { start: pos, end: season, kind: 'year', number: n.value, halfStep: 0, upper: n.value + 1, upperHalfStep: 0, qualifier: 'range', near: false, measure: event?.measure ?? null, subject: event?.subject ?? null, sentence } };
  }
  if (!n.words && digitTrap(text, n)) return { skipTo: Math.max(n.end, nextNonDigit(text, n.end)) };
  const end = figure.end;
  const number = figure.number;
  const halfStep = figure.halfStep;

  // Dates: "January 20", "20 January 2025".
  if (!n.words && n.plainInteger && n.value >= 1 && n.value <= 31 && !figure.scale) {
    const monthBefore = MONTHS[prevWord(text, pos).replace(/\.$/, '')] ? MONTH_RE.exec(text.slice(Math.max(0, pos - 12), pos)) : null;
    if (monthBefore && !/^may/.test(monthBefore[1] as string)) {
      YEAR_AFTER_DATE.lastIndex = n.end;
      const y = YEAR_AFTER_DATE.exec(text);
      const month = MONTHS[(monthBefore[1] as string).toLowerCase()] as number;
      const year = y ? Number(y[1]) : 0;
      const start = pos - monthBefore[0].length;
      const stop = y ? n.end + y[0].length : n.end;
      return { claim: dateClaim(start, stop, year * 10000 + month * 100 + n.value, sentence) };
    }
    MONTH_AFTER.lastIndex = n.end;
    const ma = MONTH_AFTER.exec(text);
    if (ma) {
      const month = MONTHS[(ma[1] as string).toLowerCase()] as number;
      const year = ma[2] ? Number(ma[2]) : 0;
      return { claim: dateClaim(pos, n.end + ma[0].length, year * 10000 + month * 100 + n.value, sentence) };
    }
  }
  if (!n.words && /^[\p{L}_]/u.test(text.slice(end, end + 1)) && !(figure.scale === null && penceAt(text, end, n.value)) && !unitAt(text, end) && !percentAt(text, end) && !currencySuffixAt(text, end) && !/^[x×](?![\p{L}])/u.test(text.slice(end, end + 2))) {
    return skip; // "36Kr", "3D", "4G"
  }
  if (n.words && clockTime(text, n.start, n.end)) return skip;
  if (n.words && !figure.scale) {
    // The pronoun "one" ("one founder said") is not a figure; "one mile", "one dollar" are.
    const written = text.slice(n.start, n.end).toLowerCase();
    if (written === 'one' && !unitAt(text, end) && !currencySuffixAt(text, end) && !percentAt(text, end) && !/(?:negative|minus)\s+$/i.test(text.slice(Math.max(0, pos - 10), pos))) return skip;
  }

  const d: Draft = { start: pos, end, number, halfStep, qualifier: 'exact', near: false, upper: null, season: false };
  // A second figure makes a range: "between 5 and 10", "5–10", "$5m to $10m".
  const notRange = readRange(text, pos, figure, prefix, sentence, d);
  if (notRange !== null) return { skipTo: notRange };
  if (!d.upper && !n.words) readPlusMinus(text, d);

  // What follows: percent, currency, unit.
  if (!readSuffix(text, figure, prefix, sentence, d)) return skip;
  const { currency, percent } = d;
  // Ratios: "20 times", "10x".
  RATIO_WORD.lastIndex = d.end;
  const rw = !currency && !percent && !d.unit ? RATIO_WORD.exec(text) : null;
  const isRatio = rw !== null && RATIO_WORDS.has((rw[1] as string).toLowerCase());
  if (isRatio && rw) d.end += rw[0].length;

  // "Mach 2.2", "between Mach 5 and 6": a speed as a multiple of the speed of sound.
  const mach = !currency && !percent && !d.unit && !isRatio && !n.words ? machBefore(text, pos) : null;
  if (mach !== null) {
    d.unit = MACH_UNIT;
    d.unitText = 'Mach';
    if (d.start === pos) d.start = mach;
  }
  // Qualifiers.
  if (d.qualifier !== 'range') {
    let q = qualifierBefore(text, d.start);
    // "rose 8% over 2021": the year compared with.
    if (q && !n.words && n.plainInteger && n.value >= 1900 && n.value <= 2100 && !d.unit && !currency && !percent && comparisonYear(text, sentence[0], q.text, q.start)) q = null;
    if (q) {
      d.qualifier = q.info.qualifier;
      d.near = q.info.near ?? false;
      const figureStart = d.start;
      d.start = q.start + (q.text.length - q.text.trimStart().length);
      // "less than" ending a line, the figure on the next: the claim is placed at its figure.
      if (/[\n\r\u2028\u2029]/.test(text.slice(d.start, figureStart))) d.figureStart = figureStart;
    }
    // A bound after the figure says more than "about" or "equal to" before it: "about 500 or more".
    const qa = laterBound(text, d.end, d.qualifier, !q);
    if (qa) {
      d.qualifier = qa.info.qualifier;
      d.near = qa.info.near ?? false;
      d.end = qa.end;
    } else if (!q && /^\+(?![\d])/.test(text.slice(d.end, d.end + 1))) {
      d.qualifier = 'gte';
      d.end += 1;
    }
    const neg = /(?:negative|minus)[\s\u00a0]+$/i.exec(text.slice(Math.max(0, d.start - 9), d.start));
    if (neg) {
      d.number = -d.number;
      d.start -= neg[0].length;
    }
  }

  // "a loss of ($45.10)"; "(4%)" in an earnings table.
  if ((currency && accountingNegative(text, d.start, d.end, notBefore)) || (percent && tableDecline(text, d.start, d.end))) {
    d.number = -d.number;
    if (d.upper) d.upper = { ...d.upper, number: -d.upper.number };
  }
  // "Smith, 65, said": an age; "a 6.8 quake": a magnitude.
  let age: FoundMeasure | null = null;
  if (!currency && !percent && !d.unit && !isRatio && !d.upper && !n.words && !figure.scale && d.qualifier === 'exact') {
    age = n.plainInteger ? ageAt(text, d.start, d.end, d.number) : null;
    const magnitudeEnd = age || n.plainInteger ? null : magnitudeAt(text, d.start, d.end);
    if (age) {
      d.unit = AGE_UNIT;
      d.unitText = 'years';
    } else if (magnitudeEnd !== null) {
      d.unit = MAGNITUDE_UNIT;
      d.unitText = 'magnitude';
      d.end = magnitudeEnd;
    }
  }

  // Kind and measured thing.
  const classified = classify(text, pos, figure, sentence, d, age, isRatio);
  if (!classified) return skip;
  const { kind, measure, yearSubject } = classified;
  const { start, end: stop, qualifier, near, upper, unit, unitText } = d;
  const subject = kind === 'year' ? yearSubject : subjectBefore(text, sentence[0], start);
  const claim: RawClaim = { start, end: stop, kind, number: d.number, halfStep: d.halfStep, qualifier, near, measure, subject, sentence };
  if (d.figureStart !== undefined) claim.figureStart = d.figureStart;
  if (!subject && kind !== 'year') {
    const reference = referenceBefore(text, sentence[0], start);
    if (reference) claim.reference = reference;
  }
  if (upper) {
    claim.upper = upper.number;
    claim.upperHalfStep = upper.halfStep;
  }
  if (currency) claim.currency = currency;
  if (percent) claim.percent = percent;
  if (unit) claim.unit = unit;
  if (d.per) claim.per = d.per;
  // A period after the amount is kept with the unit as written: "tonnes a year", "/hour".
  const written = unitText && d.period ? `${unitText} ${d.period}` : unitText ?? d.period;
  if (written) claim.unitText = written;
  return { claim };
}

