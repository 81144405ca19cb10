// One-to-one alignment between the figures of two sentences. When a sentence states a figure equal to
// the claim's, that figure is the claim's partner there, and the sentence's other figures are other
// facts ("60 requests for free keys and 300 for pro keys" against "free keys get 60 requests"). So a
// claim never disagrees with a figure whose sentence also holds a figure agreeing with the claim, nor
// with one that agrees with another figure of the claim's own sentence.
import type { Profile } from './profile.js';
import { agreeing } from './value-links.js';

/** The figures of one sentence of one file, in order; shared by every figure of it. */
export interface Sentence {
  text: string;
  fileIndex: number;
  figures: Profile[];
  /** For a sentence of many figures (a table row, a list): its figures by unit and exact value. */
  exact: Set<string> | null;
}

/** Above this many figures a sentence is matched by exact value, so a long list costs no more per test. */
const LINEAR_LIMIT = 32;

const exactKey = (p: Profile) => `${p.unitKey}|${p.value}`;

/** Files figures by sentence as they come: figures of one sentence come one after another. */
export class SentenceFigures {
  private last: Sentence | null = null;

  add(p: Profile, text: string): void {
    let s = this.last;
    if (!s || s.text !== text || s.fileIndex !== p.fileIndex) this.last = s = { text, fileIndex: p.fileIndex, figures: [], exact: null };
    s.figures.push(p);
    if (s.exact) s.exact.add(exactKey(p));
    else if (s.figures.length > LINEAR_LIMIT) s.exact = new Set(s.figures.map(exactKey));
    p.sentenceFigures = s;
  }
}

/** Whether sentence `s` holds a figure other than `not` that agrees with `a`. */
function holdsPartner(s: Sentence | null, a: Profile, not: Profile): boolean {
  if (!s) return false;
  if (s.exact) return s.exact.has(exactKey(a)) && exactKey(not) !== exactKey(a);
  for (const c of s.figures) if (c !== not && c.unitKey === a.unitKey && agreeing(a, c)) return true;
  return false;
}

/** Whether `a` and `b` are kept apart by a partner of either in the other's sentence. */
export function alignedElsewhere(a: Profile, b: Profile): boolean {
  return holdsPartner(b.sentenceFigures, a, b) || holdsPartner(a.sentenceFigures, b, a);
}
