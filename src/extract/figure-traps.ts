// Figures that are no claims: parts of names, codes, versions, times, street numbers and product names.
import { REFERENCE_WORDS } from '../data/traps.js';
import type { ParsedNumber } from './numbers.js';
import { singular, wordClass } from '../lexicon/words.js';
import { tagsOf } from '../lexicon/english.js';

const PREV_WORD_CHAR = /[\p{L}\p{N}.#-]/u;

/** The word just before `pos`, lower-cased, skipping spaces. */
export function prevWord(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && pos - end < 8 && /[\s\u00a0]/.test(text[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && end - start < 24 && PREV_WORD_CHAR.test(text[start - 1] as string)) start--;
  return text.slice(start, end).toLowerCase();
}

const APERTURE_BEFORE = /(?:^|[^\p{L}\p{N}])[fƒ]\/[ \u00a0]?$/iu;

/** True when the characters around a digit run make it part of a name, code, version, time or phone number. */
export function digitTrap(text: string, n: ParsedNumber): boolean {
  const before = text[n.start - 1] ?? '';
  const before2 = text[n.start - 2] ?? '';
  if ((before === '.' || before === ',' || before === '/' || before === ':') && /\d/.test(before2)) return true;
  if (before === '-' && /[\p{L}\d]/u.test(before2)) return true; // GPT-4, Covid-19, the "180" of a skipped "14-180"
  if (before === '#' || before === '№' || before === '^' || before === '@') return true;
  if (APERTURE_BEFORE.test(text.slice(Math.max(0, n.start - 4), n.start))) return true; // an aperture: "f/1.8", "f/ 4"
  if (inEscapeSequence(text, n.start)) return true;
  const after = text.slice(n.end, n.end + 3);
  if (/^[.:/]\d/.test(after)) return true; // versions, times, dates
  if (/^(?:st|nd|rd|th)(?![\p{L}])/iu.test(after)) return true; // ordinals
  const rest = text.slice(n.end, n.end + 40);
  if (CLOCK_AFTER.test(rest) || STREET_AFTER.test(rest)) return true; // "11 a.m.", "12 Harbour Street"
  if (/^'?s(?![\p{L}])/u.test(after) && !n.fraction) return true; // decades: 1980s, 90s
  if (/^-\p{Lu}\p{Ll}/u.test(after)) return true; // hyphened to a capitalised word, a name: "7-Eleven"; not "400-GPU"
  if (phoneEnd(text, n.start) !== null || inPhone(text, n.start)) return true; // "0161 496 0123", "call 555 0134"
  const p = prevWord(text, n.start);
  // "Section 3", "No. 5"; but a word ending the sentence before ("… in the week. 70 turbines") labels nothing.
  if (REFERENCE_WORDS.has(p) && !referenceWordIsVerb(text, n, p)) return true;
  const lead = text.slice(Math.max(0, n.start - 16), n.start);
  if (/\bpages?\s+\d+\s+of\s+$/i.test(lead)) return true; // "page 1 of 2"
  if (/(?:©|\(c\)|copyright)\s*$/i.test(lead)) return true; // "© 2025"
  if (/\b(?:Q[1-4]|H[12]|FY|CY)\s*$/.test(lead)) return true; // "Q3 2025": a period's label
  return false;
}

/** Words after which a reference word is a verb: "will build 3,100 flats", "we release 40 titles". */
const BEFORE_VERB = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'shall', 'should', 'must', 'did', 'does', 'do', 'we', 'they', 'i', 'you']);

/** "build 3,100 flats": a label is never written with thousands grouped, nor after "will" or "to". */
function referenceWordIsVerb(text: string, n: ParsedNumber, word: string): boolean {
  if (/^\d{1,3}(?:,\d{3})+(?!\d)/.test(text.slice(n.start, n.end))) return true;
  let at = n.start;
  while (at > 0 && /[\s\u00a0]/.test(text[at - 1] as string)) at--;
  const before = prevWord(text, at - word.length);
  if (BEFORE_VERB.has(before)) return true;
  // After "to", a verb when a plural noun follows the figure: "to release 12 films", not "turn to page 12".
  const next = /^[ \u00a0]+(\p{Ll}+s)(?![\p{L}\p{N}])/u.exec(text.slice(n.end, n.end + 24));
  return before === 'to' && next !== null && wordClass(next[1] as string) === 'noun';
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
export function clockTime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  return /\b(?:half|quarter)\s+(?:past|to)\s+$|\b(?:twenty|ten|five)\s+past\s+$/i.test(before) || /^\s+past\s+\w/i.test(text.slice(end, end + 8)) || /^\s*o['’]clock/i.test(text.slice(end, end + 9));
}

/** A capitalised word right before a bare figure names a product or version: "Llama 3.1", "Boeing 747". */
export function productName(text: string, start: number, sentenceStart: number, end: number): boolean {
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

/** A name and its number, or a number and its model's suffix: "Windows 10 runs", "the 787 Dreamliner", "the 737 MAX". */
export function namedProduct(text: string, start: number, sentenceStart: number, end: number): boolean {
  if (productName(text, start, sentenceStart, end) || modelSuffixAfter(text, end)) return true;
  // "Formula 1 drivers": one cannot count a plural; after a capitalised word the figure is part of a name.
  const plural = /^[ \u00a0]+(\p{Ll}+)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 24));
  if (text.slice(start, end) === '1' && plural && pluralNoun(plural[1] as string) && /\p{Lu}[\p{L}]*[ \u00a0]+$/u.test(text.slice(Math.max(0, start - 24), start))) return true;
  // Opening a sentence, a name the lexicon does not know and a figure are one name: "Windows 10 runs on ...".
  const m = /(\p{Lu}[\p{L}\p{N}]*)[\s\u00a0]+$/u.exec(text.slice(Math.max(sentenceStart, start - 30), start));
  if (!m || start - m[0].length > sentenceStart) return false;
  return wordClass(m[1] as string) === 'name' && /^\d+$/.test(text.slice(start, end)) && /^[ \u00a0]+\p{Ll}/u.test(text.slice(end, end + 3));
}

const LEADING_ZERO_PHONE = /0\d{1,4}(?:[ \u00a0-]\d{2,4}){1,3}(?!\d|[.,]\d)/y;
const INTERNATIONAL_PHONE = /\d{1,3}(?:[ \u00a0-]\d{1,4}){2,4}(?!\d|[.,]\d)/y;
const SPACED_PHONE = /\d{3,5}(?:[ \u00a0-]\d{3,4}){1,2}(?!\d|[.,]\d)/y;
const PHONE_WORD_BEFORE = /\b(?:call|calling|tel|telephone|phone|ring|dial|fax|mobile|helpline|hotline)[.:]?[ \u00a0]*$/i;
const PHONE_GROUPS_BEFORE = /(?:^|[^\d.,])(?:\+\d{1,3}|0\d{1,4})(?:[ \u00a0-]\d{1,4}){0,3}[ \u00a0-]$/;

/**
 * The end of a telephone number starting at `start`: digit groups split by spaces, led by a zero
 * ("020 7946 0958") or a plus ("+44 20 7946 0958"), or after a word such as "call" or "tel" ("call 555 0134").
 */
export function phoneEnd(text: string, start: number): number | null {
  for (const [re, when] of [
    [LEADING_ZERO_PHONE, text[start] === '0'],
    [INTERNATIONAL_PHONE, text[start - 1] === '+'],
    [SPACED_PHONE, PHONE_WORD_BEFORE.test(text.slice(Math.max(0, start - 16), start))],
  ] as const) {
    if (!when) continue;
    re.lastIndex = start;
    if (re.test(text)) return re.lastIndex;
  }
  return null;
}

/** A later digit group of a telephone number: the "496" and "0123" of "0161 496 0123". */
function inPhone(text: string, start: number): boolean {
  if (!/[ \u00a0-]/.test(text[start - 1] ?? '') || !/\d/.test(text[start - 2] ?? '')) return false;
  const lead = text.slice(Math.max(0, start - 24), start);
  const m = PHONE_GROUPS_BEFORE.exec(lead);
  if (!m) return false;
  const from = start - lead.length + m.index + (m[0].length - m[0].replace(/^[^\d+]/, '').length);
  const first = text[from] === '+' ? from + 1 : from;
  const end = phoneEnd(text, first);
  return end !== null && end > start;
}

/** A figure followed by a model's suffix: "737 MAX", "787 Dreamliner" (a capitalised word in the singular, then no noun). */
export function modelSuffixAfter(text: string, end: number): boolean {
  // The lower-case word after the name, past up to two more capitalised words: "24 Northstar Relay satellites".
  const m = /^[ \u00a0]+(\p{Lu}[\p{L}\p{N}]*)(?![\p{L}\p{N}'’-])(?:[ \u00a0]+\p{Lu}[\p{L}\p{N}]*(?![\p{L}\p{N}'’-])){0,2}(?:[ \u00a0]+(\p{Ll}+))?/u.exec(text.slice(end, end + 60));
  if (!m) return false;
  const word = m[1] as string;
  if (/^\p{Lu}{2,}$/u.test(word) && word.length <= 5) return true; // "737 MAX", "911 GT3"
  if (word.endsWith('s') || !/\p{Ll}/u.test(word)) return false; // "20 Airbus jets" reads on; "500 Londoners"
  return wordClass(word) === 'name' && (m[2] === undefined || wordClass(m[2]) !== 'noun');
}

const AUXILIARIES = new Set(['is', 'was', 'has', 'had', 'will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'said', 'says']);

/** A capital letter fused to a figure and followed by a verb or a singular noun is a name, not a scale: "3M reported", "3M's plant". */
export function fusedName(text: string, end: number): boolean {
  const m = /^\p{Lu}(?:['’]s(?![\p{L}\p{N}])|[ \u00a0]+(\p{Ll}+)(?![\p{L}\p{N}]))/u.exec(text.slice(end, end + 24));
  if (!m) return false;
  const next = m[1];
  // Millions count a plural ("3M users"); before a singular noun the figure and letter are a name ("the 3M plant").
  return next === undefined || AUXILIARIES.has(next) || wordClass(next) === 'verb' || (wordClass(next) === 'noun' && !pluralNoun(next));
}

/** Collective nouns that count as plurals after a figure. */
const COLLECTIVE = new Set(['staff', 'personnel', 'people', 'police', 'cattle', 'livestock', 'poultry', 'data', 'crew', 'folk']);

/** A plural noun: "users", "children", "people". */
export function pluralNoun(word: string): boolean {
  const w = word.toLowerCase();
  return COLLECTIVE.has(w) || singular(w) !== w || tagsOf(w).includes('Plural');
}

export function nextNonDigit(text: string, pos: number): number {
  // A telephone number is skipped whole.
  let b = pos;
  while (b > 0 && /\d/.test(text[b - 1] as string)) b--;
  const phone = phoneEnd(text, b);
  if (phone !== null && phone > pos) return phone;
  const re = /[\d.,:/\-]*/y;
  re.lastIndex = pos;
  const m = re.exec(text);
  return pos + (m ? m[0].length : 0);
}
