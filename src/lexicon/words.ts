// Word classes, singulars and verb base forms, looked up word by word in compromise's lexicon
// (never a whole-text pass) and cached.
import { knownInfinitive, knownSingular, tagsOf } from './english.js';
import { IRREGULAR_VERBS } from '../data/measures.js';
import { memoize } from '../memo.js';

type WordClass = 'stop' | 'verb' | 'adjective' | 'noun' | 'name';


const STOP_TAGS = new Set([
  'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Possessive', 'Copula', 'Adverb', 'Modal', 'QuestionWord',
  'Auxiliary', 'Negative', 'Cardinal', 'Ordinal', 'Month', 'WeekDay', 'Date',
]);
const VERB_TAGS = new Set(['PastTense', 'Gerund', 'Infinitive', 'PresentTense', 'Participle', 'PhrasalVerb']);
/** Function words the lexicon tags otherwise, or that end a noun phrase after a figure. */
const EXTRA_STOPS = new Set([
  'over', 'under', 'per', 'each', 'than', 'and', 'or', 'but', 'nor', 'so', 'yet', 'of', 'to', 'in', 'on', 'at', 'by', 'for',
  'from', 'with', 'as', 'into', 'onto', 'about', 'since', 'until', 'till', 'via', 'versus', 'vs', 'a', 'an', 'the', 'this',
  'that', 'these', 'those', 'which', 'who', 'whom', 'whose', 'while', 'when', 'where', 'if', 'because', 'although', 'though',
  'last', 'next', 'ago', 'earlier', 'later', 'apiece', 'respectively', 'alone', 'more', 'less', 'fewer', 'most', 'least',
  'such', 'other', 'another', 'own', 'same', 'all', 'both', 'either', 'neither', 'some', 'any', 'many', 'much', 'few',
  'up', 'down', 'out', 'off', 'again', 'too', 'also', 'only', 'just', 'even', 'still', 'already', 'not', 'no', 'yes',
  'worldwide', 'globally', 'nationwide', 'overall', 'annually', 'altogether', 'combined', 'each', 'apiece', 'total', 'versus',
]);

/** The role a word can play right after a figure. Unknown words are taken as nouns. */
export const wordClass = memoize((word: string): WordClass => {
  const lower = word.toLowerCase();
  let cls: WordClass;
  const tags = tagsOf(lower);
  if (EXTRA_STOPS.has(lower)) cls = 'stop';
  else if (tags.some((t) => STOP_TAGS.has(t)) && !tags.some((t) => t === 'Noun' || t === 'Singular' || t === 'Plural')) cls = 'stop';
  else if (/^[A-Z]/.test(word) && !tags.length) cls = 'name';
  else if (!tags.length && /ly$/.test(lower) && lower.length > 4) cls = 'stop';
  else if (tags.includes('Plural') || tags.includes('Singular') || tags.includes('Noun') || tags.includes('Actor') || tags.includes('Unit') || tags.includes('Duration')) cls = 'noun';
  else if (tags.some((t) => t === 'PastTense' || t === 'Gerund') || (!tags.length && /(?:ed|ing)$/.test(lower) && lower.length > 5)) cls = 'verb';
  else if (tags.some((t) => t === 'Adjective' || t === 'Comparative' || t === 'Superlative')) cls = 'adjective';
  else if (tags.some((t) => VERB_TAGS.has(t)) && !lower.endsWith('s')) cls = 'verb';
  else cls = 'noun';
  return cls;
});

const UNCOUNTABLE = new Set(['data', 'series', 'species', 'staff', 'news', 'personnel', 'people', 'sales', 'means', 'headquarters', 'gas', 'physics', 'economics', 'analytics']);

/** Regular English plurals: "companies" → "company", "boxes" → "box", "chips" → "chip". */
function singularByRule(word: string): string {
  if (/[^aeiou]ies$/.test(word)) return `${word.slice(0, -3)}y`;
  if (/(?:ch|sh|x|z|ss)es$/.test(word)) return word.slice(0, -2);
  if (/(?:[^aeiou]o)es$/.test(word)) return word.slice(0, -2);
  if (/[^s]s$/.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The singular lemma of a noun: "researchers" → "researcher", "H800s" → "h800". Cached by the word as
 * written: an acronym's plural ("GPUs") is read by its case, apart from "gpus".
 */
export const singular = memoize((word: string): string => {
  const lower = word.toLowerCase();
  const acronym = /^\p{Lu}{2,}'?s$/u.test(word);
  let out: string;
  // An all-capital acronym keeps its final S: "EPS", "AWS".
  if (UNCOUNTABLE.has(lower) || /^\p{Lu}{2,}$/u.test(word)) out = lower;
  else if (/\d/.test(lower)) out = lower.replace(/(?<=\d)'?s$/, '');
  else if (acronym) out = lower.replace(/'?s$/, '');
  else if (knownSingular(lower)) out = knownSingular(lower) as string;
  else if (/s$/.test(lower) && !/(?:ss|us|is)$/.test(lower)) out = singularByRule(lower);
  else out = lower;
  return out;
});

/** Regular verb forms of words the lexicon does not know: "trained" → "train", "raising" → "raise". */
function infinitiveByRule(word: string): string {
  const stem = /ing$/.test(word) ? word.slice(0, -3) : /ied$/.test(word) ? `${word.slice(0, -3)}y` : /ed$/.test(word) ? word.slice(0, -2) : null;
  if (stem === null || stem.length < 2) return word;
  if (/([bdgklmnprt])\1$/.test(stem)) return stem.slice(0, -1); // "planned" → "plan"
  if (tagsOf(stem).length) return stem;
  if (tagsOf(`${stem}e`).length || /(?:dg|[^n]g|c|v|z|u)$/.test(stem)) return `${stem}e`;
  return stem;
}

/** The base form of a verb: "spent" → "spend", "training" → "train". */
export function infinitive(word: string): string {
  return infinitiveOf(word.toLowerCase());
}

const infinitiveOf = memoize((lower: string): string => {
  const tags = tagsOf(lower);
  const verbForm = !tags.length || tags.some((t) => t === 'PastTense' || t === 'Gerund' || t === 'Participle');
  // "trained" is listed only as an adjective; its stem is still a verb. "employs": the third person.
  const third = /[^s]s$/.test(lower) && tags.includes('PresentTense') ? [lower.slice(0, -1), lower.replace(/(?:ch|sh|x|ss|o)es$/, (m) => m.slice(0, -2)), lower.replace(/ies$/, 'y')].find((w) => w !== lower && tagsOf(w).includes('Infinitive')) : undefined;
  const byRule = third ?? infinitiveByRule(lower);
  const out = knownInfinitive(lower) ?? IRREGULAR_VERBS[lower] ?? (verbForm || (byRule !== lower && tagsOf(byRule).some((t) => VERB_TAGS.has(t))) ? byRule : lower);
  return out;
});

/** True when the lexicon lists the word as a verb form ("fall", "remain", "rose"). */
export function isVerbForm(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((t) => VERB_TAGS.has(t));
}

