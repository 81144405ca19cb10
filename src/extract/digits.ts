// Reads a number written in digits: "2,048", "12,34,567.89", "5.6", ".08", "1.3x10^6", "3/4", "1½".
import type { ParsedNumber } from './numbers.js';
import { VULGAR_FRACTIONS } from '../data/number-words.js';
import { isInlineSpace } from './number-tokens.js';
import { ratioAfter } from './ratios.js';

/**
 * Forms where a dot groups thousands or a comma marks decimals, read only where no other reading exists: two
 * or more dot groups of three ("2.345.678"), a dot group before a decimal comma ("1.111,11"), and one or two
 * digits after a comma ("7,25", "3,8 %"), which cannot be a thousands group. "1,234" keeps its English reading.
 */
const EUROPEAN = [
  '\\d{1,3}(?:\\.\\d{3}){2,}(?:,\\d+)?(?![\\d.,]\\d|\\d)',
  '\\d{1,3}(?:\\.\\d{3})+,\\d{1,2}(?![\\d.,]\\d|\\d)',
  '\\d{1,3},\\d{1,2}(?![\\d.,]\\d|\\d)',
];
const EUROPEAN_FORM = new RegExp(`^[-\\u2212]?(?:${EUROPEAN.join('|')})$`);

const DIGITS = new RegExp(
  '[-\\u2212]?(?:' +
    [
      '\\d{1,3}(?:,\\d{3})+(?!\\d)', // 2,048
      '\\d{1,2}(?:,\\d{2})+,\\d{3}(?!\\d)', // Indian grouping: 12,34,567
      '\\d{1,3}(?:[\\u00a0\\u2009\\u202f]\\d{3})+(?!\\d)', // 2 048 with a thin or no-break space
      '\\d{1,3}(?: \\d{3})+(?![\\d,A-Za-z]|-\\d| [A-Z])', // 2 048 with a plain space, not before a decimal comma nor a model ("12 A330-900s", "20 777 Freighters")
      ...EUROPEAN,
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
const SLASH_FRACTION = /([-\u2212])?(?:(\d{1,3})\s+)?(\d{1,3})[/\u2044](\d{1,3})(?![\d/\u2044])/y;
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

export function vulgarAt(text: string, pos: number): number | null {
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
    const sign = f[1] ? -1 : 1;
    const whole = f[2] ? Number(f[2]) : 0;
    const num = Number(f[3]);
    const den = Number(f[4]);
    if (FRACTION_DENOMINATORS.has(den) && num < den && den > 0) return fractionResult(pos, pos + f[0].length, sign * (whole + num / den), false);
  }
  DIGITS.lastIndex = pos;
  const m = DIGITS.exec(text);
  if (!m || m[0] === '' || m[0] === '-' || m[0] === '\u2212') return null;
  // A European form is read as the English one it stands for: "2.345.678" as "2345678", "7,25" as "7.25".
  const raw = EUROPEAN_FORM.test(m[0]) ? m[0].replace(/\./g, '').replace(',', '.') : m[0];
  const mantissa = raw.replace(EXPONENT_PART, '');
  let value = Number(raw.replace(SEPARATORS, '').replace('\u2212', '-'));
  if (!Number.isFinite(value)) return null;
  let end = pos + m[0].length;
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
  const plainInteger = PLAIN_DIGITS.test(m[0]);
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
