// A bare count whose noun is left out because a figure before it gave it: "put 22 satellites into orbit,
// taking its constellation to 412", "the company wants about 1,200 in its network". The count takes
// that noun, marked as elided. So does a count whose noun only points back ("40 new ones"), and a
// figure of a sentence that goes on from the one before ("This is up from 3,100").
import type { RawClaim } from './raw-claim.js';
import type { FoundMeasure } from './measure.js';
import { infinitive, wordClass } from '../lexicon/words.js';
import { AUXILIARY_VERBS } from '../lexicon/english.js';
import { COLLECTIVE_NOUNS, MEASURE_GROUPS } from '../data/measures.js';

/** How far back, in characters and within one paragraph, the noun may be. */
const REACH = 300;

const MEASURED_WORDS = new Set(MEASURE_GROUPS.flat());

/** A measure that says nothing of what is counted: none, a generic verb ("wants", "has"), or a collective ("fleet"). */
function saysNothing(claim: RawClaim): boolean {
  const m = claim.measure;
  if (!m) return true;
  if (m.end > claim.start) return AUXILIARY_VERBS.has(m.noun.toLowerCase()); // a noun after the figure, unless a verb stands there
  const word = m.noun.toLowerCase();
  if (COLLECTIVE_NOUNS.has(m.lemma)) return true;
  const verb = wordClass(m.noun) === 'verb' || infinitive(word) !== word;
  return verb && !MEASURED_WORDS.has(m.lemma);
}

/** After a figure whose noun is left out comes a preposition, a stop or nothing: "412 in orbit", "to 412.". */
const NOTHING_AFTER = /^(?:[ \t\u00a0]*(?:[.,;:!?]|$)|[ \t\u00a0]+(?:in|on|at|by|from|for|to|across|around|this|last|next|so|more|worldwide|overall|now|today|already)\b)/i;


/** A noun that only points back to one named before: "32 new ones", "the larger one". */
const isPronounNoun = (claim: RawClaim): boolean => claim.measure !== null && claim.measure.end > claim.start && claim.measure.lemma.toLowerCase() === 'one';

/**
 * A sentence that goes on from the one before, its figure compared with or added to that one's: "That
 * is down from 3,100", "This compares with 41 a year earlier". The figure comes after a preposition.
 */
const GOES_ON = /^[("'“‘]?(?:that|this|it|the (?:figure|number|total|count|tally))\b[^.;:!?]{0,40}\b(?:from|with|against|to|than)[ \t\u00a0]+(?:about |around |some |nearly |almost |roughly |just )?$/i;

/** After a figure of such a sentence: a point in time or nothing. */
const TIME_AFTER = /^(?:[ \t\u00a0]*(?:[.,;:!?]|$)|[ \t\u00a0]+(?:(?:a|one|the) (?:year|month|week|quarter|decade)s? (?:earlier|before|ago)|(?:a|one) (?:year|month|week|quarter|decade) (?:earlier|before|ago)|the (?:previous|prior) (?:year|month|week|quarter)|last|in|at|by|on)\b)/i;

/** The unit a figure is of: figures of one unit may share a measure. */
function unitKey(claim: RawClaim): string {
  if (claim.currency) return `money ${claim.currency.iso}`;
  if (claim.percent) return `percent ${claim.percent.unit}`;
  if (claim.unit) return `unit ${claim.unit.base}`;
  return claim.kind;
}

/**
 * Whether `claim` may take the noun of `last`: in the same paragraph and near, with nothing after the
 * figure, and either in the same sentence or in one that names the noun again ("The satellites fly …,
 * and the company wants 1,500").
 */
function takesNounOf(claim: RawClaim, last: RawClaim, text: string): boolean {
  if (claim.start - last.end > REACH || !saysNothing(claim)) return false;
  const after = text.slice(claim.end, claim.end + 16);
  const auxiliary = claim.measure !== null && claim.measure.end > claim.start;
  if ((!auxiliary && !NOTHING_AFTER.test(after) && !AUXILIARY_VERBS.has(/^[ \t\u00a0]+(\p{L}+)/u.exec(after)?.[1]?.toLowerCase() ?? '')) || /\n[ \t]*\n/.test(text.slice(last.end, claim.start))) return false;
  if (last.sentence[0] === claim.sentence[0]) return true;
  const noun = (last.measure?.noun.split(' ').pop() ?? '').toLowerCase();
  const stem = noun.replace(/(?:es|s)$/, '');
  return stem.length > 2 && text.slice(claim.sentence[0], claim.start).toLowerCase().includes(stem);
}

/** "31.5% of journeys, up 2.5 percentage points": a change in points is a change of the share before it. */
const POINTS_CHANGE = /\b(?:up|down|rose|fell|risen|fallen|increase|decrease|rise|fall|gain|drop)\b[^.;]{0,20}$/i;

/**
 * The noun of `from` given to `claim`, marked as taken. Words of its own replace the other's: "1,200
 * building jobs and 410 permanent ones" are permanent jobs, not permanent building jobs.
 */
function take(claim: RawClaim, from: FoundMeasure, own: string[] = []): void {
  const head = from.noun.split(' ').pop() as string;
  claim.measure = own.length
    ? { noun: [...own, head].join(' '), lemma: from.lemma, modifiers: own, end: claim.end, elided: true }
    : { noun: from.noun, lemma: from.lemma, modifiers: from.modifiers, end: claim.end, elided: true };
}

/** Whether `claim` begins a sentence right after the one `last` is in. */
function nextSentence(claim: RawClaim, last: RawClaim, text: string): boolean {
  return last.sentence[1] <= claim.sentence[0] && text.slice(last.sentence[1], claim.sentence[0]).trim() === '' && !/\n[ \t]*\n/.test(text.slice(last.end, claim.start));
}

/** Gives bare counts the noun of the count before them; call with each claim of a document in order. */
export function elider(text: string): (claim: RawClaim) => RawClaim {
  let last: RawClaim | null = null;
  let lastShare: RawClaim | null = null;
  /** The last figure of each unit whose measure is its own noun or phrase. */
  const named = new Map<string, RawClaim>();
  return (claim) => {
    const before = named.get(unitKey(claim));
    const own = claim.measure && !claim.measure.elided ? claim : null;
    // "32 new ones": the noun of the figure before, in this sentence or the one before.
    if (isPronounNoun(claim) && before?.measure && !isPronounNoun(before) && (before.sentence[0] === claim.sentence[0] || nextSentence(claim, before, text))) {
      take(claim, before.measure, claim.measure?.modifiers ?? []);
      return claim;
    }
    // "That is down from 3,100 a year earlier.": the measure of the figure in the sentence before.
    if (!claim.measure && before?.measure && nextSentence(claim, before, text) &&
      GOES_ON.test(text.slice(claim.sentence[0], claim.start)) && TIME_AFTER.test(text.slice(claim.end, claim.end + 30))) {
      take(claim, before.measure);
      return claim;
    }
    if (own && !saysNothing(claim) && !isPronounNoun(claim)) named.set(unitKey(claim), claim);
    if (claim.percent?.unit === '%' && claim.measure) lastShare = claim;
    else if (claim.percent?.unit === 'pp' && lastShare && lastShare.sentence[0] === claim.sentence[0] && lastShare.measure &&
      POINTS_CHANGE.test(text.slice(Math.max(lastShare.end, claim.start - 30), claim.start))) {
      const m = lastShare.measure;
      claim.measure = { noun: m.noun, lemma: m.lemma, modifiers: m.modifiers, end: claim.end, elided: true };
    }
    const bare = claim.kind === 'count' && !claim.currency && !claim.percent && !claim.unit;
    if (!bare) return claim;
    if (last?.measure && takesNounOf(claim, last, text)) {
      take(claim, last.measure);
    } else if (claim.measure && claim.measure.end > claim.start && !claim.measure.elided && !saysNothing(claim) && !isPronounNoun(claim)) {
      last = claim;
    }
    return claim;
  };
}
