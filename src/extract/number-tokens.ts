// Number words as tokens: each word of a number written out ("twenty", "-", "five", "million") with its
// lexical kind and value, and the spacing rules between them.
import { UNIT_WORDS as UNIT_NAMES } from '../data/units.js';
import { COUNTED_GROUP_WORDS, FRACTION_ONLY_WORDS, GROUP_WORDS, ORDINAL_VALUES, SCALE_WORDS, TENS_WORDS, UNIT_WORDS } from '../data/number-words.js';

export type Kind = 'unit' | 'tens' | 'hundred' | 'scale' | 'group' | 'ordinal' | 'article' | 'and' | 'point' | 'of';

export interface Lex {
  kind: Kind;
  value: number;
  /** "thirds", "dozens". */
  plural: boolean;
  /** An ordinal that names a rank ("third"), as opposed to "half" and "quarter". */
  rank: boolean;
  /** An ordinal that can be a denominator on its own (not "first" or "second"); a group that "a" can count ("a dozen"). */
  alone: boolean;
}

export interface Token {
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

export function isInlineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2009 || c === 0x202f;
}

function isHyphen(c: number): boolean {
  return c === 0x2d || c === 0x2010 || c === 0x2011;
}

/** After optional spaces with at most one line break, as patterns.ts SPACE0: never across a blank line. */
export function skipSpace(text: string, i: number): number {
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
export function tokenize(text: string, pos: number): Token[] {
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
export function wordAfter(text: string, pos: number): string {
  const i = skipSpace(text, pos);
  if (i === pos) return '';
  const end = wordEnd(text, i);
  return text.slice(i, end).toLowerCase();
}

const WORD_AFTER_HYPHEN = /-([A-Za-z]+(?:[ -][A-Za-z]+)?)/y;

/** True when a hyphen and a unit word follow `pos` ("-century", "-mile"). */
function unitAfterHyphen(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== 45) return false;
  WORD_AFTER_HYPHEN.lastIndex = pos;
  const m = WORD_AFTER_HYPHEN.exec(text);
  return m !== null && (UNIT_NAMES.has((m[1] as string).toLowerCase()) || UNIT_NAMES.has((m[1] as string).split(/[ -]/)[0]!.toLowerCase()));
}
