// Links between figures of equal value in other files, scored from evidence as record linkage does.
// Blocking: a strict key (unit and value) in a hash map, each bucket capped, so a claim has a bounded
// number of candidates whatever the input. Comparison: a few discrete levels per field (measure,
// context, period, aspect, subject). Weights: fitted from labelled pairs (`npm run fit`).
import type { MeasureLexicon } from './lexicon.js';
import type { Profile } from './profile.js';
import { contentWords, WordFiles } from './context-words.js';
import { LEVELS, probability, waterfall, type PairWeights } from './pair-weights.js';

/** Candidates kept per blocking key, in input order: the first few are enough to link a fact. */
const BUCKET_LIMIT = 24;

const disjoint = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
const oneSided = (a: string[], b: string[]) => (a.length === 0) !== (b.length === 0);

export const wordsOf = (p: Profile): string[] => (p.words ??= contentWords(p.window));

/** The same content words around both figures: the same sentence with another figure in it. */
function sameWording(a: string[], b: string[]): boolean {
  if (a.length === 0 || a.length !== b.length) return false;
  for (const w of a) if (!b.includes(w)) return false;
  return true;
}

/** The comparison levels of two claims, in the order of LEVELS; values are not read. */
export function levelsOf(a: Profile, b: Profile, lexicon: MeasureLexicon, files: WordFiles): number[] {
  const related = a.lemma === b.lemma ? null : lexicon.relate(a.lemma, b.lemma);
  const { share, shared } = files.overlap(wordsOf(a), wordsOf(b));
  let rare = 0;
  for (const w of shared) if (files.weight(w) > 0.9) rare = 1;
  const row = [
    1,
    a.lemma === b.lemma ? 1 : 0,
    related ? 1 : 0,
    a.lemma !== b.lemma && !related ? 1 : 0,
    share,
    share >= 0.5 ? 1 : 0,
    rare,
    sameWording(wordsOf(a), wordsOf(b)) ? 1 : 0,
    disjoint(a.years, b.years) || disjoint(a.quarters, b.quarters) ? 1 : 0,
    oneSided(a.years, b.years) || oneSided(a.quarters, b.quarters) ? 1 : 0,
    a.prior !== b.prior ? 1 : 0,
    a.action !== null && b.action !== null && a.action !== b.action ? 1 : 0,
    a.subject !== null && a.subject === b.subject ? 1 : 0,
    a.ownSubject !== null && b.ownSubject !== null && a.ownSubject !== b.ownSubject ? 1 : 0,
    a.kind === 'count' && Number.isInteger(a.value) && Math.abs(a.value) <= 12 ? 1 : 0,
    a.kind === 'percent' ? 1 : 0,
    a.kind === 'year' ? 1 : 0,
  ];
  return row;
}

export interface ValueLink {
  b: Profile;
  score: number;
  reason: string;
}

/** The blocking key: unit and value, to four significant figures ("4.82 billion" is "4,820 million"). */
const keyOf = (p: Profile) => `${p.unitKey}|${p.value.toPrecision(4)}`;

export class ValueLinks {
  private readonly buckets = new Map<string, Profile[]>();
  readonly files = new WordFiles();

  constructor(
    private readonly lexicon: MeasureLexicon,
    private readonly weights: PairWeights,
  ) {
    if (weights.levels.length !== LEVELS.length) throw new Error('weights file does not match the comparison levels');
  }

  /** Files a claim under its key; a full bucket takes no more. */
  add(p: Profile): void {
    if (!Number.isFinite(p.value)) return;
    const key = keyOf(p);
    const list = this.buckets.get(key);
    if (!list) this.buckets.set(key, [p]);
    else if (list.length < BUCKET_LIMIT) list.push(p);
  }

  /** The claims of other files `a` links with, and how sure each link is. */
  linksOf(a: Profile, explain: boolean): ValueLink[] {
    if (!Number.isFinite(a.value)) return [];
    const list = this.buckets.get(keyOf(a));
    if (!list) return [];
    const out: ValueLink[] = [];
    for (const b of list) {
      // A file is not evidence for itself: its own figures repeat, they do not confirm.
      if (b === a || b.fileIndex === a.fileIndex) continue;
      const row = levelsOf(a, b, this.lexicon, this.files);
      const score = probability(this.weights.link, row);
      if (score < this.weights.linkAt) continue;
      out.push({ b, score: Math.round(score * 100) / 100, reason: explain ? `equal values; ${waterfall(this.weights.link, row)}` : '' });
    }
    return out;
  }

  /** Whether two claims that differ in value are the same fact by all but their values. */
  same(a: Profile, b: Profile): { score: number; row: number[] } {
    const row = levelsOf(a, b, this.lexicon, this.files);
    return { score: probability(this.weights.same, row), row };
  }
}
