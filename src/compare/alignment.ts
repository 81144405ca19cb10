// One-to-one alignment between the figures of two sentences. When a sentence states a figure equal to
// the claim's, that figure is the claim's partner there, and the sentence's other figures are other
// facts ("60 requests for free keys and 300 for pro keys" against "free keys get 60 requests"). So a
// claim never disagrees with a figure whose sentence also holds a figure agreeing with the claim, nor
// with one that agrees with another figure of the claim's own sentence.
import type { Profile } from './profile.js';
import { agreeing } from './value-links.js';
import { keptApartBy } from './contrast.js';

/** The figures of one sentence of one file, in order; shared by every figure of it. */
export interface Sentence {
  text: string;
  fileIndex: number;
  /** How many figures it holds. */
  count: number;
  /** Its figures by unit: a partner has the claim's unit, so only those are looked at. */
  byUnit: Figures[];
}

/** The figures of one unit in one sentence; in a sentence of more than LINEAR_LIMIT figures, also their exact values. */
interface Figures {
  unitKey: string;
  list: Profile[];
  exact: Set<number> | null;
}

/** Above this many figures, a sentence is matched by exact value, so a long list costs no more per test. */
const LINEAR_LIMIT = 32;

/** Files figures by sentence as they come: figures of one sentence come one after another. */
export class SentenceFigures {
  private last: Sentence | null = null;

  add(p: Profile, text: string): void {
    let s = this.last;
    if (!s || s.text !== text || s.fileIndex !== p.fileIndex) this.last = s = { text, fileIndex: p.fileIndex, count: 0, byUnit: [] };
    const exact = ++s.count > LINEAR_LIMIT;
    let f = unitOf(s, p.unitKey);
    if (!f) s.byUnit.push((f = { unitKey: p.unitKey, list: [], exact: exact ? new Set() : null }));
    f.list.push(p);
    if (f.exact) f.exact.add(p.value);
    // A sentence that has just become long: every unit's figures by exact value from now on.
    if (exact && s.count === LINEAR_LIMIT + 1) for (const u of s.byUnit) u.exact ??= new Set(u.list.map((x) => x.value));
    p.sentenceFigures = s;
  }
}

function unitOf(s: Sentence, unitKey: string): Figures | undefined {
  for (let i = 0; i < s.byUnit.length; i++) if ((s.byUnit[i] as Figures).unitKey === unitKey) return s.byUnit[i];
  return undefined;
}

/** Equal as a set of numbers sees it: NaN is NaN, and -0 is 0. */
const sameValue = (x: number, y: number) => x === y || (x !== x && y !== y);

/** Whether sentence `s` holds a figure other than `not` that agrees with `a`. */
function holdsPartner(s: Sentence | null, a: Profile, not: Profile): boolean {
  if (!s) return false;
  const f = unitOf(s, a.unitKey);
  if (!f) return false;
  if (f.exact) return f.exact.has(a.value) && !(not.unitKey === a.unitKey && sameValue(not.value, a.value));
  const list = f.list;
  for (let i = 0; i < list.length; i++) {
    const c = list[i] as Profile;
    // A figure kept apart from the claim (an earlier period's, another tier's) is no partner of it.
    if (c !== not && agreeing(a, c) && keptApartBy(a, c) === null) return true;
  }
  return false;
}
/** Whether `a` and `b` are kept apart by a partner of either in the other's sentence. */
export function alignedElsewhere(a: Profile, b: Profile): boolean {
  return holdsPartner(b.sentenceFigures, a, b) || holdsPartner(a.sentenceFigures, b, a);
}
