// Reads a number written in digits or in words at a given offset.
import { SPACE, SPACE0 } from './patterns.js';
import { FRACTION_WORDS, GROUP_WORDS, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../data/number-words.js';

export interface ParsedNumber {
  value: number;
  start: number;
  end: number;
  /** Half the step of the last written digit: "5.6" is 0.05, "140" is 5, "2,048" is 0.5. */
  halfStep: number;
  /** Written in words ("twenty-five", "a dozen"). */
  words: boolean;
  /** Digits with no separators or decimals, as a year would be written. */
  plainInteger: boolean;
  /** A fraction such as "two thirds" or "3/4". */
  fraction: boolean;
}

const SEP = '[,\\u00a0\\u2009\\u202f ]';
const DIGITS = new RegExp(
  `[-\\u2212]?(?:\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d{1,3}(?:[\\u00a0\\u2009\\u202f]\\d{3})+(?!\\d)|\\d{1,3}(?: \\d{3})+(?![\\d,.])|\\d+|(?=\\.\\d))(?:\\.\\d+)?(?:[eE][-+]?\\d{1,3}(?![\\w]))?`,
  'y',
);
const POWER = /\s?[x×*]\s?10\s?\^\s?([-+]?\d{1,3})|\s?[x×]\s?10([⁰¹²³⁴⁵⁶⁷⁸⁹]+)/y;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SLASH_FRACTION = /(?:(\d{1,3})\s+)?(\d{1,3})\/(\d{1,3})(?![\d/])/y;
const FRACTION_DENOMINATORS = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 100]);
void SEP;

function halfStepOf(mantissa: string): number {
  const dot = mantissa.indexOf('.');
  if (dot >= 0) return 0.5 * 10 ** -(mantissa.length - dot - 1);
  const digits = mantissa.replace(/\D/g, '');
  const zeros = digits.length - digits.replace(/0+$/, '').length;
  return zeros === 0 || digits === '0' ? 0.5 : 0.5 * 10 ** zeros;
}

/** Parses digits at `pos`: "2,048", "5.6", ".08", "2 048", "1.3x10^6", "3/4", "1 4/5". */
export function parseDigits(text: string, pos: number): ParsedNumber | null {
  SLASH_FRACTION.lastIndex = pos;
  const f = SLASH_FRACTION.exec(text);
  if (f) {
    const whole = f[1] ? Number(f[1]) : 0;
    const num = Number(f[2]);
    const den = Number(f[3]);
    if (FRACTION_DENOMINATORS.has(den) && num < den && den > 0) {
      const value = whole + num / den;
      return { value, start: pos, end: pos + f[0].length, halfStep: 0, words: false, plainInteger: false, fraction: true };
    }
  }
  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m || m[0] === '' || m[0] === '-') return null;
  const raw = m[0];
  const mantissa = raw.replace(/[eE].*$/, '');
  let value = Number(raw.replace(/[,\u00a0\u2009\u202f ]/g, '').replace('\u2212', '-'));
  if (!Number.isFinite(value)) return null;
  let end = pos + raw.length;
  let halfStep = halfStepOf(mantissa.replace(/^[-\u2212]/, ''));
  const exponent = /[eE]([-+]?\d+)/.exec(raw);
  if (exponent) halfStep *= 10 ** Number(exponent[1]);
  POWER.lastIndex = end;
  const p = POWER.exec(text);
  if (p) {
    const exp = p[1] !== undefined ? Number(p[1]) : Number([...(p[2] as string)].map((c) => SUPERSCRIPT.indexOf(c)).join(''));
    value *= 10 ** exp;
    halfStep *= 10 ** exp;
    end += p[0].length;
  }
  const plainInteger = /^\d+$/.test(raw);
  return { value, start: pos, end, halfStep, words: false, plainInteger, fraction: false };
}

const WORD = /[A-Za-z]+/y;
const JOIN = new RegExp(`(?:${SPACE0}-${SPACE0}|${SPACE})(?:and${SPACE})?`, 'y');

interface WordToken {
  word: string;
  start: number;
  end: number;
}

function wordAt(text: string, pos: number): WordToken | null {
  WORD.lastIndex = pos;
  const m = WORD.exec(text);
  return m ? { word: m[0].toLowerCase(), start: pos, end: pos + m[0].length } : null;
}

function isNumberWord(w: string): boolean {
  return w in UNIT_WORDS || w in TENS_WORDS || w in SCALE_WORDS || w in GROUP_WORDS;
}

/**
 * Parses number words at `pos`: "one million", "twenty-five", "a dozen", "one-tenth", "half a million",
 * "three quarters", "3 hundred" is handled by the caller as digits plus a scale.
 */
export function parseWords(text: string, pos: number): ParsedNumber | null {
  let total = 0;
  let current = 0;
  let any = false;
  let fraction = false;
  let end = pos;
  let cursor = pos;
  let lastWord = '';
  let article = false;
  for (let i = 0; i < 12; i++) {
    const tok = wordAt(text, cursor);
    if (!tok) break;
    const w = tok.word;
    if (!any && (w === 'a' || w === 'an')) {
      article = true;
      lastWord = w;
      JOIN.lastIndex = tok.end;
      const j = JOIN.exec(text);
      if (!j) break;
      cursor = tok.end + j[0].length;
      continue;
    }
    if (w === 'half' && (!any || article)) {
      // "half a million", "a half"
      current = (current || 1) * 0.5;
      any = true;
      fraction = true;
      end = tok.end;
      const after = new RegExp(`${SPACE}an?${SPACE}(?=[a-z])`, 'iy');
      after.lastIndex = tok.end;
      const a = after.exec(text);
      cursor = a ? tok.end + a[0].length : tok.end + 1;
      lastWord = w;
      if (!a) break;
      continue;
    }
    if (w in UNIT_WORDS) {
      if (lastWord in UNIT_WORDS || (lastWord in TENS_WORDS && current % 10 !== 0)) break;
      current += UNIT_WORDS[w] as number;
    } else if (w in TENS_WORDS) {
      if (lastWord in UNIT_WORDS || lastWord in TENS_WORDS) break;
      current += TENS_WORDS[w] as number;
    } else if (w in GROUP_WORDS) {
      if (w === 'dozens' || (w === 'score' && !any)) break;
      current = (current || 1) * (GROUP_WORDS[w] as number);
    } else if (w in SCALE_WORDS) {
      const scale = SCALE_WORDS[w] as number;
      if (!any && !article) return null; // "hundreds of", "million" alone: vague
      if (w.endsWith('s') && w !== 'lakhs' && w !== 'crores') break;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
    } else if (w in FRACTION_WORDS && (any || article)) {
      if (fraction) break;
      const den = FRACTION_WORDS[w] as number;
      // "third" after a count is a denominator; plural needs a numerator above one
      const numerator = current || (article ? 1 : 0);
      if (numerator === 0) break;
      if (/-(?:most|largest|biggest|highest|lowest|best|worst|place|ranked|richest)/iy.test(text.slice(tok.end, tok.end + 12))) break;
      current = 0;
      total = total + numerator / den;
      fraction = true;
    } else break;
    any = true;
    lastWord = w;
    end = tok.end;
    JOIN.lastIndex = tok.end;
    const j = JOIN.exec(text);
    if (!j) break;
    const next = wordAt(text, tok.end + j[0].length);
    const nextOk = next && (isNumberWord(next.word) || (next.word in FRACTION_WORDS && !fraction) || (next.word === 'and' && false));
    if (!nextOk) {
      // "three and a half", "3 million and a half"
      const half = new RegExp(`${SPACE}and${SPACE}a${SPACE}half\\b`, 'iy');
      half.lastIndex = tok.end;
      const h = half.exec(text);
      if (h) {
        current += 0.5;
        end = tok.end + h[0].length;
      }
      break;
    }
    if (/and/i.test(j[0]) && !(next.word in UNIT_WORDS || next.word in TENS_WORDS || next.word in FRACTION_WORDS)) break;
    cursor = tok.end + j[0].length;
  }
  if (!any) return null;
  const value = total + current;
  return { value, start: pos, end, halfStep: fraction ? 0 : 0.5, words: true, plainInteger: false, fraction };
}
