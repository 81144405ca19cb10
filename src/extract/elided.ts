// A bare count whose noun is left out because a figure before it gave it: "put 22 satellites into orbit,
// taking its constellation to 412", "the company wants about 1,200 in its network". The count takes
// that noun, marked as elided.
import type { RawClaim } from './raw-claim.js';
import { infinitive, wordClass } from '../lexicon/words.js';
import { COLLECTIVE_NOUNS, MEASURE_GROUPS } from '../data/measures.js';

/** How far back, in characters and within one paragraph, the noun may be. */
const REACH = 300;

const MEASURED_WORDS = new Set(MEASURE_GROUPS.flat());

/** A measure that says nothing of what is counted: none, a generic verb ("wants", "has"), or a collective ("fleet"). */
function saysNothing(claim: RawClaim): boolean {
  const m = claim.measure;
  if (!m) return true;
  if (m.end > claim.start) return false; // a noun after the figure
  const word = m.noun.toLowerCase();
  if (COLLECTIVE_NOUNS.has(m.lemma)) return true;
  const verb = wordClass(m.noun) === 'verb' || infinitive(word) !== word;
  return verb && !MEASURED_WORDS.has(m.lemma);
}

/** After a figure whose noun is left out comes a preposition, a stop or nothing: "412 in orbit", "to 412.". */
const NOTHING_AFTER = /^(?:[ \t\u00a0]*(?:[.,;:!?]|$)|[ \t\u00a0]+(?:in|on|at|by|from|for|to|across|around|this|last|next|so|more|worldwide|overall|now|today|already)\b)/i;

/**
 * Whether `claim` may take the noun of `last`: in the same paragraph and near, with nothing after the
 * figure, and either in the same sentence or in one that names the noun again ("The satellites fly …,
 * and the company wants 1,500").
 */
function takesNounOf(claim: RawClaim, last: RawClaim, text: string): boolean {
  if (claim.start - last.end > REACH || !saysNothing(claim)) return false;
  if (!NOTHING_AFTER.test(text.slice(claim.end, claim.end + 16)) || /\n[ \t]*\n/.test(text.slice(last.end, claim.start))) return false;
  if (last.sentence[0] === claim.sentence[0]) return true;
  const noun = (last.measure?.noun.split(' ').pop() ?? '').toLowerCase();
  const stem = noun.replace(/(?:es|s)$/, '');
  return stem.length > 2 && text.slice(claim.sentence[0], claim.start).toLowerCase().includes(stem);
}

/** "31.5% of journeys, up 2.5 percentage points": a change in points is a change of the share before it. */
const POINTS_CHANGE = /\b(?:up|down|rose|fell|risen|fallen|increase|decrease|rise|fall|gain|drop)\b[^.;]{0,20}$/i;

/** Gives bare counts the noun of the count before them; call with each claim of a document in order. */
export function elider(text: string): (claim: RawClaim) => RawClaim {
  let last: RawClaim | null = null;
  let lastShare: RawClaim | null = null;
  return (claim) => {
    if (claim.percent?.unit === '%' && claim.measure) lastShare = claim;
    else if (claim.percent?.unit === 'pp' && lastShare && lastShare.sentence[0] === claim.sentence[0] && lastShare.measure &&
      POINTS_CHANGE.test(text.slice(Math.max(lastShare.end, claim.start - 30), claim.start))) {
      const m = lastShare.measure;
      claim.measure = { noun: m.noun, lemma: m.lemma, modifiers: m.modifiers, end: claim.end, elided: true };
    }
    const bare = claim.kind === 'count' && !claim.currency && !claim.percent && !claim.unit;
    if (!bare) return claim;
    if (last?.measure && takesNounOf(claim, last, text)) {
      const m = last.measure;
      claim.measure = { noun: m.noun, lemma: m.lemma, modifiers: m.modifiers, end: claim.end, elided: true };
    } else if (claim.measure && claim.measure.end > claim.start && !claim.measure.elided) {
      last = claim;
    }
    return claim;
  };
}
