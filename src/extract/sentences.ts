// Sentence boundaries, found once per document. Plain text may be hard-wrapped, so a single line
// break ends a sentence only where the line looks finished.
import { lastAtMost } from '../read/offsets.js';

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'sr', 'jr', 'inc', 'corp', 'ltd', 'co', 'plc', 'llc', 'no', 'nos', 'vs', 'etc',
  'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'e.u', 'gen', 'gov', 'sen', 'rep', 'rev', 'fig', 'figs', 'approx', 'est', 'dept', 'univ',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'al', 'op', 'cit', 'vol', 'pp', 'p',
]);

const TERMINAL = /[.!?…]+["'’”)\]]*[ \t\u00a0]+(?=["'‘“(\[]?[\p{Lu}\p{N}$€£¥])|[.!?…]+["'’”)\]]*(?=["‘“]?[\p{Lu}])|\n[ \t]*\n\s*|\|[ \t]*|\n/gu;
const LETTER_OR_DOT = /[\p{L}.]/u;
const MARKDOWN_BLOCK_START = /^[ \t]{0,3}(?:#|[-*+][ \t]|\d{1,9}[.)][ \t]|>|\|)/;

/** The line length most lines stay within (the 90th percentile of the first 2,000 lines). */
function wrapWidth(text: string): number {
  const lengths: number[] = [];
  let start = 0;
  while (lengths.length < 2000) {
    const nl = text.indexOf('\n', start);
    lengths.push((nl < 0 ? text.length : nl) - start);
    if (nl < 0) break;
    start = nl + 1;
  }
  lengths.sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.9)] ?? 0;
}

/** Start offsets of sentences in `text` (analysed text); `markdown` adds Markdown's block starts. */
export function sentenceStarts(text: string, markdown: boolean): number[] {
  const starts = [0];
  const width = wrapWidth(text);
  const everyLine = width > 200;
  TERMINAL.lastIndex = 0;
  for (let m = TERMINAL.exec(text); m; m = TERMINAL.exec(text)) {
    const token = m[0];
    const end = m.index + token.length;
    if (token === '\n') {
      if (everyLine || lineEndsSentence(text, m.index, width, markdown)) starts.push(end);
      continue;
    }
    if (token.charCodeAt(0) === 46) {
      // "Mr. Smith", "U.S. Army", "J. Smith": a full stop after an abbreviation or an initial.
      let i = m.index;
      while (i > 0 && m.index - i < 12 && LETTER_OR_DOT.test(text[i - 1] as string)) i--;
      const word = text.slice(i, m.index).toLowerCase();
      if (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word)) continue;
    }
    starts.push(end);
  }
  return starts;
}

function lineEndsSentence(text: string, nl: number, width: number, markdown: boolean): boolean {
  let s = nl - 1;
  if (text[s] === '\r') s--;
  const lineStart = text.lastIndexOf('\n', s) + 1;
  const line = text.slice(lineStart, s + 1).trimEnd();
  if (line.trim() === '') return true;
  if (/[.!?:;…"”)\]]$/.test(line)) return true;
  if (line.length < width * 0.6) return true;
  if (markdown) {
    const nextEnd = text.indexOf('\n', nl + 1);
    const next = text.slice(nl + 1, nextEnd < 0 ? text.length : nextEnd);
    const current = text.slice(lineStart, s + 1);
    if (MARKDOWN_BLOCK_START.test(next) || /^[ \t]{0,3}#/.test(current)) return true;
  }
  return false;
}

/** The [start, end) of the sentence holding `offset`. */
export function sentenceAt(starts: number[], textLength: number, offset: number): [number, number] {
  const i = Math.max(0, lastAtMost(starts, offset));
  return [starts[i] as number, starts[i + 1] ?? textLength];
}
