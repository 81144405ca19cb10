// English word knowledge from compromise: its lexicon (word → tags), the singular of its plurals and
// the base form of its verb forms, read from data/lexicon.json.gz (generated from compromise by
// `npm run lexicon`). Loading that table takes milliseconds; loading compromise itself takes a third
// of a second.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { memoize } from '../memo.js';

interface LexiconFile {
  source: string;
  tags: Record<string, string>;
  singular: Record<string, string>;
  infinitive: Record<string, string>;
}

const file = JSON.parse(zlib.gunzipSync(fs.readFileSync(new URL('../../data/lexicon.json.gz', import.meta.url))).toString('utf8')) as LexiconFile;
/** compromise's tags for a lower-case word, or [] when it does not know it. */
export const tagsOf = memoize((word: string): string[] => {
  const raw = Object.hasOwn(file.tags, word) ? file.tags[word] : undefined;
  return raw === undefined ? [] : raw.split(',');
}, 100_000);

/** The singular compromise gives for a plural it knows ("people" → "person"), else undefined. */
export function knownSingular(word: string): string | undefined {
  return Object.hasOwn(file.singular, word) ? file.singular[word] : undefined;
}

/** The base form compromise gives for a verb form it knows ("spent" → "spend"), else undefined. */
export function knownInfinitive(word: string): string | undefined {
  return Object.hasOwn(file.infinitive, word) ? file.infinitive[word] : undefined;
}

/** Modal verbs: "will receive" says when or how surely, not that the figure is a plan or forecast. */
export const MODAL_VERBS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'might', 'may', 'shall', 'should', 'can']);

/** Auxiliary verbs: after a bare figure ("80 have left") or ending a sentence's subject ("Five-year deals were"). */
export const AUXILIARY_VERBS: ReadonlySet<string> = new Set([
  'have', 'has', 'had', 'are', 'were', 'was', 'is', 'will', 'would', 'could', 'can', 'may', 'might', 'must', 'should', 'did', 'do', 'does',
]);

/** Nouns for a group drawn from a population to be asked or studied: "a survey of 2,300 nurses". */
export const SAMPLE_NOUNS: ReadonlySet<string> = new Set(['survey', 'poll', 'sample', 'questionnaire', 'canvass', 'straw poll', 'focus group', 'panel']);

/** A comparative adjective: tagged so, or an adjective with "-er" after an adjective ("lower" from "low"). */
export function isComparative(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.includes('Comparative')) return true;
  if (!word.endsWith('er') || !tags.includes('Adjective')) return false;
  return tagsOf(word.slice(0, -2)).includes('Adjective') || tagsOf(word.slice(0, -1)).includes('Adjective');
}

/** Names of months and days, which a lexicon may read as verbs or names ("March", "May", "Sunday"). */
export const CALENDAR_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/;

/** Words that set a figure as a goal rather than an outcome: "is targeting 45 launches", "a goal of 1,000". */
export const TARGET_WORDS: readonly string[] = [
  'targeting', 'targetting', 'targeted', 'targets', 'target of', 'target is', 'goal of', 'goal is', 'goals of',
  'aims to', 'aim to', 'aiming to', 'aiming for', 'aim of', 'objective of', 'ambition of',
];

/**
 * Words that set a figure as planned or foreseen rather than done: "is scheduled for 2030", "is due to
 * open in 2029". A goal and such a figure both look ahead, so they may state one fact.
 */
export const PLAN_WORDS: readonly string[] = [
  'scheduled', 'slated', 'due to', 'due for', 'due in', 'set to', 'expected', 'expects', 'planned', 'plans to', 'plan to',
  'timetabled', 'on track', 'on course', 'forecast', 'projected', 'will', 'would',
];
