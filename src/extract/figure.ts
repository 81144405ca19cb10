// Reads one figure and its scale word: digits, words, "2 point 4", "point 35", "R14,5 billion".
import { scaleAt, type Affix } from './affixes.js';
import { digitsTail, parseDigits, parseWords, type ParsedNumber } from './numbers.js';
import { fractionOfOne, parseArticleOne } from './article.js';
import { fusedName, prevWord } from './figure-traps.js';

export interface Scanned {
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
    // "10^6": a power of ten written with a caret and no mantissa.
    if (d && d.plainInteger && d.value === 10 && text.charCodeAt(d.end) === 0x5e) {
      TEN_TO_THE.lastIndex = d.end;
      const p = TEN_TO_THE.exec(text);
      const exponent = p ? Number((p[1] as string).replace('\u2212', '-')) : NaN;
      if (p && Math.abs(exponent) <= 300) return { ...d, value: 10 ** exponent, end: TEN_TO_THE.lastIndex, halfStep: 0, plainInteger: false };
    }
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

const TEN_TO_THE = /\^([-+\u2212]?\d{1,3})(?![\d.,]\d|\d)/y;
const SPOKEN_POINT = /[ \t\u00a0]+point[ \t\u00a0]+(\d+)(?!\d|[.,]\d)/y;
const LEADING_POINT = /point[ \t\u00a0]+(\d+)(?!\d|[.,]\d)/iy;
const NOT_BEFORE_POINT = new Set(['one', 'some', 'that', 'this', 'the', 'a', 'at', 'which', 'each', 'any', 'no', 'every', 'what', 'its', 'their', 'match', 'set', 'break', 'game']);

function spokenDecimal(start: number, whole: number, digits: string, end: number): ParsedNumber {
  return { value: Number(`${whole}.${digits}`), start, end, halfStep: 0.5 * 10 ** -digits.length, words: false, plainInteger: false, fraction: false };
}

const DECIMAL_COMMA = /,(\d{1,2})(?=[ \u00a0-]?(?:billion|million|trillion|bn|tn|mn)(?![\p{L}]))/uy;

const SPACED_K = /[ \t\u00a0]{1,2}k(?![\p{L}\p{N}'’-])/uy;

/** A cheap look at the word after a figure: only "and", a group ("dozen", "doz") or "score" can complete it. */
const TAIL_AHEAD = /[ \t\u00a0]+(?:and|doz|dz|score)/iy;

/** Reads a figure and its scale word at `pos`. */
export function readFigure(text: string, pos: number, currencyBefore: boolean): Scanned | null {
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
    // "3M reported": a capital fused to the figure and followed by a verb is a name.
    scale = scaleAt(text, n.end, !n.words && (currencyBefore || (/^[kKmMbB](?![\p{L}\p{N}])/u.test(text.slice(n.end, n.end + 2)) && !fusedName(text, n.end))));
  }
  // "2.33 k": a spaced lower-case "k" is thousands too; a spaced "K" stays kelvin.
  if (!scale && !n.words) {
    SPACED_K.lastIndex = n.end;
    if (SPACED_K.test(text)) scale = { start: n.end, end: SPACED_K.lastIndex, text: text.slice(n.end, SPACED_K.lastIndex), info: 1e3 };
  }
  let factor = scale?.info ?? 1;
  let end = scale?.end ?? n.end;
  // "4 thousand 3 hundred and 21": smaller groups in digits and scale words after the first.
  const chain = scale && !n.words && n.plainInteger && /\p{L}{4}/u.test(scale.text) ? scaleChain(text, end, n.value * factor, factor) : null;
  if (chain) {
    return { n: { ...n, plainInteger: false }, scale, end: chain.end, number: chain.value, halfStep: 0 };
  }
  // "3 dozen", "3 and a half", "3 million and a half": words that complete a figure in digits.
  TAIL_AHEAD.lastIndex = end;
  const tail = !n.words && !n.fraction && TAIL_AHEAD.test(text) ? digitsTail(text, end, n.value, n.halfStep, factor) : null;
  if (tail) return { n: { ...n, fraction: tail.fraction, plainInteger: false }, scale, end: tail.end, number: tail.value, halfStep: tail.halfStep };
  factor = scale?.info ?? 1;
  end = scale?.end ?? n.end;
  return { n, scale, end, number: n.value * factor, halfStep: n.halfStep * factor };
}

/** The next group of a chain: "and" before the last one, digits, and a scale word unless it is the last. */
const CHAIN_GROUP = /[ \t\u00a0]+(and[ \t\u00a0]+)?(\d{1,3})(?![\d.,]\d|[\d\p{L}])/uy;

/**
 * Groups after digits and a scale word, each smaller than the one before: "4 thousand 3 hundred and 21",
 * "2 million 40 thousand". Null when none follows. `scale` is the first group's scale.
 */
function scaleChain(text: string, pos: number, total: number, scale: number): { value: number; end: number } | null {
  let end = pos;
  let last = scale;
  for (;;) {
    CHAIN_GROUP.lastIndex = end;
    const m = CHAIN_GROUP.exec(text);
    if (!m) break;
    const digits = Number(m[2]);
    const next = scaleAt(text, CHAIN_GROUP.lastIndex, false);
    if (next && /\p{L}{4}/u.test(next.text) && next.info < last && digits > 0 && digits * next.info < last) {
      total += digits * next.info;
      last = next.info;
      end = next.end;
      continue;
    }
    // The last group has no scale: after "and", or a remainder below the last scale ("5 thousand 20").
    if (!next && digits > 0 && digits < last && (m[1] !== undefined || last >= 1000)) {
      total += digits;
      end = CHAIN_GROUP.lastIndex;
    }
    break;
  }
  return end === pos ? null : { value: total, end };
}
