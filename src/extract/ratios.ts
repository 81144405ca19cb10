// Ratios read after a first figure: "1 in 5", "one out of five hundred", "2 over 3", "-in-five".
import { SPACE } from './patterns.js';
import { TIME_SPAN_WORDS } from '../data/number-words.js';
import { skipSpace, tokenize, wordAfter, type Token } from './number-tokens.js';
import { readCardinal } from './number-grammar.js';

const SEPARATORS = /[,\u00a0\u2009\u202f ]/g;
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
export function ratioAfter(text: string, pos: number, first: number): { value: number; end: number } | null {
  RATIO.lastIndex = pos;
  const m = RATIO.exec(text);
  if (!m) return null;
  const second = integerAt(text, pos + m[0].length);
  if (!second || second.year || !(second.value > Math.abs(first))) return null;
  if (TIME_SPAN_WORDS.has(wordAfter(text, second.end))) return null;
  return second;
}
