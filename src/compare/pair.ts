// Whether two claims are about the same quantity, how sure we are, and why. When unsure: null.
import type { MeasureLexicon } from './lexicon.js';
import type { Profile } from './profile.js';

export interface Pairing {
  score: number;
  reason: string;
}

/** Pairings scoring below this are not compared at all. */
export const MIN_SCORE = 0.5;

const disjoint = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));

function sameSubject(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b} `) || b.startsWith(`${a} `) || a.endsWith(` ${b}`) || b.endsWith(` ${a}`);
}

export function pair(a: Profile, b: Profile, lexicon: MeasureLexicon): Pairing | null {
  if (a.unitKey !== b.unitKey) return null;
  // A year pairs only with a year of the same event for the same named subject.
  if (a.claim.kind === 'year' && !(a.subject && b.subject && sameSubject(a.subject, b.subject))) return null;
  const reasons: string[] = [];
  let score: number;
  const related = lexicon.relate(a.lemma, b.lemma);
  if (related) {
    score = related.score;
    reasons.push(related.reason);
  } else if (a.codes.includes(b.lemma) || b.codes.includes(a.lemma)) {
    score = 0.85;
    reasons.push(`"${a.lemma}" and "${b.lemma}" name the same product`);
  } else return null;
  // Product codes: H800 is not H100.
  if (disjoint(a.codes, b.codes)) return null;
  if (a.codes.length !== b.codes.length && (a.codes.length === 0 || b.codes.length === 0)) score *= 0.9;
  else if (a.codes.length) reasons.push(`same model ${a.codes.find((c) => b.codes.includes(c))}`);
  // Settings: a stockpile is not a training run, full-time staff are not contractors.
  if (disjoint(a.frames, b.frames)) return null;
  if ((a.frames.length === 0) !== (b.frames.length === 0)) score *= 0.9;
  // Narrowing words: "37bn active parameters" is not the model's size; "5 new stations" is not the total.
  if (disjoint(a.descriptors, b.descriptors)) return null;
  const oneSided = a.descriptors.filter((d) => !b.descriptors.includes(d)).length + b.descriptors.filter((d) => !a.descriptors.includes(d)).length;
  if (oneSided > 0) score *= 0.6;
  // Periods: 2024 figures are not 2025 figures.
  if (disjoint(a.periods, b.periods)) return null;
  // Subjects: DeepSeek's researchers are not OpenAI's.
  if (a.subject && b.subject) {
    if (sameSubject(a.subject, b.subject)) reasons.push(`same subject ${a.claim.subject}`);
    else if (b.names.has(a.subject) || a.names.has(b.subject)) {
      score *= 0.9;
      reasons.push(`${a.claim.subject} named in both sentences`);
    } else return null;
  } else if (a.subject || b.subject) {
    const named = a.subject ?? (b.subject as string);
    const other = a.subject ? b : a;
    if (other.names.has(named)) reasons.push(`${named} named in both sentences`);
    else score *= 0.8;
  } else score *= 0.75;
  if (score < MIN_SCORE) return null;
  return { score: Math.round(score * 100) / 100, reason: reasons.join('; ') };
}
