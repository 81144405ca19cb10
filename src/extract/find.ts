// Finds claims in a prepared document: a cheap regex pass finds figures, and only around each
// figure do we look at words (scale, currency, unit, qualifier, counted noun, subject).
import type { Kind, Qualifier } from '../schema.js';
import type { CurrencyForm } from '../data/currencies.js';
import type { UnitForm } from '../data/units.js';
import { CHANGE_WORDS, MONTHS, RATIO_WORDS, REFERENCE_WORDS } from '../data/traps.js';
import { currencyPrefixBefore, currencySuffixAt, percentAt, qualifierAfter, qualifierBefore, scaleAt, unitAt, type Affix, type PercentInfo } from './affixes.js';
import type { QualifierForm } from '../data/qualifiers.js';
import { measureAfter, measureBefore, triggerNear, type FoundMeasure } from './measure.js';
import { MONEY_WORDS, PERCENT_WORDS } from '../data/measures.js';
import { parseDigits, parseWords, type ParsedNumber } from './numbers.js';
import { sentenceAt } from './sentences.js';
import { referenceBefore, subjectBefore } from './subject.js';
import { yearEvent } from './year-event.js';
import { wordClass } from './lexicon.js';
import { alternation, SPACE, SPACE0 } from './patterns.js';
import { SUBUNIT_WORDS } from '../data/currencies.js';
import { mergeParts } from './compound.js';
import { articleOne, fractionOfOne, parseArticleOne } from './article.js';
import { asDifference, penceAt, PENNY, per100km, poweredLength } from './unit-context.js';
import { accountingNegative, ageAt, AGE_UNIT, comparisonYear, magnitudeAt, MAGNITUDE_UNIT, tableDecline } from './news-forms.js';

export interface RawClaim {
  /** Offsets in the analysed text. */
  start: number;
  end: number;
  kind: Kind;
  /** The figure as written, times scale, before unit conversion. */
  number: number;
  /** Half the rounding step, in the same terms as `number`. */
  halfStep: number;
  /** Second figure of a range, in the same terms. */
  upper?: number;
  upperHalfStep?: number;
  qualifier: Exclude<Qualifier, 'range'> | 'range';
  near: boolean;
  currency?: CurrencyForm;
  percent?: PercentInfo;
  unit?: UnitForm;
  unitText?: string;
  measure: FoundMeasure | null;
  subject: string | null;
  sentence: [number, number];
  /** Words that frame the sentence, such as a table cell's headers. */
  context?: string;
  /** A pronoun or description standing for the subject when none is named. */
  reference?: string;
}

const WORD_NUMBERS =
  'zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|half';
const AFTER_ARTICLE =
  '(?:dozen|hundred|thousand|million|billion|trillion|lakh|crore|half|quarter|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|hundredth|thousandth|millionth|billionth|trillionth|[a-z]+teenth|[a-z]+tieth|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s\\u00a0-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\\b';
/**
 * Where a figure may start. Kept free of look-behinds and Unicode classes so that it runs at
 * hundreds of MB/s; what came before the match is checked in code (`startAllowed`).
 */
const START = new RegExp(
  `[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]|[-\\u2212.](?=[0-9])|\\b(?:an?[\\s\\u00a0]+(?=${AFTER_ARTICLE})|quarter(?=[\\s\\u00a0-]+(?:thousand|million|billion|trillion|lakh|crore)\\b)|(?:${WORD_NUMBERS})\\b|(an?)[\\s\\u00a0]+(?=[a-z]{3})|point(?=[\\s\\u00a0]+\\d))`,
  'gi',
);
const LETTER_OR_DIGIT = /[\p{L}\p{N}_]/u;
const WORD_BEFORE = /[\p{L}\p{N}_'’-]/u;
const ATTACHED_CODE = /(?:^|[^A-Za-z])(?:usd|eur|gbp|cny|rmb|jpy|chf|aud|cad|hkd|inr|nzd|sgd|maud|btc)$/i;

/** A currency written onto the digits: a symbol of letters as written ("R", "RM") or one with a sign ("$US", "$A"). */
function attachedSymbol(prefix: Affix<CurrencyForm> | null): boolean {
  return prefix !== null && (prefix.info.written !== undefined || /\p{Sc}/u.test(prefix.text));
}

/** Whether a match at `pos` may start a figure; otherwise where to resume scanning. */
function startAllowed(text: string, pos: number): true | number {
  const ch = text.charCodeAt(pos);
  const prev = pos > 0 ? (text[pos - 1] as string) : '';
  const isDigitStart = (ch >= 48 && ch <= 57) || ch === 45 || ch === 0x2212 || ch === 46 || ch > 0xbc;
  if (isDigitStart) {
    if (!prev || !LETTER_OR_DIGIT.test(prev)) return true;
    if (ch >= 48 && ch <= 57 && ATTACHED_CODE.test(text.slice(Math.max(0, pos - 5), pos))) return true;
    // A symbol of letters written onto the figure: "R14,5 billion", "RM8".
    if (ch >= 48 && ch <= 57 && /(?:^|[^\p{L}])\p{Lu}\p{L}?$/u.test(text.slice(Math.max(0, pos - 3), pos)) && attachedSymbol(currencyPrefixBefore(text, pos))) return true;
    // Part of a word or code ("H800", "x2"): resume after it.
    let end = pos;
    while (end < text.length && LETTER_OR_DIGIT.test(text[end] as string)) end++;
    return Math.max(end, pos + 1);
  }
  return !prev || !WORD_BEFORE.test(prev) ? true : pos + 1;
}

const MONTH_RE = new RegExp(`(?<![\\p{L}])(${Object.keys(MONTHS).join('|')})\\.?[\\s\\u00a0]+$`, 'iu');
const MONTH_AFTER = new RegExp(`(?:st|nd|rd|th)?${SPACE}(?:of${SPACE})?(${Object.keys(MONTHS).join('|')})(?![\\p{L}])\\.?(?:,?${SPACE}(\\d{4})(?!\\d))?`, 'iuy');
// "5- to 12-metre": a hyphen left hanging before "to".
const RANGE_JOINER = new RegExp(`${SPACE0}(?:-${SPACE}(?=to[\\s\\u00a0]))?(?:(–|—|-|~)|(to|and|through)(?![\\p{L}]))${SPACE0}`, 'iuy');
/** A qualifier on the second end only: "between 3 and about 9 kg", "4 - ~6 litres". */
const SECOND_QUALIFIER = new RegExp(`(?:about|around|approximately|roughly|some|nearly|almost|~|c\\.|ca\\.)${SPACE0}(?=[\\d])`, 'iy');
/** "150.2 ± 0.5 kg": a value and its margin. */
const PLUS_MINUS = new RegExp(`${SPACE0}(?:±|\\+/-|\\+-)${SPACE0}(?=\\d)`, 'y');
/** A currency before the second end of a range: "$5m to $10m", "EUR 17bn to EUR 18bn". */
const SECOND_CURRENCY = /(?:US\$|HK\$|\$|€|£|¥|(?:USD|EUR|GBP|CNY|RMB|JPY|CHF)[\s\u00a0]?)[\s\u00a0]?/y;
const RATIO_WORD = new RegExp(`${SPACE0}([\\p{L}×]+)`, 'uy');
const YEAR_AFTER_DATE = new RegExp(`,?${SPACE}(\\d{4})(?![\\d\\p{L}])`, 'uy');

const PREV_WORD_CHAR = /[\p{L}\p{N}.#-]/u;

/** The word just before `pos`, lower-cased, skipping spaces. */
function prevWord(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && pos - end < 8 && /[\s\u00a0]/.test(text[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && end - start < 24 && PREV_WORD_CHAR.test(text[start - 1] as string)) start--;
  return text.slice(start, end).toLowerCase();
}

/** True when the characters around a digit run make it part of a name, code, version, time or phone number. */
function digitTrap(text: string, n: ParsedNumber): boolean {
  const before = text[n.start - 1] ?? '';
  const before2 = text[n.start - 2] ?? '';
  if ((before === '.' || before === ',' || before === '/' || before === ':') && /\d/.test(before2)) return true;
  if (before === '-' && /[\p{L}\d]/u.test(before2)) return true; // GPT-4, Covid-19, the "180" of a skipped "14-180"
  if (before === '#' || before === '№' || before === '^' || before === '@') return true;
  if (inEscapeSequence(text, n.start)) return true;
  const after = text.slice(n.end, n.end + 3);
  if (/^[.:/]\d/.test(after)) return true; // versions, times, dates
  if (/^(?:st|nd|rd|th)(?![\p{L}])/iu.test(after)) return true; // ordinals
  const rest = text.slice(n.end, n.end + 40);
  if (CLOCK_AFTER.test(rest) || STREET_AFTER.test(rest)) return true; // "11 a.m.", "12 Harbour Street"
  if (/^'?s(?![\p{L}])/u.test(after) && !n.fraction) return true; // decades: 1980s, 90s
  const p = prevWord(text, n.start);
  // "Section 3", "No. 5"; but a word ending the sentence before ("… in the week. 70 turbines") labels nothing.
  if (REFERENCE_WORDS.has(p)) return true;
  const lead = text.slice(Math.max(0, n.start - 16), n.start);
  if (/\bpages?\s+\d+\s+of\s+$/i.test(lead)) return true; // "page 1 of 2"
  if (/(?:©|\(c\)|copyright)\s*$/i.test(lead)) return true; // "© 2025"
  if (/\b(?:Q[1-4]|H[12]|FY|CY)\s*$/.test(lead)) return true; // "Q3 2025": a period's label
  return false;
}

/** A clock time: "11 a.m.", "9pm", "7:30 p.m." (the minutes are caught as a time already). */
const CLOCK_AFTER = /^[ \u00a0]?(?:[ap]\.m\.|[ap]m(?![\p{L}\p{N}]))/iu;
/** A street number: "12 Harbour Street", "221B Baker St". */
const STREET_AFTER = /^[A-Za-z]?[ \u00a0]+(?:\p{Lu}[\p{L}'’-]*[ \u00a0]+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Place|Square|Terrace|Way|Court|Crescent)\b/u;

/** A terminal control sequence's parameters: "ESC[2J", "ESC[1;31m". */
function inEscapeSequence(text: string, pos: number): boolean {
  let i = pos - 1;
  while (i >= 0 && pos - i < 16 && /[\d;?]/.test(text[i] as string)) i--;
  return text[i] === '[' && text[i - 1] === '\x1b';
}

/** Clock times in words: "half past eight", "quarter to nine", "eight o'clock". */
function clockTime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  return /\b(?:half|quarter)\s+(?:past|to)\s+$|\b(?:twenty|ten|five)\s+past\s+$/i.test(before) || /^\s+past\s+\w/i.test(text.slice(end, end + 8)) || /^\s*o['’]clock/i.test(text.slice(end, end + 9));
}

/** A capitalised word right before a bare figure names a product or version: "Llama 3.1", "Boeing 747". */
function productName(text: string, start: number, sentenceStart: number, end: number): boolean {
  // Quick test first: spaces, then a character that can end a word.
  let b = start - 1;
  while (b >= 0 && /[\s\u00a0]/.test(text[b] as string)) b--;
  const before = text.charCodeAt(b);
  if (b === start - 1 || !(before > 0x7f || (before >= 48 && before <= 57) || ((before | 32) >= 97 && (before | 32) <= 122))) return false;
  if (/[\p{Lo}][\s\u00a0]+$/u.test(text.slice(Math.max(0, start - 3), start))) return true; // a name in a caseless script
  const m = /(\p{Lu}[\p{L}\p{N}]*|\p{Ll}+\p{Lu}[\p{L}\p{N}]*)[\s\u00a0]+$/u.exec(text.slice(Math.max(sentenceStart, start - 30), start));
  if (!m) return false;
  const word = m[1] as string;
  const wordStart = start - m[0].length;
  const cls = wordClass(word);
  // Opening a sentence, a capital proves nothing, unless the figure ends it: a label such as "| Vela 2 |".
  if (wordStart <= sentenceStart) return cls === 'name' && /^[\s\u00a0]*(?:[|.!?:;]|$)/.test(text.slice(end, end + 3));
  return cls === 'name' || cls === 'noun';
}

interface Scanned {
  n: ParsedNumber;
  scale: Affix<number> | null;
  end: number;
  number: number;
  halfStep: number;
}

function scanNumber(text: string, pos: number): ParsedNumber | null {
  const c = text[pos] as string;
  if (/[\d.\-\u2212]/.test(c)) {
    const d = parseDigits(text, pos);
    // "2 point 4": a decimal point said aloud.
    SPOKEN_POINT.lastIndex = d?.end ?? pos;
    const sp = d && d.plainInteger ? SPOKEN_POINT.exec(text) : null;
    if (d && sp) return spokenDecimal(d.start, d.value, sp[1] as string, SPOKEN_POINT.lastIndex);
    return d;
  }
  if (c === 'p' || c === 'P') {
    // "point 35", unless it is the noun: "at one point 20 people".
    LEADING_POINT.lastIndex = pos;
    const lp = LEADING_POINT.exec(text);
    return lp && !NOT_BEFORE_POINT.has(prevWord(text, pos)) ? spokenDecimal(pos, 0, lp[1] as string, LEADING_POINT.lastIndex) : null;
  }
  const n = parseWords(text, pos);
  if (!n) return parseArticleOne(text, pos);
  // "half a mile", "three-quarters of a litre".
  const ofOne = n.fraction ? fractionOfOne(text, n.end) : null;
  if (ofOne !== null) n.end = ofOne;
  return n;
}

const SPOKEN_POINT = /[ \t\u00a0]+point[ \t\u00a0]+(\d+)(?!\d|[.,]\d)/y;
const LEADING_POINT = /point[ \t\u00a0]+(\d+)(?!\d|[.,]\d)/iy;
const NOT_BEFORE_POINT = new Set(['one', 'some', 'that', 'this', 'the', 'a', 'at', 'which', 'each', 'any', 'no', 'every', 'what', 'its', 'their', 'match', 'set', 'break', 'game']);

function spokenDecimal(start: number, whole: number, digits: string, end: number): ParsedNumber {
  return { value: Number(`${whole}.${digits}`), start, end, halfStep: 0.5 * 10 ** -digits.length, words: false, plainInteger: false, fraction: false };
}

const DECIMAL_COMMA = /,(\d{1,2})(?=[ \u00a0-]?(?:billion|million|trillion|bn|tn|mn)(?![\p{L}]))/uy;

/** Reads a figure and its scale word at `pos`. */
function readFigure(text: string, pos: number, currencyBefore: boolean): Scanned | null {
  const n = scanNumber(text, pos);
  if (!n) return null;
  let scale: Affix<number> | null = null;
  // "R14,5 billion", "$14,5-billion": a decimal comma right before a scale word.
  if (!n.words && n.plainInteger) {
    DECIMAL_COMMA.lastIndex = n.end;
    const dc = DECIMAL_COMMA.exec(text);
    if (dc) {
      const digits = dc[1] as string;
      n.value += Number(digits) / 10 ** digits.length;
      n.halfStep = 0.5 * 10 ** -digits.length;
      n.end += digits.length + 1;
      n.plainInteger = false;
    }
  }
  if (!n.words || /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty|thousand|hundred)$/i.test(text.slice(n.start, n.end).trim().split(/[\s-]+/).pop() ?? '')) {
    scale = scaleAt(text, n.end, !n.words && (currencyBefore || /^[kKmMbB](?![\p{L}\p{N}])/u.test(text.slice(n.end, n.end + 2))));
  }
  const factor = scale?.info ?? 1;
  return { n, scale, end: scale?.end ?? n.end, number: n.value * factor, halfStep: n.halfStep * factor };
}

/** Finds every claim in the analysed text. `starts` are its sentence starts. */
export function* findClaims(text: string, starts: number[]): Generator<RawClaim> {
  const start = new RegExp(START.source, START.flags);
  let previous: RawClaim | null = null;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const pos = m.index;
    // "a tonne", "an hour": one, but not "$20 an hour", where it makes a rate of the figure before.
    if (m[1] !== undefined && (!articleOne(text, pos) || (previous !== null && /^[\s\u00a0]*$/.test(text.slice(previous.end, pos))))) continue;
    const allowed = startAllowed(text, pos);
    if (allowed !== true) {
      start.lastIndex = allowed;
      continue;
    }
    const claim = readClaim(text, pos, starts, previous?.end ?? 0);
    if (claim && 'claim' in claim) {
      start.lastIndex = Math.max(claim.claim.end, pos + 1);
      if (previous) {
        const merged: RawClaim | null = mergeBounds(text, previous, claim.claim) ?? mergeParts(text, previous, claim.claim);
        if (merged) {
          previous = merged;
          continue;
        }
        yield previous;
      }
      previous = claim.claim;
    } else {
      start.lastIndex = Math.max(claim?.skipTo ?? pos + 1, pos + 1);
    }
  }
  if (previous) yield previous;
}

const BOUND_JOIN = /^[\s\u00a0]*(?:,|and|but|,[\s\u00a0]*and|&)[\s\u00a0]*$/;

/** "more than 10 and less than 40", "at most 100 and at least 20": one two-sided range. */
function mergeBounds(text: string, a: RawClaim, b: RawClaim): RawClaim | null {
  const lowerA = a.qualifier === 'gt' || a.qualifier === 'gte';
  const upperA = a.qualifier === 'lt' || a.qualifier === 'lte';
  const lowerB = b.qualifier === 'gt' || b.qualifier === 'gte';
  const upperB = b.qualifier === 'lt' || b.qualifier === 'lte';
  if (!((lowerA && upperB) || (upperA && lowerB)) || a.kind !== b.kind || a.near || b.near) return null;
  if (a.currency?.iso !== b.currency?.iso || a.percent?.unit !== b.percent?.unit || a.unit?.base !== b.unit?.base) return null;
  if (!BOUND_JOIN.test(text.slice(a.end, b.start))) return null;
  const [lo, hi] = lowerA ? [a, b] : [b, a];
  if (hi.number <= lo.number) return null;
  return { ...a, end: b.end, number: lo.number, halfStep: 0, upper: hi.number, upperHalfStep: 0, qualifier: 'range', measure: a.measure ?? b.measure };
}

const OVERFLOW = /[-\u2212]?[\d.,]+\s?[x×*]\s?10\s?\^?\s?[-+\u2212⁺⁻]?[\d⁰¹²³⁴⁵⁶⁷⁸⁹]+/y;

/** "20m of its handsets": millions of something, not metres. */
const PART_OF = /^[ \u00a0]+of[ \u00a0]+(?:its|their|the|his|her|our|those|these)[ \u00a0]/i;

const POUND_STERLING: CurrencyForm = { iso: 'GBP' };

type ReadResult = { claim: RawClaim } | { skipTo: number } | null;

/** Sentences longer than this around a figure are cut to a window, so one-line files stay linear. */
const SENTENCE_WINDOW = 400;

function readClaim(text: string, pos: number, starts: number[], notBefore: number): ReadResult {
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
  if (!n.words && digitTrap(text, n)) return { skipTo: Math.max(n.end, nextNonDigit(text, n.end)) };
  let end = figure.end;
  let number = figure.number;
  let halfStep = figure.halfStep;

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

  // A second figure makes a range: "between 5 and 10", "5–10", "$5m to $10m".
  let upper: Scanned | null = null;
  /** "2019-20": a season or fiscal year. */
  let season = false;
  let qualifier: RawClaim['qualifier'] = 'exact';
  let near = false;
  let start = pos;
  const opener = /(?:between|from)[\s\u00a0]+$/i.exec(text.slice(Math.max(0, pos - 12 - (prefix ? prefix.text.length : 0)), prefix ? prefix.start : pos));
  // "12% to 13%", "1,700 hectares and 2,600 hectares", "74 billion yuan to 120 billion yuan": the
  // first end may carry the same sign, unit or currency as the second.
  const sharedSuffix = JOINER_AHEAD.test(text.slice(end, end + 40)) ? suffixAt(text, end, figure.scale !== null) : null;
  RANGE_JOINER.lastIndex = sharedSuffix ? sharedSuffix.end : end;
  const j = RANGE_JOINER.exec(text);
  if (j) {
    const isAnd = j[2]?.toLowerCase() === 'and';
    const isTo = j[2] !== undefined && !isAnd;
    const isDash = j[1] !== undefined;
    const secondStart = j.index + j[0].length;
    let at = secondStart;
    SECOND_CURRENCY.lastIndex = at;
    const cpm = SECOND_CURRENCY.exec(text);
    if (cpm) at += cpm[0].length;
    SECOND_QUALIFIER.lastIndex = at;
    const sq = SECOND_QUALIFIER.exec(text);
    if (sq) at += sq[0].length;
    // After "rose", "5 to 10" is a move from one figure to another; "1.3% to 2%", both ends with the same
    // sign or unit and no "from", is a range of the rise.
    const changed = isTo && changeBefore(text, opener ? pos - opener[0].length : pos, sentence[0]);
    const ok = (isAnd && opener) || isDash || (isTo && (!changed || (sharedSuffix !== null && !/from/i.test(opener?.[0] ?? ''))));
    if (ok && /[\d]|^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand)/i.test(text.slice(at, at + 10))) {
      const second = readFigure(text, at, prefix !== null || cpm !== null);
      const secondSuffix = second && sharedSuffix ? suffixAt(text, second.end, second.scale !== null) : null;
      if (second && sharedSuffix && secondSuffix?.key !== sharedSuffix.key) {
        /* "12% to 13 people": not a range */
      } else if (second && !(isDash && text[second.n.end] === '-')) {
        let lowNumber = figure.number;
        let lowHalf = figure.halfStep;
        if (!figure.scale && second.scale) {
          lowNumber = n.value * second.scale.info;
          lowHalf = n.halfStep * second.scale.info;
        }
        // Year spans like 2020-21 read the short end in the same century.
        let high = second.number;
        if (n.plainInteger && n.value >= 1800 && n.value <= 2100 && second.n.plainInteger && second.n.value < 100 && isDash) {
          high = Math.floor(n.value / 100) * 100 + second.n.value;
          season = high === n.value + 1;
        }
        if (high > lowNumber) {
          upper = { ...second, number: high };
          number = lowNumber;
          halfStep = lowHalf;
          end = second.end;
          qualifier = 'range';
          if (opener) start = (prefix ? prefix.start : pos) - opener[0].length;
        }
      } else if (isDash && second) {
        return { skipTo: second.end };
      }
    }
  }

  PLUS_MINUS.lastIndex = end;
  const pm = !upper && !n.words ? PLUS_MINUS.exec(text) : null;
  const margin = pm ? readFigure(text, end + pm[0].length, false) : null;
  if (margin && !margin.scale && margin.number > 0 && margin.number < Math.abs(number)) {
    upper = { ...margin, number: number + margin.number };
    number -= margin.number;
    end = margin.end;
    qualifier = 'range';
  }

  // What follows: percent, currency, unit.
  let currency: CurrencyForm | undefined = prefix?.info;
  if (prefix) start = Math.min(start, prefix.start);
  // "-$5 million": a sign before the symbol.
  if (prefix && !upper && number > 0 && /^[-\u2212]$/.test(text[start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[start - 2] ?? '')) {
    number = -number;
    start -= 1;
  }
  // "RM 8 and 50 sen", "$12 and 15 cents": a named subunit after an amount with its symbol before.
  if (prefix && !upper && !figure.scale) {
    const cents = subunitAt(text, end, prefix.info, true);
    if (cents) {
      number += cents.value;
      halfStep = 0.005;
      end = cents.end;
    }
  }
  let percent: PercentInfo | undefined;
  let unit: UnitForm | undefined;
  let unitText: string | undefined;
  const pct = percentAt(text, end);
  if (!currency && !figure.scale && !n.words && penceAt(text, end, n.value)) {
    currency = PENNY;
    end += 1;
  } else if (pct && !currency) {
    percent = pct.info;
    end = pct.end;
  } else {
    const cs = currencySuffixAt(text, end, figure.scale !== null || (upper?.scale ?? null) !== null);
    if (cs && (!currency || currency.assumed)) {
      currency = cs.info;
      end = cs.end;
      // "75 USD million": a scale after the currency.
      const late = !figure.scale && !upper ? scaleAt(text, end, false) : null;
      if (late) {
        number *= late.info;
        halfStep *= late.info;
        end = late.end;
      }
      // "15 dollars 50", "3 dollars 50 cents", "thirteen dollars and forty-five cents".
      const cents = subunitAt(text, end, currency);
      if (cents) {
        number += cents.value;
        halfStep = 0.005;
        end = cents.end;
      }
    } else if (!currency) {
      const u = unitAt(text, end);
      // After "m" or "bn" a unit must be a word of its own: "4.5m tonnes", not the "m" of "5m".
      if (u && (!(figure.scale && /^[kKmMbB]$/.test(figure.scale.text)) || /^[\s\u00a0]+\p{L}{2,}/u.test(u.text))) {
        // "8-bit", "64-bit": the name of a format; "a one-day loss", "a one-week high": an adjective, not a duration.
        if (/^-bits?$/i.test(u.text) || (n.words && n.value === 1 && /^-(?:day|night|week)$/i.test(u.text))) return skip;
        // "3 pounds 20 pence": pounds sterling after all.
        const pence = /^[\s\u00a0]+pounds?$/i.test(u.text) ? subunitAt(text, u.end, POUND_STERLING, true) : null;
        if (pence && /^(?:pence|p)$/i.test(text.slice(pence.end - 5, pence.end).trim().split(/\s/).pop() ?? '')) {
          currency = POUND_STERLING;
          number += pence.value;
          halfStep = 0.005;
          end = pence.end;
        } else {
        const compound = compoundUnitAt(text, u.end, u.info, sentence);
        unit = asDifference(compound.unit, prevWord(text, start));
        unitText = text.slice(u.start, compound.end).replace(/^[\s\u00a0-]+/, '');
        end = compound.end;
        if (compound.add) number += compound.add / unit.factor;
        }
      }
    }
  }
  if (!currency && !percent && !unit && figure.scale?.text === 'm' && !prefix && !upper) {
    // "5m" alone is metres unless a count follows ("5m users").
    const after = measureAfter(text, figure.scale.end, sentence[1], false);
    const metres = unitAt(text, figure.n.end);
    if (metres && (!after || !/s$/i.test(after.noun)) && !PART_OF.test(text.slice(figure.scale.end, figure.scale.end + 24))) {
      unit = metres.info;
      unitText = 'm';
      number = n.value;
      halfStep = n.halfStep;
    }
  }
  // Ratios: "20 times", "10x".
  RATIO_WORD.lastIndex = end;
  const rw = !currency && !percent && !unit ? RATIO_WORD.exec(text) : null;
  const isRatio = rw !== null && RATIO_WORDS.has((rw[1] as string).toLowerCase());
  if (isRatio && rw) end += rw[0].length;

  // Qualifiers.
  if (qualifier !== 'range') {
    let q = qualifierBefore(text, start);
    // "rose 8% over 2021": the year compared with.
    if (q && !n.words && n.plainInteger && n.value >= 1900 && n.value <= 2100 && !unit && !currency && !percent && comparisonYear(text, sentence[0], q.text, q.start)) q = null;
    if (q) {
      qualifier = q.info.qualifier;
      near = q.info.near ?? false;
      start = q.start + (q.text.length - q.text.trimStart().length);
    }
    // A bound after the figure says more than "about" or "equal to" before it: "about 500 or more".
    const qa = laterBound(text, end, qualifier, !q);
    if (qa) {
      qualifier = qa.info.qualifier;
      near = qa.info.near ?? false;
      end = qa.end;
    } else if (!q && /^\+(?![\d])/.test(text.slice(end, end + 1))) {
      qualifier = 'gte';
      end += 1;
    }
    const neg = /(?:negative|minus)[\s\u00a0]+$/i.exec(text.slice(Math.max(0, start - 9), start));
    if (neg) {
      number = -number;
      start -= neg[0].length;
    }
  }

  // "a loss of ($45.10)"; "(4%)" in an earnings table.
  if ((currency && accountingNegative(text, start, end, notBefore)) || (percent && tableDecline(text, start, end))) {
    number = -number;
    if (upper) upper = { ...upper, number: -upper.number };
  }
  // "Smith, 65, said": an age; "a 6.8 quake": a magnitude.
  let age: FoundMeasure | null = null;
  if (!currency && !percent && !unit && !isRatio && !upper && !n.words && !figure.scale && qualifier === 'exact') {
    age = n.plainInteger ? ageAt(text, start, end, number) : null;
    const magnitudeEnd = age || n.plainInteger ? null : magnitudeAt(text, start, end);
    if (age) {
      unit = AGE_UNIT;
      unitText = 'years';
    }
    else if (magnitudeEnd !== null) {
      unit = MAGNITUDE_UNIT;
      unitText = 'magnitude';
      end = magnitudeEnd;
    }
  }

  // Kind and measured thing.
  let kind: Kind;
  let measure: FoundMeasure | null = null;
  let yearSubject: string | null = null;
  const limit = sentence[1];
  if (currency) {
    kind = 'money';
    // A sum's meaning is often stated once for the sentence: "to train R1 … using 2,048 chips and $5.6 million".
    measure =
      measureAfter(text, end, limit, false) ??
      triggerNear(MONEY_WORDS, text, sentence[0], limit, start) ??
      measureBefore(text, sentence[0], start) ??
      triggerNear(MONEY_WORDS, text, sentence[0], limit, start, true);
  } else if (percent) {
    kind = 'percent';
    measure = measureAfter(text, end, limit, true);
    if (!measure) {
      // "revenue rose 38%": what rose, rather than the rising.
      const trigger = triggerNear(PERCENT_WORDS, text, sentence[0], limit, start);
      const before = trigger && !CHANGE_WORDS.has(trigger.noun.toLowerCase()) ? null : measureBefore(text, sentence[0], start);
      measure = before && before.lemma !== trigger?.lemma && wordClass(before.noun) !== 'verb' && !CHANGE_WORDS.has(before.noun.toLowerCase()) ? before : trigger ?? before;
    }
    // "a margin of 15.9%, while Drives lagged at 8.1%": a named subject in its own clause shares the
    // sentence's measure word. Without a name the figure may be something else entirely.
    if (!measure && subjectBefore(text, sentence[0], start)) measure = triggerNear(PERCENT_WORDS, text, sentence[0], limit, start, true);
  } else if (unit) {
    kind = 'quantity';
    // "a train every three minutes": the interval between events.
    const old = unit.dimension === 'time' ? /^-old(?![\p{L}-])/u.exec(text.slice(end, end + 5)) : null;
    if (age) measure = age;
    else if (unit.dimension === 'time' && prevWord(text, start) === 'every') measure = { noun: 'every', lemma: 'interval', modifiers: [], end };
    // "the 24-year-old striker": an age.
    else if (old) {
      end += old[0].length;
      measure = { noun: 'old', lemma: 'age', modifiers: [], end };
    } else measure = measureAfter(text, end, limit, true) ?? measureBefore(text, sentence[0], start);
  } else if (isRatio || (n.fraction && !figure.scale)) {
    kind = 'ratio';
    measure = isRatio ? null : measureAfter(text, end, limit, true);
  } else {
    const isYearShape = !n.words && n.plainInteger && n.value >= 1800 && n.value <= 2100 && !figure.scale && qualifier !== 'approx' && qualifier !== 'gt' && qualifier !== 'lt';
    const pluralAfter = /^[\s\u00a0]+\p{Ll}+s(?![\p{L}])/u.test(text.slice(end, end + 30));
    const cue = prevWord(text, start);
    // "its 2019 accounts", "the 2024 season": a year that dates the noun after it.
    const datesNoun = /^(?:in|since|by|during|until|till|before|after|its|their|his|her|our|my|your|the|this|that|whose)$/.test(cue) && n.value >= 1900 && n.value <= 2099;
    if (isYearShape && (!pluralAfter || datesNoun || season)) {
      kind = 'year';
      const event = yearEvent(text, sentence, start, end);
      if (event) {
        measure = event.measure;
        yearSubject = event.subject;
      } else if (DEADLINE.test(text.slice(Math.max(sentence[0], start - 24), start))) {
        // "by the end of 2027": when something is due; what is due comes from the sentence's figures.
        measure = { noun: 'by', lemma: 'deadline', modifiers: [], end };
        yearSubject = subjectBefore(text, sentence[0], start);
      }
    } else {
      kind = 'count';
      // "a book-to-bill ratio of 1.17": a ratio, whatever follows.
      const ratioBefore = /\bratio\s+(?:of|at|was|is|stood at|reached)\s+$/i.test(text.slice(Math.max(0, start - 24), start));
      measure = ratioBefore ? null : measureAfter(text, end, limit, true);
      // "Boeing 737", "IFRS 16 rules": a bare figure right after a name names a model or a standard.
      if (!n.words && (!measure || n.plainInteger) && productName(text, pos, sentence[0], end) && !figure.scale && (qualifier === 'exact' || (qualifier === 'range' && /^\d+-\d+(?![\d.,])/.test(text.slice(pos, pos + 16))))) return skip;
      // "a headcount of 18,480": the noun just before names what is counted.
      if (!measure) {
        const before = measureBefore(text, sentence[0], start);
        if (before && wordClass(before.noun) === 'noun' && start - text.lastIndexOf(before.noun, start) < 24) measure = before;
        // "a book-to-bill ratio of 1.17"
        if (measure && /^(?:ratio|multiple)$/.test(measure.lemma)) kind = 'ratio';
      }
      if (measure) {
        end = Math.max(end, measure.end);
        // "250 employees or more": a bound after the counted noun.
        const qa = laterBound(text, end, qualifier, qualifier === 'exact');
        if (qa) {
          qualifier = qa.info.qualifier;
          near = qa.info.near ?? false;
          end = qa.end;
        }
      }
    }
  }
  const subject = kind === 'year' ? yearSubject : subjectBefore(text, sentence[0], start);
  const claim: RawClaim = { start, end, kind, number, halfStep, qualifier, near, measure, subject, sentence };
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
  if (unit) {
    claim.unit = unit;
    if (unitText) claim.unitText = unitText;
  }
  return { claim };
}

interface Suffix {
  end: number;
  /** What it names: two suffixes with equal keys name the same sign, unit or currency. */
  key: string;
}

/** Words before a year that make it a deadline: "by 2028", "by the end of 2027". */
const DEADLINE = /\bby(?:\s+the\s+(?:end|start|middle)\s+of)?\s+$/i;

/** A range joiner within reach after a figure and its suffix: only then is the suffix worth reading. */
const JOINER_AHEAD = /^[^.;!?\n]{0,30}?(?:[\s\u00a0](?:to|and|through)[\s\u00a0]|[–—~-])/i;

/** A percent sign, unit or currency written right after a figure, for reading ranges whose ends both carry it. */
function suffixAt(text: string, pos: number, scaled: boolean): Suffix | null {
  const pct = percentAt(text, pos);
  if (pct) return { end: pct.end, key: `%${pct.info.unit}` };
  const cur = currencySuffixAt(text, pos, scaled);
  if (cur) return { end: cur.end, key: `$${cur.info.iso}` };
  const unit = unitAt(text, pos);
  if (unit && (/^[\s\u00a0]/.test(unit.text) || /^\p{L}{2,}$/u.test(unit.text))) return { end: unit.end, key: `u${unit.info.dimension}:${unit.info.factor}` };
  return null;
}

const SUBUNIT = new RegExp(`(?:${SPACE}and)?${SPACE}(\\d{1,2}|[a-z]+(?:[ -][a-z]+)?)(?:${SPACE}(${alternation([...SUBUNIT_WORDS, 'p'])}))?(?![\\p{L}\\p{N}])`, 'iuy');

/** The cents after a whole amount: " 50", " and forty-five cents". */
function subunitAt(text: string, pos: number, currency: CurrencyForm, named = false): { value: number; end: number } | null {
  if ((currency.factor ?? 1) !== 1) return null;
  SUBUNIT.lastIndex = pos;
  const m = SUBUNIT.exec(text);
  if (!m || (named && !m[2])) return null;
  const raw = m[1] as string;
  const parsed = /^\d/.test(raw) ? { value: Number(raw), end: 0 } : parseWords(raw, 0);
  if (!parsed || parsed.value >= 100 || parsed.value <= 0 || !Number.isInteger(parsed.value)) return null;
  if (!/^\d/.test(raw) && (parsed as ParsedNumber).end !== raw.length) return null;
  // A bare trailing number must end the phrase; otherwise it is probably another figure.
  const rest = text.slice(pos + m[0].length, pos + m[0].length + 6);
  // A bare trailing "50" must end the phrase: in "and 3.5bn" it begins another figure.
  if (!m[2] && !/^[\s\u00a0]*(?:[.,;:!?)](?!\d)|$|more\b|less\b)/u.test(rest)) return null;
  return { value: parsed.value / 100, end: pos + m[0].length };
}

const PER = new RegExp(`${SPACE0}(?:per|/|an?)${SPACE0}`, 'iy');
const SMALLER_PART = new RegExp(`(?:${SPACE}and)?${SPACE}(\\d{1,2}(?:\\.\\d+)?)`, 'y');
const INCHES_AFTER_FEET = /[ \t\u00a0]+in(?![\p{L}\p{N}])/uy;
const TEMPERATURE_CUES = /temperat|weather|hot|cold|warm|heat|cool|boil|freez|melt|fever|thermo|°/i;

/**
 * Compound units: "50 meters per millisecond" (a speed), "5 feet 2 inches" (one length),
 * and "24 degrees" in a sentence about temperature.
 */
function compoundUnitAt(text: string, pos: number, unit: UnitForm, sentence: [number, number]): { unit: UnitForm; end: number; add?: number } {
  if (unit.dimension === 'volume') return per100km(text, pos, unit) ?? { unit, end: pos };
  if (unit.dimension === 'length') {
    const powered = poweredLength(text, pos, unit);
    if (powered) return powered;
    PER.lastIndex = pos;
    const per = PER.exec(text);
    if (per) {
      const denominator = unitAt(` ${text.slice(per.index + per[0].length, per.index + per[0].length + 24)}`, 0);
      if (denominator && denominator.info.dimension === 'time') {
        const consumed = denominator.text.replace(/^[\s\u00a0-]+/, '').length;
        return { unit: { dimension: 'speed', base: 'm/s', factor: unit.factor / denominator.info.factor }, end: per.index + per[0].length + consumed };
      }
    }
    if (unit.factor === 0.3048) {
      SMALLER_PART.lastIndex = pos;
      const small = SMALLER_PART.exec(text);
      if (small) {
        const at = small.index + small[0].length;
        const inches = unitAt(text, at);
        if (inches && inches.info.factor === 0.0254) return { unit, end: inches.end, add: Number(small[1]) * 0.0254 };
        // After feet, a spaced "in" is inches, not the preposition: "6 ft 2 in".
        INCHES_AFTER_FEET.lastIndex = at;
        const spaced = INCHES_AFTER_FEET.exec(text);
        if (spaced) return { unit, end: at + spaced[0].length, add: Number(small[1]) * 0.0254 };
      }
    }
  }
  if (unit.dimension === 'angle' && unit.factor === Math.PI / 180 && TEMPERATURE_CUES.test(text.slice(sentence[0], sentence[1]))) {
    const named = unitAt(text, pos);
    if (named && named.info.dimension === 'temperature') return { unit: named.info, end: named.end };
    return { unit: { dimension: 'temperature', base: 'degC', factor: 1 }, end: pos };
  }
  return { unit, end: pos };
}

function nextNonDigit(text: string, pos: number): number {
  const re = /[\d.,:/\-]*/y;
  re.lastIndex = pos;
  const m = re.exec(text);
  return pos + (m ? m[0].length : 0);
}

/**
 * A qualifier written after the figure (or after the noun a count counts) where it says more than the
 * one already read: any, when `approxToo`, else only a bound ("or more"), never a second "about".
 */
function laterBound(text: string, end: number, qualifier: RawClaim['qualifier'], approxToo: boolean): Affix<QualifierForm> | null {
  if (qualifier !== 'exact' && qualifier !== 'approx') return null;
  const qa = qualifierAfter(text, end);
  return qa && (approxToo || qa.info.qualifier !== 'approx') ? qa : null;
}

function changeBefore(text: string, pos: number, sentenceStart: number): boolean {
  const words = text.slice(Math.max(sentenceStart, pos - 30), pos).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.slice(-3).some((w) => CHANGE_WORDS.has(w));
}

function dateClaim(start: number, end: number, value: number, sentence: [number, number]): RawClaim {
  return { start, end, kind: 'date', number: value, halfStep: 0, qualifier: 'exact', near: false, measure: null, subject: null, sentence };
}
