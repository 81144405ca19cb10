// Reads a number written in digits or in words at a given offset.
import { alternation, SPACE } from './patterns.js';
import { UNIT_WORDS as UNIT_NAMES } from '../data/units.js';
import {
  COUNTED_GROUP_WORDS,
  FRACTION_ONLY_WORDS,
  GROUP_WORDS,
  ORDINAL_CONTEXT_WORDS,
  ORDINAL_VALUES,
  SCALE_WORDS,
  TENS_WORDS,
  TIME_SPAN_WORDS,
  UNIT_WORDS,
  VULGAR_FRACTIONS,
} from '../data/number-words.js';

export interface ParsedNumber {
  value: number;
  start: number;
  end: number;
  /**
   * Half the step of the last written digit: "5.6" is 0.05, "140" is 5, "2,048" is 0.5, "one million" is 500,000.
   * 0 for exact fractions ("two thirds", "3/4", "three and a half", "one in five"). A fraction of a scale
   * ("half a million", "five and a half million") reads as written to one decimal of the scale: 0.05 million.
   */
  halfStep: number;
  /** Written in words ("twenty-five", "a dozen"). */
  words: boolean;
  /** Digits with no separators or decimals, as a year would be written. */
  plainInteger: boolean;
  /**
   * A fraction or ratio that no scale multiplies: "two thirds", "3/4", "1 4/5", "three and a half", "one in five".
   * False for "half a million", which is a count.
   */
  fraction: boolean;
}

// ---------------------------------------------------------------------------------------------- digits

const DIGITS = new RegExp(
  '[-\\u2212]?(?:' +
    [
      '\\d{1,3}(?:,\\d{3})+(?!\\d)', // 2,048
      '\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)', // Indian grouping: 12,34,567
      '\\d{1,3}(?:[\\u00a0\\u2009\\u202f]\\d{3})+(?!\\d)', // 2 048 with a thin or no-break space
      '\\d{1,3}(?: \\d{3})+(?![\\d,])', // 2 048 with a plain space, not before a decimal comma
      '\\d+',
      '(?=\\.\\d)', // .08
    ].join('|') +
    ')(?:\\.\\d+)?(?:[eE][-+]?\\d{1,3}(?![\\w]))?',
  'y',
);
/** A power of ten after a mantissa: "x10^6", "×10⁻⁴", "x10-6" (the caret lost), "* 10^9". */
const POWER = /\s?[x×*]\s?10\s?\^\s?([-+\u2212]?\d{1,3})|\s?[x×]\s?10([⁺⁻]?[⁰¹²³⁴⁵⁶⁷⁸⁹]+)|[x×]10([-\u2212]\d{1,2})(?![\d.,])/y;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

function superscriptValue(s: string): number {
  const sign = s.startsWith('⁻') ? -1 : 1;
  return sign * Number([...s.replace(/^[⁺⁻]/, '')].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
}
const SLASH_FRACTION = /(?:(\d{1,3})\s+)?(\d{1,3})[/\u2044](\d{1,3})(?![\d/\u2044])/y;
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 100]);
const EXPONENT = /[eE]([-+]?\d+)/;
const SEPARATORS = /[,\u00a0\u2009\u202f ]/g;
const PLAIN_DIGITS = /^\d+$/;
const SIGNED_PLAIN_DIGITS = /^[-\u2212]?\d+$/;
const INTEGER_DIGITS = /^[-\u2212]?[\d,\u00a0\u2009\u202f ]+$/;
const EXPONENT_PART = /[eE].*$/;
const SIGN = /^[-\u2212]/;
const NOT_DIGIT = /\D/g;
const TRAILING_ZEROS = /0+$/;

function halfStepOf(mantissa: string): number {
  const dot = mantissa.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(mantissa.length - dot - 1);
  const digits = mantissa.replace(NOT_DIGIT, '');
  const zeros = digits.length - digits.replace(TRAILING_ZEROS, '').length;
  return zeros === 0 || digits === '0' ? 0.5 : 0.5 * 10 ** zeros;
}

function vulgarAt(text: string, pos: number): number | null {
  const f = VULGAR_FRACTIONS[text.charAt(pos)];
  return f ? f[0] / f[1] : null;
}

function fractionResult(start: number, end: number, value: number, words: boolean): ParsedNumber {
  return { value, start, end, halfStep: 0, words, plainInteger: false, fraction: true };
}

/**
 * Parses digits at `pos`: "2,048", "12,34,567.89", "5.6", ".08", "2 048", "1.3x10^6", "3/4", "1 4/5", "½", "1½",
 * and ratios that start with digits: "1 over 3", "1 in twenty-one", "2 out of 500".
 */
export function parseDigits(text: string, pos: number): ParsedNumber | null {
  const vulgar = vulgarAt(text, pos);
  if (vulgar !== null) return fractionResult(pos, pos + 1, vulgar, false);
  SLASH_FRACTION.lastIndex = pos;
  const f = SLASH_FRACTION.exec(text);
  if (f) {
    const whole = f[1] ? Number(f[1]) : 0;
    const num = Number(f[2]);
    const den = Number(f[3]);
    if (FRACTION_DENOMINATORS.has(den) && num < den && den > 0) return fractionResult(pos, pos + f[0].length, whole + num / den, false);
  }
  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m || m[0] === '' || m[0] === '-' || m[0] === '\u2212') return null;
  const raw = m[0];
  const mantissa = raw.replace(EXPONENT_PART, '');
  let value = Number(raw.replace(SEPARATORS, '').replace('\u2212', '-'));
  if (!Number.isFinite(value)) return null;
  let end = pos + raw.length;
  let halfStep = halfStepOf(mantissa.replace(SIGN, ''));
  const exponent = EXPONENT.exec(raw);
  if (exponent) halfStep *= 10 ** Number(exponent[1]);
  POWER.lastIndex = end;
  const p = POWER.exec(text);
  if (p) {
    const written = p[1] ?? p[3];
    const exp = written !== undefined ? Number(written.replace('\u2212', '-')) : superscriptValue(p[2] as string);
    value *= 10 ** exp;
    halfStep *= 10 ** exp;
    end += p[0].length;
    // "1x10^400" overflows as "1e400" does: no figure.
    if (!Number.isFinite(value) || (value === 0 && Number(raw.replace(SEPARATORS, '').replace('\u2212', '-')) !== 0)) return null;
  }
  const plainInteger = PLAIN_DIGITS.test(raw);
  if (!p && INTEGER_DIGITS.test(raw)) {
    // "1½", "1 ½"
    const gap = isInlineSpace(text.charCodeAt(end)) ? 1 : 0;
    const part = vulgarAt(text, end + gap);
    if (part !== null && SIGNED_PLAIN_DIGITS.test(raw)) return fractionResult(pos, end + gap + 1, value < 0 ? value - part : value + part, false);
    // "1 in 5", "1 over one hundred and twenty one"
    const ratio = ratioAfter(text, end, value);
    if (ratio) return fractionResult(pos, ratio.end, value / ratio.value, false);
  }
  return { value, start: pos, end, halfStep, words: false, plainInteger, fraction: false };
}

// ---------------------------------------------------------------------------------------------- tokens

type Kind = 'unit' | 'tens' | 'hundred' | 'scale' | 'group' | 'ordinal' | 'article' | 'and' | 'point' | 'of';

interface Lex {
  kind: Kind;
  value: number;
  /** "thirds", "dozens". */
  plural: boolean;
  /** An ordinal that names a rank ("third"), as opposed to "half" and "quarter". */
  rank: boolean;
  /** An ordinal that can be a denominator on its own (not "first" or "second"); a group that "a" can count ("a dozen"). */
  alone: boolean;
}

interface Token {
  lex: Lex;
  start: number;
  end: number;
  /** Joined to the previous token by a hyphen. */
  hyphen: boolean;
  /** A hyphen follows, whatever comes after it. */
  hyphenAfter: boolean;
  /** A hyphen and a unit follow: "quarter-century", "half-mile". */
  unitAfter: boolean;
}

const LEXICON = new Map<string, Lex>();
function define(words: Record<string, number>, kind: (value: number) => Kind): void {
  for (const [word, value] of Object.entries(words)) LEXICON.set(word, { kind: kind(value), value, plural: false, rank: false, alone: false });
}
define(UNIT_WORDS, () => 'unit');
define(TENS_WORDS, () => 'tens');
define(SCALE_WORDS, (value) => (value === 100 ? 'hundred' : 'scale'));
for (const [word, value] of Object.entries(GROUP_WORDS)) {
  LEXICON.set(word, { kind: 'group', value, plural: word.endsWith('s'), rank: false, alone: !COUNTED_GROUP_WORDS.has(word) });
}
for (const [word, value] of Object.entries(ORDINAL_VALUES)) {
  LEXICON.set(word, { kind: 'ordinal', value, plural: false, rank: true, alone: value > 2 });
  LEXICON.set(`${word}s`, { kind: 'ordinal', value, plural: true, rank: true, alone: value > 2 });
}
for (const [word, value] of Object.entries(FRACTION_ONLY_WORDS)) {
  LEXICON.set(word, { kind: 'ordinal', value, plural: word.endsWith('s'), rank: false, alone: true });
}
define({ a: 1, an: 1 }, () => 'article');
define({ and: 0 }, () => 'and');
define({ point: 0 }, () => 'point');
define({ of: 0 }, () => 'of');

/** Longest run of words a number can take; keeps the scan bounded. */
const MAX_TOKENS = 32;
/** Longer words are looked up no further. */
const MAX_WORD_LENGTH = Math.max(...[...LEXICON.keys()].map((w) => w.length));
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isInlineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** After optional spaces with at most one line break, as patterns.ts SPACE0: never across a blank line. */
function skipSpace(text: string, i: number): number {
  while (i < text.length && isInlineSpace(text.charCodeAt(i))) i++;
  let k = i;
  if (text.charCodeAt(k) === 0x0d) k++;
  if (text.charCodeAt(k) !== 0x0a) return i;
  k++;
  for (let c = text.charCodeAt(k); c === 0x20 || c === 0x09 || c === 0xa0; c = text.charCodeAt(++k));
  return k;
}

/** End of the ASCII word at `i`, or `i` when none starts there or it runs into other letters or digits. */
function wordEnd(text: string, i: number): number {
  let j = i;
  for (let c = text.charCodeAt(j) | 0x20; c >= 0x61 && c <= 0x7a; c = text.charCodeAt(++j) | 0x20);
  if (j === i) return i;
  const c = text.charCodeAt(j);
  if ((c >= 0x30 && c <= 0x39) || c === 0x5f || (c >= 0x80 && LETTER_OR_DIGIT.test(text.charAt(j)))) return i;
  return j;
}

/** The number words at `pos`, joined by spaces or hyphens, up to the first word that cannot be part of a number. */
function tokenize(text: string, pos: number): Token[] {
  const tokens: Token[] = [];
  let i = pos;
  let hyphen = false;
  while (tokens.length < MAX_TOKENS) {
    const end = wordEnd(text, i);
    if (end === i || end - i > MAX_WORD_LENGTH) break;
    const lex = LEXICON.get(text.slice(i, end).toLowerCase());
    if (!lex) break;
    const token: Token = { lex, start: i, end, hyphen, hyphenAfter: false, unitAfter: unitAfterHyphen(text, end) };
    tokens.push(token);
    let j = skipSpace(text, end);
    hyphen = isHyphen(text.charCodeAt(j));
    if (hyphen) {
      token.hyphenAfter = true;
      j = skipSpace(text, j + 1);
    } else if (j === end) break;
    i = j;
  }
  return tokens;
}

/** The lower-case word after `pos` and spaces, or ''. */
function wordAfter(text: string, pos: number): string {
  const i = skipSpace(text, pos);
  if (i === pos) return '';
  const end = wordEnd(text, i);
  return text.slice(i, end).toLowerCase();
}

// ---------------------------------------------------------------------------------------------- grammar

interface Cardinal {
  value: number;
  /** Index of the first token not used. */
  next: number;
  /** Kind of the last token used. */
  last: Kind;
  /** Value of the last scale or group word ("million", "dozen"). */
  multiplier: number;
  /** Smallest scale of a thousand or more used; Infinity when none. */
  smallestScale: number;
}

interface Fraction {
  value: number;
  next: number;
  /** Index of the denominator's last token. */
  denominator: number;
}

/** Where a British "and" may join ("one hundred and three"), and what a unit or tens word may follow. */
function opensGroup(prev: Kind | 'start'): boolean {
  return prev === 'start' || prev === 'hundred' || prev === 'scale' || prev === 'and';
}

/**
 * An integer in words from token `i`: "twenty-five", "one hundred and three", "one million two thousand",
 * "three dozen". With `article`, token `i` is "a"/"an" and must be followed by hundred, a scale or a group.
 */
function readCardinal(toks: readonly Token[], i: number, article: boolean): Cardinal | null {
  let total = 0;
  let current = article ? 1 : 0;
  let prev: Kind | 'start' = article ? 'article' : 'start';
  let smallest = Infinity;
  let multiplier = 1;
  let beforeAnd: Cardinal | null = null;
  let j = article ? i + 1 : i;
  for (; j < toks.length; j++) {
    const { kind, value, plural, alone } = (toks[j] as Token).lex;
    if (kind === 'and') {
      const next = toks[j + 1]?.lex;
      if ((prev !== 'hundred' && prev !== 'scale') || !next || !(next.kind === 'tens' || (next.kind === 'unit' && next.value > 0))) break;
      if (readFraction(toks, j + 1)) break; // "one hundred and three quarters" is a mixed number
      beforeAnd = { value: total + current, next: j, last: prev, multiplier, smallestScale: smallest };
    } else if (kind === 'unit') {
      if (value === 0 ? prev !== 'start' : prev === 'tens' ? value > 9 : !opensGroup(prev)) break;
      current += value;
    } else if (kind === 'tens') {
      if (!opensGroup(prev)) break;
      current += value;
    } else if (kind === 'hundred') {
      if ((prev !== 'unit' && prev !== 'tens' && prev !== 'article') || current === 0 || current >= 100) break;
      current *= 100;
      multiplier = 100;
      beforeAnd = null;
    } else if (kind === 'scale') {
      if (prev === 'start' || current === 0 || value >= smallest) break;
      total += current * value;
      current = 0;
      smallest = value;
      multiplier = value;
      beforeAnd = null;
    } else if (kind === 'group') {
      if (prev === 'start' || prev === 'group' || total !== 0 || current === 0 || (plural && current < 2)) break;
      if (prev === 'article' && !alone) break;
      current *= value;
      multiplier = value;
      beforeAnd = null;
    } else break;
    prev = kind;
  }
  // "one hundred and two hundred": what follows "and" is a second figure.
  const stop = toks[j]?.lex.kind;
  if (beforeAnd && (stop === 'hundred' || stop === 'scale' || stop === 'group')) return beforeAnd;
  if (prev === 'start' || prev === 'article') return null;
  return { value: total + current, next: j, last: prev, multiplier, smallestScale: smallest };
}

/** A denominator at `j`: "third", "quarters", "hundredth", "twenty-fifth". */
function readDenominator(toks: readonly Token[], j: number): { den: number; plural: boolean; last: number } | null {
  const t = toks[j];
  if (!t) return null;
  if (t.lex.kind === 'tens') {
    const o = toks[j + 1];
    if (o && o.lex.kind === 'ordinal' && o.lex.rank && o.lex.value < 10) return { den: t.lex.value + o.lex.value, plural: o.lex.plural, last: j + 1 };
    return null;
  }
  if (t.lex.kind === 'ordinal' && t.lex.alone) return { den: t.lex.value, plural: t.lex.plural, last: j };
  return null;
}

const WORD_AFTER_HYPHEN = /-([A-Za-z]+(?:[ -][A-Za-z]+)?)/y;

/** True when a hyphen and a unit word follow `pos` ("-century", "-mile"). */
function unitAfterHyphen(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== 45) return false;
  WORD_AFTER_HYPHEN.lastIndex = pos;
  const m = WORD_AFTER_HYPHEN.exec(text);
  return m !== null && (UNIT_NAMES.has((m[1] as string).toLowerCase()) || UNIT_NAMES.has((m[1] as string).split(/[ -]/)[0]!.toLowerCase()));
}

/**
 * A hyphen after the denominator that leads to another word: "third-largest", "quarter-final",
 * "half-life". A unit after it does not block: "a quarter-century", "a half-mile".
 */
function hyphenBlocks(toks: readonly Token[], k: number): boolean {
  if (!(toks[k] as Token).hyphenAfter) return false;
  const next = toks[k + 1];
  if (!next || !next.hyphen) return !(toks[k] as Token).unitAfter;
  const kind = next.lex.kind;
  return !(kind === 'scale' || kind === 'hundred' || kind === 'group' || kind === 'article');
}

/** A fraction given its numerator and the tokens from `j`, if they name a denominator that agrees in number. */
function denominatorFor(toks: readonly Token[], num: number, j: number): Fraction | null {
  const d = readDenominator(toks, j);
  if (!d || (d.plural ? num === 1 : num !== 1) || hyphenBlocks(toks, d.last)) return null;
  return { value: num / d.den, next: d.last + 1, denominator: d.last };
}

/** A fraction from token `i`: "a third", "two thirds", "one-tenth", "half", "fifty-four hundredths". */
function readFraction(toks: readonly Token[], i: number): Fraction | null {
  const lex = toks[i]?.lex;
  if (!lex) return null;
  if (lex.kind === 'article') return denominatorFor(toks, 1, i + 1);
  if (lex.kind === 'ordinal') return !lex.rank && !lex.plural ? denominatorFor(toks, 1, i) : null; // "half", "quarter"
  if (lex.kind !== 'unit' && lex.kind !== 'tens') return null;
  const c = readCardinal(toks, i, false);
  if (!c || c.smallestScale !== Infinity || c.last === 'group') return null;
  return denominatorFor(toks, c.value, c.next);
}

/**
 * A scale after a fraction: "million"; with `loose` also "a million" and "of a million" ("half a million",
 * "two thirds of a million").
 */
function readScaleTail(toks: readonly Token[], j: number, loose: boolean): { scale: number; next: number } | null {
  let k = j;
  if (loose && toks[k]?.lex.kind === 'of' && toks[k + 1]?.lex.kind === 'article') k += 2;
  else if (loose && toks[k]?.lex.kind === 'article') k += 1;
  const lex = toks[k]?.lex;
  if (!lex || lex.plural || !(lex.kind === 'scale' || lex.kind === 'hundred' || lex.kind === 'group')) return null;
  return { scale: lex.value, next: k + 1 };
}

/** Decimal digits after "point": "five", "zero eight", "eleven", "twenty five". */
function readDecimals(toks: readonly Token[], j: number): { digits: string; next: number } | null {
  let digits = '';
  let k = j;
  for (let t = toks[k]; t; t = toks[k]) {
    if (t.lex.kind === 'unit') {
      digits += t.lex.value;
      k++;
    } else if (t.lex.kind === 'tens') {
      const unit = toks[k + 1]?.lex;
      const ones = unit && unit.kind === 'unit' && unit.value > 0 && unit.value < 10 ? unit.value : 0;
      digits += t.lex.value + ones;
      k += ones ? 2 : 1;
    } else break;
  }
  return digits ? { digits, next: k } : null;
}

/** "twenty-first", "two hundredth", "one hundred and first": an ordinal at `j`, so the words are no amount. */
function ordinalFollows(toks: readonly Token[], card: Cardinal, j: number): boolean {
  const t = toks[j];
  if (!t) return false;
  if (t.lex.kind === 'and') {
    const o = toks[j + 1]?.lex;
    return (card.last === 'hundred' || card.last === 'scale') && o !== undefined && o.kind === 'ordinal' && o.rank;
  }
  if (t.lex.kind !== 'ordinal' || !t.lex.rank) return false;
  if (t.hyphen) return true;
  const multiWord = card.last === 'tens' || card.last === 'hundred' || card.last === 'scale';
  return (multiWord || t.lex.value >= 100) && !t.hyphenAfter;
}

/** The step of the last written digit of an integer: 1 for 25, 10 for 20, 1000 for 202,000. */
function integerStep(value: number): number {
  if (value === 0 || !Number.isInteger(value)) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/** Half step of a fraction of `scale`: "half a million" reads as "0.5 million". */
function scaledHalfStep(scale: number): number {
  return scale >= 1000 ? 0.05 * scale : 0;
}

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

// ---------------------------------------------------------------------------------------------- ratios

const RATIO = new RegExp(`${SPACE}(?:over|out${SPACE}of|in)${SPACE}|-(?:in|out-of)-`, 'iy');
const RATIO_DIGITS = /(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d\p{L}]|[.,]\d)/uy;

/** An integer at `pos` in digits or words, with a scale after digits ("3 million"). */
function integerAt(text: string, pos: number): { value: number; end: number; year: boolean } | null {
  const c = text.charCodeAt(pos);
  if (c >= 0x30 && c <= 0x39) {
    RATIO_DIGITS.lastIndex = pos;
    const m = RATIO_DIGITS.exec(text);
    if (!m) return null;
    const raw = m[0];
    let value = Number(raw.replace(SEPARATORS, ''));
    let end = pos + raw.length;
    const year = raw.length === 4 && value >= 1800 && value <= 2100;
    const s = skipSpace(text, end);
    const scale = s > end ? tokenize(text, s)[0] : undefined;
    if (scale && (scale.lex.kind === 'scale' || scale.lex.kind === 'hundred') && !scale.hyphenAfter) {
      value *= scale.lex.value;
      end = scale.end;
    }
    return { value, end, year };
  }
  const toks = tokenize(text, pos);
  const kind = toks[0]?.lex.kind;
  const card = kind === 'article' ? readCardinal(toks, 0, true) : kind === 'unit' || kind === 'tens' ? readCardinal(toks, 0, false) : null;
  if (!card) return null;
  const after = toks[card.next]?.lex.kind;
  if (after === 'ordinal' || after === 'point') return null; // "one in two thirds", "one in five point two"
  return { value: card.value, end: (toks[card.next - 1] as Token).end, year: false };
}

/**
 * The second figure of a ratio after `pos`: "over three", "out of five hundred", "in twenty-one", "-in-five". Only when it is
 * larger than `first`, is no year ("one in 2019") and is no span of time ("3 in 5 years").
 */
function ratioAfter(text: string, pos: number, first: number): { value: number; end: number } | null {
  RATIO.lastIndex = pos;
  const m = RATIO.exec(text);
  if (!m) return null;
  const second = integerAt(text, pos + m[0].length);
  if (!second || second.year || !(second.value > Math.abs(first))) return null;
  if (TIME_SPAN_WORDS.has(wordAfter(text, second.end))) return null;
  return second;
}

// ---------------------------------------------------------------------------------------------- after digits

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
  if (!f) return null;
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
