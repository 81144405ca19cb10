// What a figure carries on its right: scale words, percent signs, currencies and units;
// and on its left: currency symbols and qualifiers.
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES, type CurrencyForm } from '../data/currencies.js';
import { QUALIFIER_PREFIXES, QUALIFIER_SUFFIXES, type QualifierForm } from '../data/qualifiers.js';
import { SCALES } from '../data/scales.js';
import { UNIT_SYMBOLS, UNIT_WORDS, type UnitForm } from '../data/units.js';
import { alternation, SPACE, SPACE0 } from './patterns.js';
import { footMarkAt, litresPer100At, temperatureLetterAt, UNIT_ADJECTIVE } from './unit-context.js';
import { wordClass } from '../lexicon/words.js';

export interface Affix<T> {
  start: number;
  end: number;
  text: string;
  info: T;
}

const NOT_LETTER = '(?![\\p{L}\\p{N}])';

const strongScales = Object.entries(SCALES).filter(([, s]) => !s.weak).map(([k]) => k);
const isWord = (k: string) => /^[a-z]+(?: [a-z]+)*$/.test(k) && k.length > 3;
const SCALE_WORD = new RegExp(`(?:${SPACE0}-${SPACE0}|${SPACE})(${alternation(strongScales.filter(isWord))})${NOT_LETTER}`, 'iuy');
const SCALE_ABBREV = new RegExp(`${SPACE0}(${alternation(strongScales.filter((k) => !isWord(k)))})${NOT_LETTER}`, 'uy');
const SCALE_LETTER = /(k|K|m|M|b|B|T)(?![\p{L}\p{N}])/uy;

/** A scale after a figure: " million", "bn", "-billion", and with `allowLetter` an attached "m"/"b"/"k". */
export function scaleAt(text: string, pos: number, allowLetter: boolean): Affix<number> | null {
  for (const re of [SCALE_WORD, SCALE_ABBREV]) {
    re.lastIndex = pos;
    const m = re.exec(text);
    if (!m) continue;
    const key = (m[1] as string).replace(/[\s\u00a0]+/g, ' ');
    return { start: pos, end: pos + m[0].length, text: m[0], info: (SCALES[key] ?? (SCALES[key.toLowerCase()] as { factor: number })).factor };
  }
  if (allowLetter) {
    SCALE_LETTER.lastIndex = pos;
    const m = SCALE_LETTER.exec(text);
    if (m) return { start: pos, end: pos + 1, text: m[0], info: SCALES[m[1] as string]!.factor };
  }
  return null;
}

export interface PercentInfo {
  unit: '%' | 'pp';
  factor: number;
}

const PERCENT = new RegExp(`${SPACE0}(%|per[ -]?cent(?:age)?[ ]+points?|percentage[ ]+points?|per[ -]?cents?|percents?|percentage|pct\\.?|pp|basis[ ]+points?|bps)(?![\\p{L}\\p{N}])`, 'iuy');

export function percentAt(text: string, pos: number): Affix<PercentInfo> | null {
  PERCENT.lastIndex = pos;
  const m = PERCENT.exec(text);
  if (!m) return null;
  const w = (m[1] as string).toLowerCase();
  const info: PercentInfo = /basis|bps/.test(w) ? { unit: 'pp', factor: 0.01 } : /point|^pp$/.test(w) ? { unit: 'pp', factor: 1 } : { unit: '%', factor: 1 };
  return { start: pos, end: pos + m[0].length, text: m[0], info };
}

const SUFFIX_KEYS = Object.keys(CURRENCY_SUFFIXES);
// A word may follow a hyphen, as in a compound adjective: "a 12-cent dividend", "a 50-euro fine".
const HYPHEN_WORD = /-(?=\p{L})/uy;
const SPACE_BEFORE_WORD = new RegExp(SPACE0, 'y');
// The forms, grouped by their first character: one expression over every currency name of the table
// takes V8 tens of milliseconds to compile, so each group is compiled the first time a text needs it.
const SUFFIXES_BY_FIRST = new Map<string, string[]>();
for (const k of SUFFIX_KEYS) {
  const first = (k[0] as string).toLowerCase();
  const list = SUFFIXES_BY_FIRST.get(first);
  if (list) list.push(k);
  else SUFFIXES_BY_FIRST.set(first, [k]);
}
const SUFFIX_AT = new Map<string, RegExp | null>();

/** The currency form starting at `pos`, as written (`[form]`, `index` and `0` as a match has them). */
function suffixFormAt(text: string, pos: number): string | null {
  const first = (text[pos] ?? '').toLowerCase();
  let re = SUFFIX_AT.get(first);
  if (re === undefined) {
    const keys = SUFFIXES_BY_FIRST.get(first);
    re = keys ? new RegExp(`(?:${alternation(keys)})(?![\\p{L}\\p{N}])`, 'iuy') : null;
    SUFFIX_AT.set(first, re);
  }
  if (!re) return null;
  re.lastIndex = pos;
  return re.exec(text)?.[0] ?? null;
}

/** What `(?:-(?=\p{L})|SPACE0)(FORM)(?![\p{L}\p{N}])` would match at `pos`: [whole match, form]. */
function currencyAfter(text: string, pos: number): [string, string] | null {
  HYPHEN_WORD.lastIndex = pos;
  if (HYPHEN_WORD.test(text)) {
    const form = suffixFormAt(text, pos + 1);
    if (form !== null) return [text.slice(pos, pos + 1 + form.length), form];
  }
  SPACE_BEFORE_WORD.lastIndex = pos;
  const space = SPACE_BEFORE_WORD.exec(text)?.[0].length ?? 0;
  const form = suffixFormAt(text, pos + space);
  return form === null ? null : [text.slice(pos, pos + space + form.length), form];
}

const WORD_AFTER = /[ \t\u00a0]+(\p{L}+)/uy;

/** Whether the word after `pos` is a noun or a name ("grand prizes", "grand Slam"). */
function nounAfter(text: string, pos: number): boolean {
  WORD_AFTER.lastIndex = pos;
  const m = WORD_AFTER.exec(text);
  if (!m) return false;
  const word = m[1] as string;
  return /^\p{Lu}/u.test(word) ? !/^(?:I|A|The)$/.test(word) : wordClass(word) === 'noun';
}

export function currencySuffixAt(text: string, pos: number, afterScale = false): Affix<CurrencyForm> | null {
  const m = currencyAfter(text, pos);
  if (!m) return null;
  const key = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
  const info = CURRENCY_SUFFIXES[key];
  if (!info || (info.afterScaleOnly && !afterScale) || (info.written !== undefined && m[1] !== info.written)) return null;
  if (info.adjective && nounAfter(text, pos + m[0].length)) return null;
  // A symbol followed by a figure belongs to that figure: "$ 20,000.00 $ 37,305.97"; unless that figure
  // carries the symbol after it too: "10 $ 30 $".
  if (!/\p{L}/u.test(key)) {
    const after = text.slice(pos + m[0].length, pos + m[0].length + 24);
    const figure = /^[ \t\u00a0]*(?:\r?\n[ \t\u00a0]*)?\d[\d.,]*/u.exec(after);
    if (figure && !after.slice(figure[0].length).replace(/^[ \t\u00a0]+/, '').startsWith(m[1] as string)) return null;
  }
  return { start: pos, end: pos + m[0].length, text: m[0], info };
}

const PREFIX_KEYS = Object.keys(CURRENCY_PREFIXES);
const CURRENCY_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}$])(${alternation(PREFIX_KEYS)})[\\s\\u00a0]*$`, 'iu');

/** A currency written just before `pos` ("$", "US$ ", "€", "USD "). */
/** The last run of non-space characters of every prefix form ("$", "us$", "usd", "rs."). */
const PREFIX_TAILS = new Set(PREFIX_KEYS.map((k) => (k.split(' ').pop() as string).toLowerCase()));

export function currencyPrefixBefore(text: string, pos: number, notBefore = 0): Affix<CurrencyForm> | null {
  // Cheap test first: the token before the figure must end like a currency form.
  let end = pos;
  while (end > 0 && pos - end < 4 && /[\s\u00a0]/.test(text[end - 1] as string)) end--;
  let start = end;
  while (start > 0 && end - start < 6 && !/[\s\u00a0]/.test(text[start - 1] as string)) start--;
  const tail = text.slice(start, end).toLowerCase().replace(/^[("'‘“[]+/, '');
  if (!PREFIX_TAILS.has(tail) && !PREFIX_TAILS.has(tail.slice(-1))) return null;
  const from = Math.max(0, notBefore, pos - 12);
  const window = text.slice(from, pos);
  const m = CURRENCY_BEFORE.exec(window);
  if (!m) return null;
  const key = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
  const info = CURRENCY_PREFIXES[key];
  if (!info || (info.written !== undefined && m[1] !== info.written)) return null;
  // A one-letter symbol ("R") before a lone digit is a name: "R1", "R2-D2".
  if (info.written?.length === 1 && /^\d(?!\d|[.,]\d)/.test(text.slice(pos, pos + 3))) return null;
  // Letter codes need a space or nothing between them and the figure, and must not be ordinary words.
  return { start: from + m.index, end: pos, text: m[0], info };
}

// Units: words case-insensitively, symbols case-sensitively. Symbols that are also words or
// abbreviations ("in", "t", "AU", "dB") only when attached, or spaced where the context says so.
const ATTACHED_ONLY = new Set(['in', 't', 's', 'h', 'l', 'L', 'g', 'sec', 'min', 'mi', 'ha', 'kt', 'kn', 'cc', 'nm', 'ms', 'AU', 'dB', 'Nm', 'lm', 'lx']);
const UNIT_WORD_RE = new RegExp(`(?:${SPACE0}-${SPACE0}|${SPACE})(${alternation(UNIT_WORDS.keys())})(?![\\p{L}\\p{N}])`, 'iuy');
const symbolKeys = [...UNIT_SYMBOLS.keys()];
const UNIT_SYMBOL_SPACED = new RegExp(`${SPACE}([([{<]?)(${alternation(symbolKeys.filter((k) => !ATTACHED_ONLY.has(k)))})([)\\]}>]?)(?![\\p{L}\\p{N}/²³])`, 'uy');
const UNIT_SYMBOL_ATTACHED = new RegExp(`()(${alternation(symbolKeys)})()(?![\\p{L}\\p{N}/²³])`, 'uy');
/** A short symbol after a space only where nothing follows it: "15 t" closing a table cell or a sentence. */
const UNIT_SYMBOL_SPACED_LAST = new RegExp(`${SPACE}()(${alternation(symbolKeys.filter((k) => ATTACHED_ONLY.has(k) && k !== 'in'))})()(?=[ \\t]*(?:[|.,;)]|$))`, 'umy');
/** A short symbol after a space and before a lowercase word: "450 g of rice", "120 g butter", "45,000 t at the port".
 * Not "in", which is an English word in that slot ("3 in a row"). */
const UNIT_SYMBOL_SPACED_BEFORE_WORD = new RegExp(`${SPACE}()(${alternation(symbolKeys.filter((k) => ATTACHED_ONLY.has(k) && k !== 'in'))})()(?=${SPACE}\\p{Ll})`, 'uy');

/** A symbol in capitals is an acronym too ("AU": astronomical units, the African Union): spaced, it is a unit only
 * where no noun follows ("0.3 AU from the Sun", not "27 AU members"). */
const ACRONYM = /^\p{Lu}{2,}$/u;

const UNIT_SYMBOL_SLASH = new RegExp(`[ \\t\\u00a0]?(${alternation(symbolKeys)})(?=[ \\t\\u00a0]?/)`, 'uy');

/** A unit symbol followed by a slash, as the first term of a rate: the "m" of "9.8 m/s²". */
export function unitSymbolBeforeSlash(text: string, pos: number): Affix<UnitForm> | null {
  // Cheap test first: a slash within a symbol's reach.
  let slash = pos;
  const stop = Math.min(text.length, pos + 10);
  while (slash < stop && text.charCodeAt(slash) !== 0x2f) slash++;
  if (slash === stop) return null;
  UNIT_SYMBOL_SLASH.lastIndex = pos;
  const m = UNIT_SYMBOL_SLASH.exec(text);
  const info = m ? UNIT_SYMBOLS.get(m[1] as string) : undefined;
  return m && info ? { start: pos, end: pos + m[0].length, text: m[0], info } : null;
}

export function unitAt(text: string, pos: number): Affix<UnitForm> | null {
  UNIT_WORD_RE.lastIndex = pos;
  let m = UNIT_WORD_RE.exec(text);
  if (m) {
    const info = UNIT_WORDS.get((m[1] as string).toLowerCase().replace(/\s+/g, ' '));
    if (info) return { start: pos, end: pos + m[0].length, text: m[0], info };
  }
  for (const re of [UNIT_SYMBOL_ATTACHED, UNIT_SYMBOL_SPACED, UNIT_SYMBOL_SPACED_LAST, UNIT_SYMBOL_SPACED_BEFORE_WORD]) {
    re.lastIndex = pos;
    m = re.exec(text);
    if (m && re === UNIT_SYMBOL_SPACED_BEFORE_WORD && ACRONYM.test(m[2] as string) && nounAfter(text, pos + m[0].length)) continue;
    if (m && (m[1] === '' || '([{<'.indexOf(m[1] as string) === ')]}>'.indexOf(m[3] as string))) {
      const info = UNIT_SYMBOLS.get((m[2] as string).replace(/\s+/g, ' '));
      // "(145 km/h)": the bracket closing after the symbol was opened before the figure.
      const matched = m[1] === '' ? m[0].slice(0, m[0].length - (m[3] as string).length) : m[0];
      if (info) return { start: pos, end: pos + matched.length, text: matched, info };
    }
  }
  const other = litresPer100At(text, pos) ?? temperatureLetterAt(text, pos);
  if (other) return { start: pos, ...other };
  return shortSymbolAt(text, pos) ?? hyphenSymbolAt(text, pos) ?? adjectiveUnitAt(text, pos);
}

/** "28 straight days": a unit word after an adjective. */
function adjectiveUnitAt(text: string, pos: number): Affix<UnitForm> | null {
  UNIT_ADJECTIVE.lastIndex = pos;
  const adjective = UNIT_ADJECTIVE.exec(text);
  if (!adjective) return null;
  UNIT_WORD_RE.lastIndex = pos + adjective[0].length;
  const m = UNIT_WORD_RE.exec(text);
  const info = m ? UNIT_WORDS.get((m[1] as string).toLowerCase().replace(/\s+/g, ' ')) : undefined;
  return m && info ? { start: pos, end: UNIT_WORD_RE.lastIndex, text: text.slice(pos, UNIT_WORD_RE.lastIndex), info } : null;
}

/** "300-hp", "5-km": a symbol of two letters or more after a hyphen, as a compound adjective. */
function hyphenSymbolAt(text: string, pos: number): Affix<UnitForm> | null {
  if (text[pos] !== '-') return null;
  UNIT_SYMBOL_ATTACHED.lastIndex = pos + 1;
  const m = UNIT_SYMBOL_ATTACHED.exec(text);
  if (!m || (m[2] as string).length < 2 || ATTACHED_ONLY.has(m[2] as string) || !/^\p{L}+$/u.test(m[2] as string)) return null;
  const info = UNIT_SYMBOLS.get(m[2] as string);
  return info ? { start: pos, end: pos + 1 + m[0].length, text: `-${m[0]}`, info } : null;
}

const INCH: UnitForm = { dimension: 'length', base: 'm', factor: 0.0254 };
const HOUR: UnitForm = { dimension: 'time', base: 's', factor: 3600 };
/** "2 in of rain", "2 in thick", "30 in by 12 in": "in" is inches only where a measure or dimension says so. */
const INCHES_WORD = /[ \t\u00a0]in(?=[ \t\u00a0]+(?:of|thick|long|wide|tall|deep|high|across|diameter|by|x|×)(?![\p{L}]))/uy;
const INCHES_LAST = /[ \t\u00a0]in(?=[ \t]*(?:[.,;)|]|$))/umy;
const DIMENSION_BEFORE = /(?:by|x|×)[ \t\u00a0]+[\d.,]+$/;
/** A spaced "h" before minutes: "1 h 20 min". */
const HOURS_BEFORE_MINUTES = /[ \t\u00a0]h(?=[ \t\u00a0]+\d{1,2}[ \t\u00a0]*min)/y;
const MINUTE: UnitForm = { dimension: 'time', base: 's', factor: 60 };
/** The minutes after a spaced "h". */
const MINUTES_SPACED = /[ \t\u00a0]min(?![\p{L}\p{N}])/uy;
const HOURS_PART_BEFORE = /\d[ \t\u00a0]?h[ \t\u00a0]+\d{1,2}$/;
/** An inch mark: `13"`, `13''`, `13″`; a straight quote only outside a quotation. */
const INCH_MARK = /(?:″|''|")(?![\p{L}\p{N}])/uy;

/** Short symbols that are also words, read as units only where the context says so. */
function shortSymbolAt(text: string, pos: number): Affix<UnitForm> | null {
  const c = text.charCodeAt(pos);
  if (c === 32 || c === 9 || c === 0xa0) {
    for (const [re, info] of [[INCHES_WORD, INCH], [HOURS_BEFORE_MINUTES, HOUR]] as const) {
      re.lastIndex = pos;
      const m = re.exec(text);
      if (m) return { start: pos, end: pos + m[0].length, text: m[0], info };
    }
    MINUTES_SPACED.lastIndex = pos;
    const min = MINUTES_SPACED.exec(text);
    if (min && HOURS_PART_BEFORE.test(text.slice(Math.max(0, pos - 12), pos))) return { start: pos, end: pos + min[0].length, text: min[0], info: MINUTE };
    INCHES_LAST.lastIndex = pos;
    const last = INCHES_LAST.exec(text);
    let b = pos;
    while (b > 0 && /[\d.,]/.test(text[b - 1] as string)) b--;
    if (last && DIMENSION_BEFORE.test(text.slice(Math.max(0, b - 24), pos))) return { start: pos, end: pos + last[0].length, text: last[0], info: INCH };
    return null;
  }
  if ((c === 0x27 || c === 0x2032) && text.charCodeAt(pos + 1) !== 0x27) return footMarkAt(text, pos);
  if (c === 0x22 || c === 0x27 || c === 0x2033) {
    INCH_MARK.lastIndex = pos;
    const m = INCH_MARK.exec(text);
    if (!m || !/\d/.test(text[pos - 1] ?? '')) return null;
    if (c === 0x22) {
      const lineStart = Math.max(text.lastIndexOf('\n', pos), pos - 400);
      if ((text.slice(lineStart + 1, pos).match(/"/g)?.length ?? 0) % 2 === 1) return null;
    }
    return { start: pos, end: pos + m[0].length, text: m[0], info: INCH };
  }
  return null;
}

const QUALIFIER_BEFORE = new RegExp(`(?<![\\p{L}])(${alternation(Object.keys(QUALIFIER_PREFIXES))})[\\s\\u00a0]*$`, 'iu');

/** A qualifier ending just before `pos` ("more than ", "just under "). */
/** The last word of every prefix qualifier: only when the word before a figure is one do we look further. */
const QUALIFIER_LAST_WORDS = new Set(Object.keys(QUALIFIER_PREFIXES).map((k) => (k.split(' ').pop() as string).toLowerCase()));

function lastWordBefore(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && pos - end < 4 && (text[end - 1] === ' ' || text[end - 1] === '\u00a0' || text[end - 1] === '\t' || text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  let start = end;
  while (start > 0 && end - start < 16 && !/[\s\u00a0]/.test(text[start - 1] as string)) start--;
  return text.slice(start, end).toLowerCase();
}

export function qualifierBefore(text: string, pos: number): Affix<QualifierForm> | null {
  if (!QUALIFIER_LAST_WORDS.has(lastWordBefore(text, pos))) return null;
  const from = Math.max(0, pos - 40);
  const m = QUALIFIER_BEFORE.exec(text.slice(from, pos));
  if (!m) return null;
  const info = QUALIFIER_PREFIXES[(m[1] as string).toLowerCase().replace(/\s+/g, ' ')];
  return info ? { start: from + m.index, end: pos, text: m[0], info } : null;
}

// "or less" is no bound when "than" and a figure follow: "5,000 or less than 6,000" holds two figures.
const QUALIFIER_AFTER = new RegExp(`${SPACE0}(${alternation(Object.keys(QUALIFIER_SUFFIXES))})(?![\\p{L}\\p{N}])(?![\\s\\u00a0]+than[\\s\\u00a0]+[\\p{N}\\p{Sc}])`, 'iuy');

/** "plus" and a figure adds the figure: "£300 million plus £20 million" bounds neither. */
const ADDED_FIGURE = /^[\s\u00a0]+[\p{N}\p{Sc}]/u;

export function qualifierAfter(text: string, pos: number): Affix<QualifierForm> | null {
  QUALIFIER_AFTER.lastIndex = pos;
  const m = QUALIFIER_AFTER.exec(text);
  if (!m) return null;
  const word = (m[1] as string).toLowerCase().replace(/\s+/g, ' ');
  if (word === 'plus' && ADDED_FIGURE.test(text.slice(pos + m[0].length, pos + m[0].length + 8))) return null;
  const info = QUALIFIER_SUFFIXES[word];
  return info ? { start: pos, end: pos + m[0].length, text: m[0], info } : null;
}
