// Finds claims in a prepared document: a cheap regex pass finds figures, and only around each
// figure do we look at words (scale, currency, unit, qualifier, counted noun, subject).
import type { CurrencyForm } from '../data/currencies.js';
import { currencyPrefixBefore, type Affix } from './affixes.js';
import { mergeParts } from './compound.js';
import { articleOne } from './article.js';
import { readClaim } from './read-claim.js';
import { ORDINAL_WORDS_SOURCE, ordinalCount } from './ordinals.js';
import type { RawClaim } from './raw-claim.js';

const WORD_NUMBERS =
  'zero|nought|naught|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozen|half';
const AFTER_ARTICLE =
  '(?:dozen|hundred|thousand|million|billion|trillion|lakh|crore|half|quarter|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|hundredth|thousandth|millionth|billionth|trillionth|[a-z]+teenth|[a-z]+tieth|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\\s\\u00a0-]+(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth))\\b';
/**
 * Where a figure may start. Kept free of look-behinds and Unicode classes so that it runs at
 * hundreds of MB/s; what came before the match is checked in code (`startAllowed`).
 */
const START = new RegExp(
  `[0-9½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅐⅛⅜⅝⅞⅑⅒]|[-\\u2212.](?=[0-9])|\\b(?:an?[\\s\\u00a0]+(?=${AFTER_ARTICLE})|quarter(?=[\\s\\u00a0-]+(?:thousand|million|billion|trillion|lakh|crore)\\b)|(?:${WORD_NUMBERS})\\b|(an?)[\\s\\u00a0]+(?=[a-z]{3})|point(?=[\\s\\u00a0]+\\d)|(${ORDINAL_WORDS_SOURCE})(?=[\\s\\u00a0]))`,
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

/** A cheap test before reading an ordinal: digits with "st", "nd", "rd" or "th" ("9th"), or a tens word and a hyphen ("twenty-first"). */
function mayBeOrdinal(text: string, pos: number, matched: string): boolean {
  const c = text.charCodeAt(pos);
  if (c >= 48 && c <= 57) {
    let i = pos + 1;
    while (i < pos + 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    const next = text.charCodeAt(i) | 32;
    return next === 115 || next === 110 || next === 114 || next === 116;
  }
  return matched.endsWith('ty') && text.charCodeAt(pos + matched.length) === 45;
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
    // "its fourth landing", "for the 3rd time": an ordinal that counts.
    if (m[2] !== undefined || mayBeOrdinal(text, pos, m[0])) {
      const ordinal = ordinalCount(text, pos, starts);
      if (ordinal) {
        if (previous) yield previous;
        previous = ordinal;
        start.lastIndex = ordinal.end;
        continue;
      }
      if (m[2] !== undefined) continue;
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

