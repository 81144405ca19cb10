// The grammar of numbers in words over tokens: cardinals ("one hundred and three"), denominators and
// fractions ("two thirds"), scales after a fraction ("half a million") and decimals after "point".
import type { Kind, Token } from './number-tokens.js';

export interface Cardinal {
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

export interface Fraction {
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
export function readCardinal(toks: readonly Token[], i: number, article: boolean): Cardinal | null {
  let total = 0;
  let current = article ? 1 : 0;
  let prev: Kind | 'start' = article ? 'article' : 'start';
  let smallest = Infinity;
  let multiplier = 1;
  let beforeAnd: Cardinal | null = null;
  /** What came before "and" in the current group: "three hundred" of "three hundred and two dozen". */
  let andBase = 0;
  let j = article ? i + 1 : i;
  for (; j < toks.length; j++) {
    const { kind, value, plural, alone } = (toks[j] as Token).lex;
    if (kind === 'and') {
      const next = toks[j + 1]?.lex;
      if ((prev !== 'hundred' && prev !== 'scale') || !next || !(next.kind === 'tens' || (next.kind === 'unit' && next.value > 0))) break;
      if (readFraction(toks, j + 1)) break; // "one hundred and three quarters" is a mixed number
      beforeAnd = { value: total + current, next: j, last: prev, multiplier, smallestScale: smallest };
      andBase = current;
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
      andBase = 0;
    } else if (kind === 'scale') {
      // "three lakh crore", "five thousand million": a larger scale right after one multiplies the whole.
      if (prev === 'scale' && current === 0 && value > smallest && total > 0) {
        total *= value;
        smallest = value;
        multiplier *= value;
        prev = kind;
        continue;
      }
      if (prev === 'start' || current === 0 || value >= smallest) break;
      total += current * value;
      current = 0;
      smallest = value;
      multiplier = value;
      beforeAnd = null;
      andBase = 0;
    } else if (kind === 'group') {
      if (prev === 'start' || prev === 'group' || total !== 0 || current === 0 || (plural && current < 2)) break;
      if (prev === 'article' && !alone) break;
      // "three hundred and two dozen": the group counts only what follows "and" (300 + 24).
      current = andBase + (current - andBase) * value;
      multiplier = value;
      beforeAnd = null;
      andBase = 0;
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
export function denominatorFor(toks: readonly Token[], num: number, j: number): Fraction | null {
  const d = readDenominator(toks, j);
  if (!d || (d.plural ? num === 1 : num !== 1) || hyphenBlocks(toks, d.last)) return null;
  return { value: num / d.den, next: d.last + 1, denominator: d.last };
}

/** A fraction from token `i`: "a third", "two thirds", "one-tenth", "half", "fifty-four hundredths". */
export function readFraction(toks: readonly Token[], i: number): Fraction | null {
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
export function readScaleTail(toks: readonly Token[], j: number, loose: boolean): { scale: number; next: number } | null {
  let k = j;
  if (loose && toks[k]?.lex.kind === 'of' && toks[k + 1]?.lex.kind === 'article') k += 2;
  else if (loose && toks[k]?.lex.kind === 'article') k += 1;
  const lex = toks[k]?.lex;
  if (!lex || lex.plural || !(lex.kind === 'scale' || lex.kind === 'hundred' || lex.kind === 'group')) return null;
  return { scale: lex.value, next: k + 1 };
}

/** Decimal digits after "point": "five", "zero eight", "eleven", "twenty five". */
export function readDecimals(toks: readonly Token[], j: number): { digits: string; next: number } | null {
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
export function ordinalFollows(toks: readonly Token[], card: Cardinal, j: number): boolean {
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
export function integerStep(value: number): number {
  if (value === 0 || !Number.isInteger(value)) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/** Half step of a fraction of `scale`: "half a million" reads as "0.5 million". */
export function scaledHalfStep(scale: number): number {
  return scale >= 1000 ? 0.05 * scale : 0;
}
