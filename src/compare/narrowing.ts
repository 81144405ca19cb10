// Words around a figure that narrow which figure it is, read from its sentence through the language
// layer: the time a rate is counted over ("60 requests per minute"), the group a sample is drawn from
// ("a survey of 2,300 nurses"), and the capitalised words that name a tier, segment or product line
// ("Pro keys", "the Enterprise plan"). Figures that differ in these may both be right.
import { CALENDAR_WORD, isComparative, tagsOf, SAMPLE_NOUNS } from '../lexicon/english.js';
import type { Place } from './place.js';

const NONE: string[] = [];

/** "per minute", "a month", "every second", "/day": the span a rate is counted over, right after the figure. */
const RATE = /^[^\d.;:!?]{0,40}?(?:\bper|\ba|\ban|\beach|\bevery|\/)[\s\u00a0]*(second|minute|hour|day|night|week|month|quarter|year|annum)s?\b/i;

/** The span a figure is counted over ("minute" for "60 requests per minute"), or null. */
export function rateOf({ sentence, text, at }: Place): string | null {
  if (at < 0) return null;
  const m = RATE.exec(sentence.slice(at + text.length, at + text.length + 60));
  if (!m) return null;
  const span = (m[1] as string).toLowerCase();
  return span === 'annum' ? 'year' : span;
}

const SAMPLE_BEFORE = /([\p{L}]+)[\s\u00a0]+of[\s\u00a0]+(?:(?:about|around|some|nearly|almost|roughly|approximately|over|more than|up to|at least)[\s\u00a0]+)?$/iu;

/** Whether the figure counts a sample drawn for a survey or study ("a survey of 2,300 nurses"). */
export function sampledBy({ sentence, at }: Place): boolean {
  if (at <= 0) return false;
  const m = SAMPLE_BEFORE.exec(sentence.slice(Math.max(0, at - 40), at));
  return m !== null && SAMPLE_NOUNS.has((m[1] as string).toLowerCase());
}

const NOT_SEGMENT_TAGS = new Set(['Month', 'WeekDay', 'Date', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Possessive', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary']);
const CAPITALISED = /[A-Z][\p{L}\d&-]*/gu;

let lastSentence = '';
let lastWords: string[] = NONE;

/**
 * The capitalised words of a sentence, lower-cased, each once: names and the tiers, plans and segments
 * a sentence picks out ("Pro", "Enterprise"). A word opening a sentence, item or cell is capitalised
 * whatever it is, so it does not count; months and days are dates, not segments.
 */
export function capitalisedWords(sentence: string): string[] {
  if (sentence === lastSentence) return lastWords;
  const out: string[] = [];
  CAPITALISED.lastIndex = 0;
  for (let m = CAPITALISED.exec(sentence); m; m = CAPITALISED.exec(sentence)) {
    const start = m.index;
    const prev = start > 0 ? sentence.charCodeAt(start - 1) : 32;
    // Inside a word ("iPhone", "SUMMIT-PSO-1" read from its start) the match is not a word of its own.
    if (start > 0 && /[\p{L}\d]/u.test(String.fromCharCode(prev))) continue;
    const word = m[0].toLowerCase();
    const tags = tagsOf(word);
    // The first word of a sentence, a list item or a table cell is capitalised whatever it is.
    const opening = /^[\s\-*#>|"'“(]*$/.test(sentence.slice(0, start)) || /(?:[.!?:]["”']?|[|*])[\s\u00a0]*$/.test(sentence.slice(Math.max(0, start - 4), start));
    if (CALENDAR_WORD.test(word) || tags.some((t) => NOT_SEGMENT_TAGS.has(t))) continue;
    if (opening) continue;
    if (!out.includes(word)) out.push(word);
  }
  lastSentence = sentence;
  lastWords = out.length ? out : NONE;
  return lastWords;
}

/**
 * The capitalised words of the sentence up to the end of the figure's clause: what the words before a
 * figure name is what it is said of ("every Pro organisation gets … 1,200 requests"); names after its
 * clause are said of other figures.
 */
export function segmentsOf({ sentence, at, clause, clauseAt }: Place): readonly string[] {
  if (at < 0) return capitalisedWords(sentence).slice();
  return capitalisedWords(sentence.slice(0, at - clauseAt + clause.length)).slice();
}

/** A figure and its unit symbol ("260 km "), not a model's number ("Vela 2 rocket"). */
const FIGURE_BEFORE = /\d[\d,.]*[\s\u00a0]*(?:\p{L}{1,3}|[%$€£])?[\s\u00a0]*$/u;

/**
 * Whether the measured noun, named before the figure, belongs to another figure: it comes right after
 * one ("260 km offshore, just 27 days after"), so it was read across that figure.
 */
export function nounOfAnotherFigure({ sentence, at }: Place, noun: string): boolean {
  if (at <= 0 || !noun) return false;
  const i = sentence.toLowerCase().lastIndexOf(noun.toLowerCase(), at - 1);
  if (i < 0 || i + noun.length > at) return false;
  const figure = FIGURE_BEFORE.exec(sentence.slice(Math.max(0, i - 24), i));
  // A year before a noun dates it ("2025 revenue of $5bn"); it is no figure of its own.
  return figure !== null && !/^(?:19|20)\d\d[\s\u00a0]*$/.test(figure[0]);
}

const WORDS_BEFORE = /([\p{L}-]+)[\s\u00a0]+(?:([\p{L}-]+)[\s\u00a0]+)?$/u;

/**
 * Whether a comparative sets the figure against another of its kind, right before it: "a lower 12 mg
 * dose", "the larger 80 kWh pack". Such a figure is one of several, not the one a sentence without it states.
 */
export function contrasted({ sentence, at }: Place): boolean {
  if (at <= 0) return false;
  const m = WORDS_BEFORE.exec(sentence.slice(Math.max(0, at - 30), at));
  if (!m) return false;
  return [m[1], m[2]].some((w) => w !== undefined && isComparative(w.toLowerCase()));
}

/** Whether both lists have words and share none. */
export function noCommonWord(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const w of a) for (const v of b) if (w === v || `${w}s` === v || `${v}s` === w) return false;
  return true;
}
