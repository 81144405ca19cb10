// For an unverified claim, with --explain: the closest candidate figure and what kept the two apart,
// said from the comparison levels (the fields record linkage compares), in words.
import type { Profile } from './profile.js';
import type { Pairing } from './pair.js';
import { MIN_DISAGREE_SCORE } from './pair.js';
import { keptApartBy } from './contrast.js';
import { onOpenSide } from './place.js';

const list = (xs: string[]) => (xs.length ? xs.join(', ') : 'none named');

/** What differs between two claims' fields, each as a short phrase. */
export function differences(a: Profile, b: Profile): string[] {
  const out: string[] = [];
  if (a.lemma !== b.lemma) out.push(`different measure: "${a.lemma || 'none'}" against "${b.lemma || 'none'}"`);
  const yearsApart = a.years.length > 0 && b.years.length > 0 && !a.years.some((y) => b.years.includes(y));
  const quartersApart = a.quarters.length > 0 && b.quarters.length > 0 && !a.quarters.some((q) => b.quarters.includes(q));
  if (yearsApart || quartersApart) out.push(`different period: ${list([...a.quarters, ...a.years])} against ${list([...b.quarters, ...b.years])}`);
  else if ((a.years.length === 0) !== (b.years.length === 0) || (a.quarters.length === 0) !== (b.quarters.length === 0)) {
    out.push(`period named on one side only: ${list([...a.quarters, ...a.years])} against ${list([...b.quarters, ...b.years])}`);
  }
  if (a.subject && b.subject && a.subject !== b.subject) out.push(`different subjects: ${a.subject} against ${b.subject}`);
  else if ((a.subject === null) !== (b.subject === null)) out.push(`subject named on one side only: ${a.subject ?? b.subject}`);
  if (a.prior !== b.prior) out.push('one is an earlier figure');
  if (a.action && b.action && a.action !== b.action) out.push('a level against a change');
  if (a.difference !== b.difference) out.push('a gap or change against a figure');
  if (onOpenSide(a, b)) out.push('above what a lower bound is read as: consistent with it, but not what it says');
  const narrowed = keptApartBy(a, b);
  if (narrowed) out.push(narrowed);
  return out;
}

/** Why a candidate that pairs with the claim neither supports nor disagrees with it. */
export function keptApart(a: Profile, b: Profile, p: Pairing | null, apart: boolean, sameness: number): string {
  const parts: string[] = [];
  if (!p) parts.push('not paired');
  else if (p.agreeOnly) parts.push(`they can only agree (${p.reason || `score ${p.score}`})`);
  else if (apart) parts.push("the source states the claim's figure elsewhere, so this is another fact");
  else if (p.score < MIN_DISAGREE_SCORE) parts.push(`not sure enough to disagree: pairing ${p.score.toFixed(2)} below ${MIN_DISAGREE_SCORE}, sameness ${sameness.toFixed(2)}`);
  const diff = differences(a, b);
  if (diff.length) parts.push(diff.join('; '));
  return parts.join('; ');
}
