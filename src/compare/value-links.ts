// Links between figures of equal value in other files, scored from evidence as record linkage does.
// Blocking: a strict key (unit and value) in a hash map, each bucket capped, so a claim has a bounded
// number of candidates whatever the input. Comparison: a few discrete levels per field (measure,
// context, period, aspect, subject). Weights: fitted from labelled pairs (`npm run fit`).
import type { MeasureLexicon } from './lexicon.js';
import type { Profile } from './profile.js';
import { WordFiles } from './context-words.js';
import { keptApartBy } from './contrast.js';
import { openAbove } from './place.js';
import { LEVELS, probability, waterfall, type PairWeights } from './pair-weights.js';

/** Candidates kept per blocking key, in input order: the first few are enough to link a fact. */
const BUCKET_LIMIT = 24;

const disjoint = (a: string[], b: string[]) => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));
const oneSided = (a: string[], b: string[]) => (a.length === 0) !== (b.length === 0);


const isTime = (p: Profile) => p.kind === 'year' || p.kind === 'date';

/** The comparison levels of two claims, in the order of LEVELS, written into `row`; values are not read. */
export function levelsOf(a: Profile, b: Profile, lexicon: MeasureLexicon, files: WordFiles, row: number[] = new Array<number>(LEVELS.length)): number[] {
  const unknown = a.linkOnly || b.linkOnly;
  const related = unknown || a.lemma === b.lemma ? null : lexicon.relate(a.lemma, b.lemma);
  // The same content words around both figures: the same sentence with another figure in it.
  const { share, rare, same } = files.compare(a, b);
  row[0] = 1;
  // Equal, or equal as the hedged one says it: "nearly 6,000" states 5,860 at its own precision.
  const rounded = roundsTo(a, b) || roundsTo(b, a);
  row[1] = a.value === b.value || (!isTime(a) && Math.abs(a.value - b.value) <= 0.001 * Math.max(Math.abs(a.value), Math.abs(b.value))) || rounded ? 1 : 0;
  row[2] = !unknown && a.lemma === b.lemma ? 1 : 0;
  row[3] = related ? 1 : 0;
  row[4] = !unknown && a.lemma !== b.lemma && !related ? 1 : 0;
  row[5] = unknown ? 1 : 0;
  row[6] = share;
  row[7] = share >= 0.5 ? 1 : 0;
  row[8] = rare ? 1 : 0;
  row[9] = same ? 1 : 0;
  row[10] = disjoint(a.years, b.years) || disjoint(a.quarters, b.quarters) ? 1 : 0;
  row[11] = oneSided(a.years, b.years) || oneSided(a.quarters, b.quarters) ? 1 : 0;
  row[12] = a.prior !== b.prior ? 1 : 0;
  row[13] = a.action !== null && b.action !== null && a.action !== b.action ? 1 : 0;
  row[14] = a.subject !== null && a.subject === b.subject ? 1 : 0;
  row[15] = a.ownSubject !== null && b.ownSubject !== null && a.ownSubject !== b.ownSubject ? 1 : 0;
  row[16] = a.kind === 'count' && Number.isInteger(a.value) && Math.abs(a.value) <= 12 ? 1 : 0;
  row[17] = a.kind === 'percent' ? 1 : 0;
  row[18] = a.kind === 'year' ? 1 : 0;
  // The equality is one of rounding: the fit may weigh it below an exact one.
  row[19] = rounded ? 1 : 0;
  return row;
}

/** "67.3" has three significant digits, "4.9 billion" two, "2,000" one. */
function significantDigits(x: number): number {
  return Math.abs(x).toPrecision(12).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

/**
 * Whether hedged `a` is `b` said at `a`'s precision: "about 6 million" is 5.6 million rounded, "more
 * than 3,400" is 3,460 cut down to its hundreds, "nearly 6,000" is 5,860 taken up to its thousands.
 */
export function roundsTo(a: Profile, b: Profile): boolean {
  if (!(a.hedged || openAbove(a)) || b.hedged || isTime(a) || a.value === 0 || !Number.isFinite(b.value)) return false;
  const step = 10 ** (Math.floor(Math.log10(Math.abs(a.value))) - significantDigits(a.value) + 1);
  const x = b.value / step;
  const said = a.lo >= a.value ? Math.floor(x + 1e-9) : a.hi <= a.value ? Math.ceil(x - 1e-9) : Math.round(x);
  return Math.abs(said * step - a.value) <= step * 1e-6;
}

export interface ValueLink {
  b: Profile;
  score: number;
  reason: string;
}

/**
 * Keys spanned by one claim at most: a wide range ("up to 5,000") is filed by its ends and value only.
 * A lower bound's reach (3,400 to 4,000) spans at most 11, and is filed whole.
 */
const MAX_KEYS = 8;
const MAX_BOUND_KEYS = 11;

/**
 * The blocking keys: the unit, and each step of two significant figures (of the value's magnitude)
 * that the claim's interval covers, so "nearly 6,000" meets 5,860 and "$4.82 billion" meets "$4,820
 * million". Candidates are then tested for overlap: a shared key is only a reason to look.
 */
function keysOf(p: Profile): string[] {
  const v = p.value;
  if (v === 0) return [`${p.unitKey}|0`];
  const e = Math.floor(Math.log10(Math.abs(v))) - 1;
  const step = 10 ** e;
  const at = (x: number) => `${p.unitKey}|${e}|${Math.round(x / step)}`;
  const lo = Number.isFinite(p.lo) ? p.lo : v;
  const hi = Number.isFinite(p.hi) ? p.hi : v;
  const from = Math.round(lo / step);
  const to = Math.round(hi / step);
  if (to - from + 1 > (openAbove(p) ? MAX_BOUND_KEYS : MAX_KEYS)) return [...new Set([at(lo), at(v), at(hi)])];
  const keys: string[] = [];
  for (let k = from; k <= to; k++) keys.push(`${p.unitKey}|${e}|${k}`);
  if (!keys.includes(at(v))) keys.push(at(v));
  return keys;
}

/** Whether two figures can be the same: their intervals meet, or their values are within 1%. */
export function agreeing(a: Profile, b: Profile): boolean {
  // A year or a date is a point in time, not a size: 2027 is not nearly 2028.
  if (isTime(a) || isTime(b)) return a.value === b.value;
  if (a.lo <= b.hi && b.lo <= a.hi) return true;
  // A figure below a lower bound's own ("more than 3,400" and 3,390) is not near it, however close.
  if ((openAbove(a) && b.value < a.value) || (openAbove(b) && a.value < b.value)) return false;
  return Math.abs(a.value - b.value) <= 0.01 * Math.max(Math.abs(a.value), Math.abs(b.value));
}

/** Whether `b` is among the links of `out` before `before`. */
function linked(out: ValueLink[], b: Profile, before: number): boolean {
  for (let i = 0; i < before; i++) if ((out[i] as ValueLink).b === b) return true;
  return false;
}

export class ValueLinks {
  private readonly buckets = new Map<string, Profile[]>();
  readonly files = new WordFiles();
  /** Pairs of claims compared level by level so far (a count for tests: the work stays bounded). */
  compared = 0;
  /** One row of levels, written by every comparison: a row per candidate pair would be garbage at once. */
  private readonly row = new Array<number>(LEVELS.length).fill(0);

  constructor(
    private readonly lexicon: MeasureLexicon,
    private readonly weights: PairWeights,
  ) {
    if (weights.levels.length !== LEVELS.length) throw new Error('weights file does not match the comparison levels');
  }

  /** Files a claim under its keys; a full bucket takes no more. */
  add(p: Profile): void {
    if (!Number.isFinite(p.value)) return;
    for (const key of keysOf(p)) {
      const list = this.buckets.get(key);
      if (!list) this.buckets.set(key, [p]);
      else if (list.length < BUCKET_LIMIT) list.push(p);
    }
  }

  /**
   * The claims of other files `a` links with, and how sure each link is; `counted(b)` passes over a
   * claim before it is compared (one already counted as evidence another way).
   */
  linksOf(a: Profile, explain: boolean, counted?: (b: Profile) => boolean): ValueLink[] {
    if (!Number.isFinite(a.value)) return [];
    const out: ValueLink[] = [];
    const keys = keysOf(a);
    for (let k = 0; k < keys.length; k++) {
      const list = this.buckets.get(keys[k] as string);
      if (!list) continue;
      // Only a claim filed under two of the keys can be met twice.
      const from = out.length;
      for (const b of list) {
        // A file is not evidence for itself: its own figures repeat, they do not confirm.
        if (b === a || b.fileIndex === a.fileIndex || !agreeing(a, b) || keptApartBy(a, b) !== null || (k > 0 && from > 0 && linked(out, b, from)) || counted?.(b)) continue;
        this.compared++;
        const row = levelsOf(a, b, this.lexicon, this.files, this.row);
        const score = probability(this.weights.link, row);
        if (score < this.weights.linkAt) continue;
        out.push({ b, score: Math.round(score * 100) / 100, reason: explain ? `equal values; ${waterfall(this.weights.link, row)}` : '' });
      }
    }
    return out;
  }

  /** Whether two claims that differ in value are the same fact by all but their values (`row`: each level, for `--explain`). */
  same(a: Profile, b: Profile): { score: number; row: number[] } {
    this.compared++;
    const row = levelsOf(a, b, this.lexicon, this.files, this.row);
    return { score: probability(this.weights.same, row), row };
  }
}
