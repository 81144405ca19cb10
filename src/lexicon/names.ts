// What the lexicon says of names: whether a word can be a person's, a company's or a place's name,
// and what thing of a place a place name followed by nouns means ("Seville metro line").
import { tagsOf } from './english.js';
import { isWordnetNoun } from './wordnet.js';
import { singular, wordClass as wordClassOf } from './words.js';
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES } from '../data/currencies.js';
import { memoize } from '../memo.js';

export const NAME_TAGS = new Set(['Organization', 'Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName', 'Company', 'ProperNoun', 'City', 'Country', 'Region', 'Place']);
export const NOT_NAMES = new Set(['ai', 'us', 'u.s', 'u.s.', 'uk', 'u.k', 'eu', 'un', 'gaap', 'eps', 'ebitda', 'ebit', 'ifrs', 'yoy', 'ceo', 'cfo', 'cto', 'gpu', 'gpus', 'cpu', 'llm', 'phd', 'phds', 'tv', 'it', 'i', 'a', 'mr', 'ms', 'mrs', 'dr',
  // Currency codes name money, not whose it is: "RMB 30bn", "USD 4.3b".
  ...[...Object.keys(CURRENCY_PREFIXES), ...Object.keys(CURRENCY_SUFFIXES)].filter((k) => /^[A-Za-z]{3}$/.test(k)).map((k) => k.toLowerCase()),
]);

/** True for a word that can only be a name: the lexicon knows it as a name or not at all. */
export const isProperWord = memoize(isProperWordUncached);

/** Whether the lexicon tags the word as a name: a person, a company, a place. */
export function isNameTagged(word: string): boolean {
  return tagsOf(word.replace(/['’]s$/, '').toLowerCase()).some((x) => NAME_TAGS.has(x));
}

function isProperWordUncached(word: string): boolean {
  const lower = word.replace(/['’]s$/, '').toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  const tags = tagsOf(lower);
  return tags.length === 0 || tags.some((x) => NAME_TAGS.has(x));
}

const NOT_NAME_TAGS = new Set(['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Month', 'WeekDay', 'Date', 'Demonym', 'Adverb', 'QuestionWord', 'Copula', 'Modal', 'Auxiliary', 'Negative', 'Cardinal', 'Ordinal']);

/** A capitalised common word that may still be a name: not a function word, month, day or nationality. */
export function isWordAsName(word: string): boolean {
  const lower = word.toLowerCase();
  return !NOT_NAMES.has(lower) && !tagsOf(lower).some((t) => NOT_NAME_TAGS.has(t));
}

const PLACE_TAGS = new Set(['City', 'Country', 'Region', 'Place']);
const VERB_FORM_TAGS = new Set(['Verb', 'PresentTense', 'PastTense', 'Copula', 'Auxiliary', 'Modal', 'Gerund']);

/** Whether a word is a place's name: a city, country, region or place the lexicon knows. */
export function isPlaceWord(word: string): boolean {
  return tagsOf(word.toLowerCase()).some((t) => PLACE_TAGS.has(t));
}

/** A common noun that can say what thing of a place is meant: "metro", "line", not "has". */
function isThingNoun(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && wordClassOf(word) === 'noun' && !tagsOf(word).some((t) => VERB_FORM_TAGS.has(t)) && isWordnetNoun(singular(word));
}

/** "Seville" and the words after it: "Seville metro line" when nouns follow (up to two), else null. */
export function thingOfPlace(place: string, following: string[]): string | null {
  if (!isPlaceWord(place)) return null;
  const nouns: string[] = [];
  for (const w of following) {
    if (nouns.length === 2 || !isThingNoun(w)) break;
    nouns.push(w);
  }
  return nouns.length ? `${place} ${nouns.join(' ')}` : null;
}
