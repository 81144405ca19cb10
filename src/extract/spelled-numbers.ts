// Reads a number written in words ("one million", "twenty-five", "half a million", "five point five") and
// the words that complete a figure in digits ("3 dozen", "3 and a half million").
import type { ParsedNumber } from './numbers.js';
import { alternation } from './patterns.js';
import { COUNTED_GROUP_WORDS, FRACTION_ONLY_WORDS, GROUP_WORDS, ORDINAL_CONTEXT_WORDS, ORDINAL_VALUES, PART_BEFORE_HALF, SCALE_WORDS, TENS_WORDS, UNIT_WORDS, VULGAR_FRACTIONS } from '../data/number-words.js';
import { skipSpace, tokenize, wordAfter, type Token } from './number-tokens.js';
import { denominatorFor, integerStep, ordinalFollows, readCardinal, readDecimals, readFraction, readScaleTail, scaledHalfStep, type Cardinal, type Fraction } from './number-grammar.js';
import { parseDigits, vulgarAt } from './digits.js';
import { ratioAfter } from './ratios.js';

function words(start: number, end: number, value: number, halfStep: number, fraction: boolean): ParsedNumber {
  return { value, start, end, halfStep, words: true, plainInteger: false, fraction };
}

/** A fraction with an optional scale after it: "two thirds", "three quarters billion", "half a million". */
function fractionWords(toks: readonly Token[], f: Fraction): ParsedNumber {
  const start = (toks[0] as Token).start;
  const tail = readScaleTail(toks, f.next, true);
  if (tail) return words(start, (toks[tail.next - 1] as Token).end, f.value * tail.scale, scaledHalfStep(tail.scale), false);
  return words(start, (toks[f.next - 1] as Token).end, f.value, 0, true);
}

/**
 * A whole number and a fraction joined by "and": "three and a half", "five and a half million",
 * "one million and a half", "one billion and a quarter million". Null when they cannot combine.
 */
function mixedWords(toks: readonly Token[], card: Cardinal, whole: number, f: Fraction): ParsedNumber | null {
  const start = (toks[0] as Token).start;
  const tail = readScaleTail(toks, f.next, false);
  let value: number;
  let scale = 1;
  if (card.last === 'scale' || card.last === 'group') {
    if (tail && tail.scale >= card.multiplier) return null;
    scale = tail ? tail.scale : card.multiplier;
    value = whole + f.value * scale;
  } else if (tail && card.smallestScale === Infinity) {
    scale = tail.scale;
    value = (whole + f.value) * scale;
  } else {
    value = whole + f.value;
  }
  const last = tail && scale === tail.scale ? tail.next - 1 : f.next - 1;
  return words(start, (toks[last] as Token).end, value, scaledHalfStep(scale), scale === 1);
}

/** What may follow an integer in words: a decimal, a denominator, "and" a fraction, a ratio, or nothing. */
function afterCardinal(text: string, toks: readonly Token[], card: Cardinal | null): ParsedNumber | null {
  if (!card) return null;
  const start = (toks[0] as Token).start;
  const j = card.next;
  const t = toks[j];
  const simple = card.smallestScale === Infinity && card.last !== 'group' && card.last !== 'article';
  if (t?.lex.kind === 'point' && simple) {
    // "five point five", "nought point nought three", "one point two million"
    const d = readDecimals(toks, j + 1);
    if (d) {
      const tail = readScaleTail(toks, d.next, false);
      const scale = tail && tail.scale >= 1000 ? tail.scale : 1;
      const value = Number(`${card.value}.${d.digits}`) * scale;
      const last = scale > 1 && tail ? tail.next - 1 : d.next - 1;
      return words(start, (toks[last] as Token).end, value, 0.5 * 10 ** -d.digits.length * scale, false);
    }
  }
  if (simple) {
    // "two thirds", "one twenty-fifth", "twenty-three fifths"
    const f = denominatorFor(toks, card.value, j);
    if (f) return fractionWords(toks, f);
  }
  if (ordinalFollows(toks, card, j)) return null;
  if (t?.lex.kind === 'and') {
    const f = readFraction(toks, j + 1);
    const mixed = f ? mixedWords(toks, card, card.value, f) : null;
    if (mixed) return mixed;
    if (!f && (card.last === 'unit' || card.last === 'tens')) {
      // "twenty and three and three fifths": the middle figure fills the first one's last digit
      const more = readCardinal(toks, j + 1, false);
      if (more && more.value < integerStep(card.value) && toks[more.next]?.lex.kind === 'and') {
        const f2 = readFraction(toks, more.next + 1);
        const mixed2 = f2 ? mixedWords(toks, more, card.value + more.value, f2) : null;
        if (mixed2) return mixed2;
      }
    }
  }
  const end = (toks[j - 1] as Token).end;
  const ratio = ratioAfter(text, end, card.value);
  if (ratio) return words(start, ratio.end, card.value / ratio.value, 0, true);
  return words(start, end, card.value, integerStep(card.value) / 2, false);
}

/** "a dozen", "a million and a half", "a third", "a quarter million", "a twenty-first". */
function afterArticle(text: string, toks: readonly Token[]): ParsedNumber | null {
  const kind = toks[1]?.lex.kind;
  if (kind === 'hundred' || kind === 'scale' || kind === 'group') return afterCardinal(text, toks, readCardinal(toks, 0, true));
  const f = readFraction(toks, 0);
  if (!f) return null;
  const den = (toks[f.denominator] as Token).lex;
  // "a third term", "a fifth consecutive year": a rank
  if (den.rank && !readScaleTail(toks, f.next, true) && ORDINAL_CONTEXT_WORDS.has(wordAfter(text, (toks[f.denominator] as Token).end))) return null;
  return fractionWords(toks, f);
}

/**
 * Parses number words at `pos`: "one million", "twenty-five", "a dozen", "one-tenth", "half a million",
 * "three quarters", "five point five", "three and a half", "one in five", "⅔". "3 hundred" is handled by the
 * caller as digits plus a scale. Vague plurals ("hundreds of"), ranks ("third", "twenty-first") and "a" alone give null.
 */
export function parseWords(text: string, pos: number): ParsedNumber | null {
  if (text.charCodeAt(pos) >= 0x80 && vulgarAt(text, pos) !== null) return parseDigits(text, pos);
  if (partOfName(text, pos) || partOfWhole(text, pos) || someDay(text, pos)) return null;
  const toks = tokenize(text, pos);
  const first = toks[0]?.lex;
  if (!first) return null;
  switch (first.kind) {
    case 'unit':
    case 'tens':
      return afterCardinal(text, toks, readCardinal(toks, 0, false));
    case 'article':
      return afterArticle(text, toks);
    case 'ordinal': {
      // "half", "half a million", "quarter million"; never "third" or "quarter" alone
      const f = first.rank ? null : readFraction(toks, 0);
      if (!f) return null;
      const result = fractionWords(toks, f);
      return first.value === 2 || !result.fraction ? result : null;
    }
    default:
      return null;
  }
}

const CAPITALISED = /\p{Lu}\p{Ll}/uy;
const MID_SENTENCE_BEFORE = /[\p{L}\p{N},][ \t\u00a0]+$/u;

/**
 * A capitalised number word inside a sentence is part of a name: "the Six Nations", "Channel Four". In a
 * headline, where every longer word is capitalised ("Crew Of Three Hundred Returns Home"), it is a number.
 */
function partOfName(text: string, pos: number): boolean {
  CAPITALISED.lastIndex = pos;
  return CAPITALISED.test(text) && MID_SENTENCE_BEFORE.test(text.slice(Math.max(0, pos - 4), pos)) && !inHeadline(text, pos);
}

const HEADLINE_WORD = /\p{L}[\p{L}'’-]*/gu;
/** Short words a headline may leave in lower case. */
const MINOR_WORD = /^(?:a|an|and|as|at|but|by|for|from|in|into|of|off|on|onto|or|over|per|the|to|up|via|with|vs)$/;

/** Whether the line around `pos` is written in title case: at least four words, every major one capitalised. */
function inHeadline(text: string, pos: number): boolean {
  const from = text.lastIndexOf('\n', pos) + 1;
  let to = text.indexOf('\n', pos);
  if (to < 0) to = text.length;
  if (to - from > 160) return false;
  const line = text.slice(from, to);
  let major = 0;
  for (const [w] of line.matchAll(HEADLINE_WORD)) {
    if (MINOR_WORD.test(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    major++;
  }
  return major >= 4;
}

const ONE_DAY = /[Oo]ne[ \t\u00a0]+day(?:[ \t\u00a0]*,|[ \t\u00a0]+(?:i|you|he|she|it|we|they|the|a|an|this|that|his|her|its|our|their|my|your|\p{Lu}\p{L}*)(?![\p{L}\p{N}]))/uy;
const MODAL_BEFORE = /\b(?:will|would|could|might|may|can|should|must|shall|to|hope|hopes|hoped|dream|dreams)[ \t\u00a0]+$/i;

/** "One day she will ...", "will one day lead": "at some time", not a day's length. */
function someDay(text: string, pos: number): boolean {
  if ((text[pos] ?? '').toLowerCase() !== 'o') return false;
  const capital = text[pos] === 'O';
  ONE_DAY.lastIndex = pos;
  if (capital && /(?:^|[.!?:;"“'‘(])[\s\u00a0"“'‘(]*$/.test(text.slice(Math.max(0, pos - 4), pos)) && ONE_DAY.test(text)) return true;
  return /^one[ \t\u00a0]+day(?![\p{L}\p{N}])/iu.test(text.slice(pos, pos + 8)) && MODAL_BEFORE.test(text.slice(Math.max(0, pos - 12), pos));
}

const HALF = /half(?![\p{L}\p{N}-])/iuy;

/** "the first half", "the second half": a part of a whole, a period or a game, not one half. */
function partOfWhole(text: string, pos: number): boolean {
  HALF.lastIndex = pos;
  if (!HALF.test(text)) return false;
  const before = /([\p{L}]+)[ \t\u00a0-]+$/u.exec(text.slice(Math.max(0, pos - 16), pos));
  return before !== null && PART_BEFORE_HALF.has((before[1] as string).toLowerCase());
}

// ---------------------------------------------------------------------------------------------- start words

const NOT_IN_WORD = '(?![\\p{L}\\p{N}])';
const GAP = '[\\s\\u00a0-]+';
const bigScales = Object.entries(SCALE_WORDS).filter(([w, v]) => v > 100 && !w.endsWith('s')).map(([w]) => w);
const articleTargets = [
  ...Object.keys(SCALE_WORDS).filter((w) => !w.endsWith('s')),
  ...Object.keys(GROUP_WORDS).filter((w) => !w.endsWith('s') && !COUNTED_GROUP_WORDS.has(w)),
  ...Object.keys(FRACTION_ONLY_WORDS).filter((w) => !w.endsWith('s')),
  ...Object.entries(ORDINAL_VALUES).filter(([, v]) => v > 2).map(([w]) => w),
];
const ordinalUnits = Object.entries(ORDINAL_VALUES).filter(([, v]) => v < 10).map(([w]) => w);
/** Words that start a number on their own; "nil" is left out, as it is rarely an amount in running text. */
const startWords = [...Object.keys(UNIT_WORDS).filter((w) => w !== 'nil'), ...Object.keys(TENS_WORDS), 'dozen', 'half'];

/**
 * A regular expression source (for the `iu` flags) that matches where `parseWords` may find a number: a number
 * word, "quarter" before a scale ("quarter million"), or "a"/"an" before a scale, a group, a denominator or a
 * compound ordinal ("a dozen", "a lakh", "an eighth", "a twenty-first"). Built from the word tables.
 */
export const WORD_NUMBER_START =
  `an?[\\s\\u00a0]+(?=(?:${alternation(articleTargets)}|(?:${alternation(Object.keys(TENS_WORDS))})${GAP}(?:${alternation(ordinalUnits)}))${NOT_IN_WORD})` +
  `|quarter(?=${GAP}(?:${alternation(bigScales)})${NOT_IN_WORD})` +
  `|(?:${alternation(startWords)})${NOT_IN_WORD}`;

/** A regular expression character class of the vulgar fractions `parseDigits` reads ("½", "¾"). */
export const VULGAR_FRACTION_CLASS = `[${Object.keys(VULGAR_FRACTIONS).join('')}]`;

// ---------------------------------------------------------------------------------------------- after digits

const DIGIT_FRACTION = /(\d{1,2})\/(\d{1,2})(?![\d\/.,]\d|[\d\/])/y;

export interface FigureTail {
  /** The whole figure, scale included. */
  value: number;
  halfStep: number;
  end: number;
  fraction: boolean;
}

/**
 * Words that complete a figure written in digits, read after the figure and its scale word if any:
 * "3 dozen(s)" (36), "3 and a half" (3.5), "3 and a half million", "3 million and a half" (3.5e6),
 * "2 billion and a quarter million". `value` and `halfStep` are the digits' own, `scale` the factor of the
 * scale word read after them (1 when none) and `pos` the offset after the digits or that scale word.
 * Null when nothing follows.
 */
export function digitsTail(text: string, pos: number, value: number, halfStep: number, scale: number): FigureTail | null {
  const at = skipSpace(text, pos);
  if (at === pos) return null;
  const toks = tokenize(text, at);
  const t = toks[0];
  if (!t) return null;
  if (t.lex.kind === 'group' && scale === 1) {
    if (t.lex.plural && value <= 1) return null;
    const dozen = value * t.lex.value;
    const f = toks[1]?.lex.kind === 'and' ? readFraction(toks, 2) : null;
    if (f && !readScaleTail(toks, f.next, false)) {
      return { value: dozen + f.value * t.lex.value, halfStep: 0, end: (toks[f.next - 1] as Token).end, fraction: false };
    }
    return { value: dozen, halfStep: halfStep * t.lex.value, end: t.end, fraction: false };
  }
  if (t.lex.kind !== 'and' || !Number.isInteger(value)) return null;
  const f = readFraction(toks, 1);
  if (!f) {
    // "2 and 3/4": a fraction in digits after "and".
    DIGIT_FRACTION.lastIndex = skipSpace(text, t.end);
    const m = scale === 1 ? DIGIT_FRACTION.exec(text) : null;
    if (!m || Number(m[1]) >= Number(m[2]) || Number(m[2]) === 0) return null;
    return { value: value + Number(m[1]) / Number(m[2]), halfStep: 0, end: DIGIT_FRACTION.lastIndex, fraction: true };
  }
  const tail = readScaleTail(toks, f.next, false);
  let total: number;
  let fractionScale = scale;
  if (scale > 1) {
    if (tail && tail.scale >= scale) return null;
    if (tail) fractionScale = tail.scale;
    total = value * scale + f.value * fractionScale;
  } else {
    if (tail) fractionScale = tail.scale;
    total = (value + f.value) * fractionScale;
  }
  const end = (toks[tail ? tail.next - 1 : f.next - 1] as Token).end;
  return { value: total, halfStep: scaledHalfStep(fractionScale), end, fraction: fractionScale === 1 };
}
