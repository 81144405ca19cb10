// Whether two claims are about the same quantity, how sure we are, and why. When unsure: null.
// Agreement needs a plausible pairing; disagreement needs a sure one, so that a wrong alarm is
// rarer than a missed one.
import type { MeasureLexicon } from './lexicon.js';
import type { Profile } from './profile.js';
import { isWordnetNoun } from '../lexicon/wordnet.js';
import { singular } from '../lexicon/words.js';
import { isPlaceWord } from '../lexicon/names.js';
import { keptApartBy } from './contrast.js';

const isPlaceName = (name: string) => !name.includes(' ') && isPlaceWord(name);

export interface Pairing {
  score: number;
  reason: string;
  /** The two may both be right with different values (an earlier and a current figure): they can agree, never disagree. */
  agreeOnly?: true;
}

/** Whether a pairing is sure enough, and of the kind, to count a disagreement. */
export const mayDisagree = (p: Pairing) => p.score >= MIN_DISAGREE_SCORE && !p.agreeOnly;

/** Pairings below this are not compared at all. */
export const MIN_SCORE = 0.5;
/** A disagreement counts only from a pairing at least this sure. */
export const MIN_DISAGREE_SCORE = 0.8;

/** Weights: each uncertainty multiplies the score. */
const W = {
  productSameAsNoun: 0.85,
  oneSidedCode: 0.9,
  oneSidedFrame: 0.9,
  oneSidedModifierFrame: 0.7,
  oneSidedDescriptor: 0.6,
  oneSidedPeriod: 0.85,
  /**
   * Figures that may differ and both be right: an earlier and a current one, a level and a change in it
   * ("has 412", "launched 22"), a target and an actual. They pair for agreement only.
   */
  agreeOnly: 0.9,
  elided: 0.9,
  subjectNamedInOther: 0.9,
  subjectFromDocument: 0.8,
  subjectFromReference: 0.9,
  oneSidedSubject: 0.7,
  noSubjects: 0.7,
};

/** A product's name: a word with a digit in it ("r1", "gpt-4", "llama 3"). */
const PRODUCT = /\d/;

// Plain loops, not callbacks: pair runs for every candidate, and a closure per test is garbage at once.
const disjoint = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !shareAny(a, b);
const oneSided = (a: string[], b: string[]) => (a.length === 0) !== (b.length === 0);

function shareAny(a: string[], b: string[]): boolean {
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

/** Whether every item of `a` is in `b`. */
function within(a: string[], b: string[]): boolean {
  for (const x of a) if (!b.includes(x)) return false;
  return true;
}

/** Notes why a pairing can only agree, when reasons are kept. */
function onlyAgree(reasons: string[] | null, why: string): true {
  reasons?.push(why);
  return true;
}

/** `frames` less "outlook", without a copy when it has none. */
function withoutOutlook(frames: string[], outlook: boolean): string[] {
  return outlook ? frames.filter((f) => f !== 'outlook') : frames;
}

/**
 * One name, or a short form of it: "saxe" for "saxe motors". A last word stands for the whole only
 * when it is a single word and no common noun: "motors" is not "saxe motors".
 */
function sameSubject(a: string, b: string): boolean {
  if (a === b) return true;
  // A place opening a longer name is not its short form: "Hangzhou" is not "Hangzhou Elmwood United".
  if (a.startsWith(`${b} `)) return !isPlaceName(b);
  if (b.startsWith(`${a} `)) return !isPlaceName(a);
  // A family name for a person's full name ("Musk"); a longer tail is another name ("Hangzhou Kingsford Trust").
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.endsWith(` ${short}`) && !short.includes(' ') && !isWordnetNoun(singular(short));
}

/** `explain`: also say why; without it the reason is left empty, which saves building it for every candidate. */
export function pair(a: Profile, b: Profile, lexicon: MeasureLexicon, explain = true): Pairing | null {
  if (a.unitKey !== b.unitKey) return null;
  // A year pairs only with a year of the same event for the same named subject; a deadline ("by 2028")
  // with one of the same figure's ("1,200 satellites by 2028") for no other subject.
  const deadline = a.kind === 'year' && a.lemma === 'deadline';
  if (a.kind === 'year' && !deadline && !(a.ownSubject && b.ownSubject && sameSubject(a.ownSubject, b.ownSubject))) return null;
  if (deadline && a.subject && b.subject && !sameSubject(a.subject, b.subject)) return null;
  const reasons: string[] | null = explain ? [] : null;
  let score: number;
  const related = lexicon.relate(a.lemma, b.lemma);
  if (related) {
    score = related.score;
    reasons?.push(related.reason);
  } else if (a.codes.includes(b.lemma) || b.codes.includes(a.lemma)) {
    score = W.productSameAsNoun;
    reasons?.push(`"${a.lemma}" and "${b.lemma}" name the same product`);
  } else return null;

  // What covers 120 hectares: the site is not the warehouse. Unknown on one side proves nothing.
  if (a.doer && b.doer && a.doer !== b.doer && !lexicon.relate(a.doer, b.doer)) return null;
  // Opposite narrowing words, other tiers, a goal against an outcome, an earlier period: other facts.
  const apart = keptApartBy(a, b);
  if (apart) return null;
  // A gap or a change is not the figure it is measured from.
  if (a.difference !== b.difference) return null;
  // A noun taken from the figure before is a good guess, not a reading.
  if (a.elided || b.elided) {
    score *= W.elided;
    reasons?.push(`"${(a.elided ? a : b).lemma}" taken from the figure before`);
  }
  // Product codes: H800 is not H100.
  if (disjoint(a.codes, b.codes)) return null;
  if (oneSided(a.codes, b.codes)) score *= W.oneSidedCode;
  else if (a.codes.length) reasons?.push(`same model ${a.codes.find((c) => b.codes.includes(c))}`);
  // Settings: a stockpile is not a training run, full-time staff are not contractors.
  if (disjoint(a.frames, b.frames)) return null;
  // A target or forecast against an actual figure: weighed below, not counted as a setting here.
  const outlookA = a.frames.includes('outlook');
  const outlookB = b.frames.includes('outlook');
  if (oneSided(withoutOutlook(a.frames, outlookA), withoutOutlook(b.frames, outlookB))) score *= W.oneSidedFrame;
  if (!within(a.modifierFrames, b.frames) || !within(b.modifierFrames, a.frames)) score *= W.oneSidedModifierFrame;
  // Narrowing words: "37bn active parameters" is not the model's size; "5 new stations" is not the total.
  if (disjoint(a.descriptors, b.descriptors)) return null;
  if (!within(a.descriptors, b.descriptors) || !within(b.descriptors, a.descriptors)) score *= W.oneSidedDescriptor;
  // A rate over another span is another measure: 60 requests a minute are not 20 a second.
  if (a.rate && b.rate && a.rate !== b.rate) return null;
  // Periods: 2024 figures are not 2025 figures; the third quarter is not the second.
  if (disjoint(a.years, b.years) || disjoint(a.quarters, b.quarters)) return null;
  if (oneSided(a.years, b.years) || oneSided(a.quarters, b.quarters)) score *= W.oneSidedPeriod;
  // Reasons a pairing can only agree: a sure pairing that cannot count a disagreement.
  let agreeOnly = false;
  if (a.prior !== b.prior) agreeOnly = onlyAgree(reasons, 'one is an earlier figure, so they can only agree');
  if (deadline && !(a.ownSubject && b.ownSubject)) agreeOnly = onlyAgree(reasons, 'a deadline whose subject is not named on both sides can only agree');
  // A verb says what is done, not by what: "will cover 120 hectares" may be the site or the warehouse.
  const bare = a.doer === null ? a : b.doer === null ? b : null;
  if (bare && (a.doer ?? b.doer) && bare.verbMeasure) agreeOnly = onlyAgree(reasons, `only one says the figure is of the ${a.doer ?? b.doer}, so they can only agree`);
  if (a.action && b.action && a.action !== b.action) agreeOnly = onlyAgree(reasons, 'one is a level and the other a change, so they can only agree');
  if (a.contrasted !== b.contrasted) agreeOnly = onlyAgree(reasons, 'one is set against another of its kind ("a lower dose"), so they can only agree');
  if (a.sampled !== b.sampled) agreeOnly = onlyAgree(reasons, 'one counts a survey\'s sample, so they can only agree');
  if (a.measureOutside || b.measureOutside) agreeOnly = onlyAgree(reasons, 'the measure is named outside the figure\'s clause, so they can only agree');
  // A plan against a figure said with a modal ("plans to cut 400" and "will cut 600") may be one plan.
  if (outlookA !== outlookB && !(outlookA ? b : a).future) agreeOnly = onlyAgree(reasons, 'one is a plan or forecast, so they can only agree');
  else if (a.prior) reasons?.push('both earlier figures');
  // Subjects: DeepSeek's researchers are not OpenAI's.
  if (a.subject && b.subject) {
    const inferred = a.inferredSubject || b.inferredSubject;
    if (sameSubject(a.subject, b.subject)) {
      const guessed = a.inferredSubject === 'document' || b.inferredSubject === 'document';
      if (guessed) score *= W.subjectFromDocument;
      else if (inferred) score *= W.subjectFromReference;
      const how = guessed ? ' (the subject of the document)' : inferred ? ` (as "${(a.inferredSubject ? a : b).reference}")` : '';
      reasons?.push(`same subject ${a.subject}${how}`);
    } else if (!inferred && b.names.includes(a.subject)) {
      // The source's sentence speaks of this claim's subject too ("DeepSeek says R1 has …"). Not the
      // other way round: a draft sentence comparing two names does not make their figures one. Unless
      // the claim's subject is a product (a name with a digit: "R1") and the source's is its maker, that
      // is enough to agree but not to disagree: the figure may be the other name's ("the Kestrel EV4 has
      // a 77 kWh battery, and costs more than the Stella").
      score *= W.subjectNamedInOther;
      reasons?.push(`${a.subject} named in the source's sentence`);
      if (!PRODUCT.test(a.subject) || PRODUCT.test(b.subject)) agreeOnly = onlyAgree(reasons, `the source's figure is of ${b.subject}, so they can only agree`);
    } else if (inferred) {
      // A subject guessed from the document never rules a pairing out; it only fails to support it.
      score *= W.oneSidedSubject;
    } else return null;
  } else if (a.subject || b.subject) {
    const named = (a.subject ?? b.subject) as string;
    const other = a.subject ? b : a;
    if (other.names.includes(named)) reasons?.push(`${named} named in both sentences`);
    else score *= W.oneSidedSubject;
  } else score *= W.noSubjects;
  // Reasons a pairing can only agree: the score drops once, whatever their number.
  if (agreeOnly) score *= W.agreeOnly;
  if (score < MIN_SCORE) return null;
  const out: Pairing = { score: Math.round(score * 100) / 100, reason: reasons ? reasons.join('; ') : '' };
  if (agreeOnly) out.agreeOnly = true;
  return out;
}
