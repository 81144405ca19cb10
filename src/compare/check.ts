// Claims in, checked claims out: each claim with the claims elsewhere that support it or disagree.
// Candidates are found through an index by unit, measured thing and subject, never all pairs.
import type { Claim, Evidence } from '../schema.js';
import { buildLexicon, type MeasureLexicon } from './lexicon.js';
import { mayDisagree, pair, type Pairing } from './pair.js';
import { profileOf, type Profile } from './profile.js';
import { verdictOf } from './verdict.js';
import { memoize } from '../memo.js';

export interface CheckInput {
  /** Claims to check, each with the index of the file it came from. */
  checked: { claim: Claim; fileIndex: number }[];
  /** Claims to check against. In corpus mode these are the checked claims themselves. */
  sources: { claim: Claim; fileIndex: number }[];
  /** Claims from a facts file: they outrank sources. */
  facts?: Claim[];
  /** Corpus mode: compare only with claims in other files. */
  otherFilesOnly: boolean;
  maxEvidence: number;
  /** Give each piece of evidence the reason it was paired. */
  explain?: boolean;
  synonyms?: Record<string, string[]>;
  /** The name each file is mainly about, by file index (see `mainSubject`). */
  subjects: Map<number, string>;
}

const NONE = '\u2205';
const ANY = '*';

/**
 * A source's evidence: one object, shared by every claim it speaks for. With `explain` there is one for
 * each pairing score and reason; without, one in all.
 */
function evidence(b: Profile, p: Pairing, explain: boolean): Evidence {
  const key = explain ? `${p.score}\u0000${p.reason}` : 0;
  // Most claims are shown with one score only: the first is kept in the profile, any others in a map.
  if (b.shownKey === key) return b.shownAs as Evidence;
  if (b.shownAs === undefined) {
    b.shownKey = key;
    return (b.shownAs = newEvidence(b, p, explain));
  }
  const more = (b.shownMore ??= new Map());
  let e = more.get(key);
  if (!e) more.set(key, (e = newEvidence(b, p, explain)));
  return e;
}

function newEvidence(b: Profile, p: Pairing, explain: boolean): Evidence {
  const c = b.claim;
  const e: Evidence = { file: c.file, line: c.line, column: c.column, text: c.text, value: c.quantity.value, unit: c.quantity.unit };
  if (explain) {
    e.score = p.score;
    e.reason = p.reason;
  }
  if (b.fact) e.fact = true;
  return e;
}

/**
 * The index. Claims are filed by unit, measured thing and subject ("firm" buckets: the subject is
 * named, or is the main subject of the claim's file), and by the names in their sentences and as
 * subject-less ("loose" buckets). Within a firm bucket, claims with the same comparison signature form
 * a group whose intervals are kept sorted, so agreement and disagreement are counted by binary search:
 * the work per claim does not grow with the number of claims that say the same thing.
 * A loose bucket is used only while it holds at most LOOSE_BUCKET_LIMIT claims: a pairing reached
 * that way is a guess, and skipping large ones keeps the work linear.
 */
const LOOSE_BUCKET_LIMIT = 50;
/** How many members of a group are looked at to list evidence (counts are always exact). */
const EVIDENCE_SCAN_LIMIT = 200;

interface Group {
  key: string;
  /** The mark of the last lookup that took it. */
  mark: number;
  members: Profile[];
  lows: number[];
  highs: number[];
  /** Members sorted by their interval's low end, and by its high end (parallel to lows and highs). */
  byLow: Profile[];
  byHigh: Profile[];
  /** Members sorted by file, then input order: one file's members are a run found by binary search. */
  byFile: Profile[];
}

const lowOf = (p: Profile) => p.lo;
const highOf = (p: Profile) => p.hi;

/** Index of the first element of sorted `xs` greater than `x` (or equal, when `orEqual` is false). */
function bound(xs: number[], x: number, orEqual: boolean): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] as number) < x || (orEqual && (xs[mid] as number) === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether the list is sorted by file index. */
function inFileOrder(list: Profile[]): boolean {
  for (let i = 1; i < list.length; i++) if ((list[i - 1] as Profile).fileIndex > (list[i] as Profile).fileIndex) return false;
  return true;
}

/** Index of the first of `list` (in file order) whose file index is at least `fileIndex`, or above it when `after`. */
function fileBound(list: Profile[], fileIndex: number, after: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const f = (list[mid] as Profile).fileIndex;
    if (f < fileIndex || (after && f === fileIndex)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Everything filed under one measure key (unit and measured thing), by subject or name link. */
interface MeasureBuckets {
  /** Firm buckets: groups by subject. */
  firm: Map<string, Set<Group>>;
  /** Loose buckets: claims filed as subject-less (NONE) or as any subject's (ANY). */
  loose: Map<string, Profile[]>;
  /** Loose buckets by a name the claim's sentence mentions. */
  named: Map<string, Profile[]>;
}

class Index {
  /** Groups by group key: each claim is in exactly one. */
  private groups = new Map<string, Group>();
  /** Each indexed claim's group, by its order. */
  private groupOf: Group[] = [];
  /** Buckets by measure key. */
  private byMeasure = new Map<string, MeasureBuckets>();
  /**
   * The buckets of each list of measure keys. Profiles share their lists (one for each measured thing
   * and unit), so each list is looked up key by key only once.
   */
  private bucketLists = new Map<string[], (MeasureBuckets | undefined)[]>();
  /** The last lookup's mark (see `lookup`). */
  private marks = 0;

  add(p: Profile): void {
    let g = this.groups.get(p.groupKey);
    if (!g) this.groups.set(p.groupKey, (g = { key: p.groupKey, mark: 0, members: [], lows: [], highs: [], byLow: [], byHigh: [], byFile: [] }));
    // One copy of the key for the whole group: the profile's own copy can go.
    else p.groupKey = g.key;
    g.members.push(p);
    this.groupOf[p.order] = g;
    const words = p.subject?.includes(' ') ? wordsOfSubject(p.subject) : null;
    const subject = p.subject ?? NONE;
    for (const measure of p.measures) {
      let buckets = this.byMeasure.get(measure);
      if (!buckets) this.byMeasure.set(measure, (buckets = { firm: new Map(), loose: new Map(), named: new Map() }));
      const { firm, loose, named } = buckets;
      let bucket = firm.get(subject);
      if (!bucket) firm.set(subject, (bucket = new Set()));
      bucket.add(g);
      // A subject guessed from the file also leaves the claim reachable as subject-less.
      if (p.subject && p.inferredSubject) put(loose, NONE, p);
      put(loose, ANY, p);
      for (const n of p.names) if (n !== p.subject) put(named, n, p);
      // "DeepSeek R1" is also reachable from "R1" and from "DeepSeek".
      if (words) for (const w of words) if (!p.names.includes(w)) put(named, w, p);
    }
  }

  /** Sorts every group's interval ends; call once, after the last `add`. */
  seal(): void {
    for (const g of this.groups.values()) {
      if (g.members.length === 1) {
        // A group of one (a third of them on a news corpus): one list, of its own length, serves every order.
        const only = g.members[0] as Profile;
        g.members = g.byLow = g.byHigh = g.byFile = [only];
        g.lows = [lowOf(only)];
        g.highs = [highOf(only)];
        continue;
      }
      g.byLow = [...g.members].sort((x, y) => lowOf(x) - lowOf(y) || x.order - y.order);
      g.byHigh = [...g.members].sort((x, y) => highOf(x) - highOf(y) || x.order - y.order);
      g.lows = g.byLow.map(lowOf);
      g.highs = g.byHigh.map(highOf);
      // Claims are added file by file, so members are nearly always in file order already.
      g.byFile = inFileOrder(g.members) ? g.members : [...g.members].sort((x, y) => x.fileIndex - y.fileIndex || x.order - y.order);
    }
  }

  /**
   * The names in `a`'s sentence that some claim of its measure has as subject. Only these
   * names can change what `a` is compared with and how (see `lookup` and `pair`): claims alike in all
   * else and in these have the same candidates.
   */
  linkedNames(a: Profile): string[] {
    const linked: string[] = [];
    const lists = this.bucketsOf(a.measures);
    for (const n of a.names) {
      if (n === a.subject) continue;
      for (const buckets of lists) {
        if (buckets?.firm.has(n)) {
          linked.push(n);
          break;
        }
      }
    }
    return linked;
  }

  /** The buckets of each of a profile's measure keys (undefined where none was filed). */
  private bucketsOf(measures: string[]): (MeasureBuckets | undefined)[] {
    let hit = this.bucketLists.get(measures);
    if (!hit) this.bucketLists.set(measures, (hit = measures.map((m) => this.byMeasure.get(m))));
    return hit;
  }

  /**
   * What `a` is compared with: the groups filed under its subject or under a name its sentence
   * mentions (`linked`, from `linkedNames`: other names have no groups), then, one by one, claims whose sentences mention its subject and claims with no subject
   * of their own (loose links, skipped when there are too many of them).
   */
  lookup(a: Profile, linked: string[]): { groups: Group[]; loose: Profile[] } {
    // Groups and claims already taken carry this lookup's mark: no set to build for each lookup.
    const mark = ++this.marks;
    const groups: Group[] = [];
    const firmSubjects = [a.subject ?? NONE, ...linked];
    const lists = this.bucketsOf(a.measures);
    for (const buckets of lists) {
      if (!buckets) continue;
      const firm = buckets.firm;
      for (const subject of firmSubjects) {
        const bucket = firm.get(subject);
        if (!bucket) continue;
        for (const g of bucket) {
          if (g.mark === mark) continue;
          g.mark = mark;
          groups.push(g);
        }
      }
    }
    const loose: Profile[] = [];
    const take = (list: Profile[]) => {
      for (const b of list) {
        if (b.mark === mark || (this.groupOf[b.order] as Group).mark === mark) continue;
        b.mark = mark;
        loose.push(b);
      }
    };
    for (const buckets of lists) {
      if (!buckets) continue;
      const none = buckets.loose.get(NONE);
      if (none && none.length <= LOOSE_BUCKET_LIMIT) take(none);
      // A claim whose subject is only guessed may speak of anyone: every claim of its kind, if few.
      if (!a.subject || a.inferredSubject) {
        const any = buckets.loose.get(ANY);
        if (any && any.length <= LOOSE_BUCKET_LIMIT) take(any);
      }
      if (a.subject) {
        const named = buckets.named.get(a.subject);
        if (named && named.length <= LOOSE_BUCKET_LIMIT) take(named);
        const bare = buckets.firm.get(NONE);
        if (bare) {
          let size = 0;
          for (const g of bare) if ((size += g.members.length) > LOOSE_BUCKET_LIMIT) break;
          if (size <= LOOSE_BUCKET_LIMIT) for (const g of bare) take(g.members);
        }
      }
    }
    return { groups, loose };
  }
}

/** The words of a subject of several words; a corpus has few subjects, each the subject of many claims. */
const wordsOfSubject = memoize((subject: string): string[] => subject.split(' '));

/** Files a claim in a loose bucket. A bucket past LOOSE_BUCKET_LIMIT is never read, so it stops growing there. */
function put(buckets: Map<string, Profile[]>, link: string, p: Profile): void {
  const list = buckets.get(link);
  if (!list) buckets.set(link, [p]);
  else if (list.length <= LOOSE_BUCKET_LIMIT) list.push(p);
}

interface Candidates {
  /** Groups that pair with the claim, strongest first. */
  scored: { g: Group; p: Pairing }[];
  /** Single claims that pair with it, reached through loose links. */
  loose: { b: Profile; p: Pairing }[];
}

const byStrength = (x: { p: Pairing; b: Profile }, y: { p: Pairing; b: Profile }) => y.p.score - x.p.score || x.b.order - y.b.order;

/** Strongest pairing first, then input order; lists taken from one group are in that order already. */
function sortByStrength(list: { p: Pairing; b: Profile }[]): void {
  for (let i = 1; i < list.length; i++) {
    if (byStrength(list[i - 1] as { p: Pairing; b: Profile }, list[i] as { p: Pairing; b: Profile }) > 0) {
      list.sort(byStrength);
      return;
    }
  }
}

/** A claim is not its own evidence, nor, in corpus mode, is a claim of its own file. */
function excluded(a: Profile, b: Profile, otherFilesOnly: boolean): boolean {
  return b === a || (otherFilesOnly && b.fileIndex === a.fileIndex);
}

/** The first `max` of a sorted list, as evidence: a list of its own length, as it is kept with the claim. */
function listed(list: { p: Pairing; b: Profile }[], max: number, explain: boolean): Evidence[] {
  return (list.length > max ? list.slice(0, max) : list).map((x) => evidence(x.b, x.p, explain));
}

function overlapsProfile(a: Profile, b: Profile): boolean {
  return lowOf(a) <= highOf(b) && lowOf(b) <= highOf(a);
}

/**
 * Checks every claim; yields each as soon as it is done, so output can stream. The checked claims are
 * the given objects, with the verdict and evidence fields added.
 */
export function* checkClaimsStream(input: CheckInput): Generator<Claim> {
  const lexicon: MeasureLexicon = buildLexicon(input.synonyms);
  const context = input.subjects;
  const index = new Index();
  let order = 0;
  // In corpus mode the checked claims are the sources: their profiles are made once.
  const sourceProfiles: (Profile | null)[] = [];
  for (const { claim, fileIndex } of input.sources) {
    const p = profileOf(claim, order++, fileIndex, lexicon, false, context.get(fileIndex) ?? null);
    sourceProfiles.push(p);
    if (p) index.add(p);
  }
  const checkedAreSources = input.checked === input.sources;
  for (const claim of input.facts ?? []) {
    const p = profileOf(claim, order++, -1, lexicon, true);
    if (p) index.add(p);
  }
  index.seal();
  const max = input.maxEvidence;
  const explain = input.explain ?? false;
  const otherFilesOnly = input.otherFilesOnly;
  // Claims alike in all that pairing reads (signature, subject, unit and the names in their sentence
  // that matter) have the same candidates with the same scores: they are found and scored once.
  const memo = new Map<string, Map<string, Candidates>>();
  const candidates = (a: Profile): Candidates => {
    let alike = memo.get(a.groupKey);
    if (!alike) memo.set(a.groupKey, (alike = new Map()));
    const linked = index.linkedNames(a);
    const names = linked.join('\u0001');
    let found = alike.get(names);
    if (found) return found;
    const { groups, loose } = index.lookup(a, linked);
    const scored: { g: Group; p: Pairing }[] = [];
    for (const g of groups) {
      const p = pair(a, g.members[0] as Profile, lexicon, explain);
      if (p) scored.push({ g, p });
    }
    scored.sort((x, y) => y.p.score - x.p.score || (x.g.members[0] as Profile).order - (y.g.members[0] as Profile).order);
    const pairedLoose: { b: Profile; p: Pairing }[] = [];
    for (const b of loose) {
      const p = pair(a, b, lexicon, explain);
      if (p) pairedLoose.push({ b, p });
    }
    alike.set(names, (found = { scored, loose: pairedLoose }));
    return found;
  };
  for (let i = 0; i < input.checked.length; i++) {
    const { claim, fileIndex } = input.checked[i] as CheckInput['checked'][number];
    const a = checkedAreSources ? sourceProfiles[i] : profileOf(claim, order++, fileIndex, lexicon, false, context.get(fileIndex) ?? null);
    const supports: { p: Pairing; b: Profile }[] = [];
    const disagrees: { p: Pairing; b: Profile }[] = [];
    const tally = { supports: 0, disagrees: 0, factSupports: 0, factDisagrees: 0 };
    if (a) {
      const { scored, loose } = candidates(a);
      for (const { g, p } of scored) {
        const fact = (g.members[0] as Profile).fact;
        const n = g.members.length;
        let agree = n - (n - bound(g.lows, highOf(a), true)) - bound(g.highs, lowOf(a), false);
        let disagree = n - agree;
        for (let k = fileBound(g.byFile, a.fileIndex, false), end = fileBound(g.byFile, a.fileIndex, true); k < end; k++) {
          const b = g.byFile[k] as Profile;
          if (!excluded(a, b, otherFilesOnly)) continue;
          if (overlapsProfile(a, b)) agree--;
          else disagree--;
        }
        if (!mayDisagree(p)) disagree = 0;
        if (fact) {
          tally.factSupports += agree;
          tally.factDisagrees += disagree;
        } else {
          tally.supports += agree;
          tally.disagrees += disagree;
        }
        // List evidence, strongest groups first: the earliest agreeing members, and the disagreeing
        // ones nearest in value, read straight off the sorted ends.
        if (agree > 0 && supports.length < max) {
          for (let i = 0; i < n && i < EVIDENCE_SCAN_LIMIT && supports.length < max; i++) {
            const b = g.members[i] as Profile;
            if (!excluded(a, b, otherFilesOnly) && overlapsProfile(a, b)) supports.push({ p, b });
          }
        }
        if (disagree > 0 && disagrees.length < max) {
          const above = bound(g.lows, highOf(a), true);
          for (let i = above; i < n && disagrees.length < max; i++) {
            const b = g.byLow[i] as Profile;
            if (!excluded(a, b, otherFilesOnly)) disagrees.push({ p, b });
          }
          const below = bound(g.highs, lowOf(a), false);
          for (let i = below - 1; i >= 0 && disagrees.length < max; i--) {
            const b = g.byHigh[i] as Profile;
            if (!excluded(a, b, otherFilesOnly)) disagrees.push({ p, b });
          }
        }
      }
      for (const { b, p } of loose) {
        if (excluded(a, b, otherFilesOnly)) continue;
        if (overlapsProfile(a, b)) {
          supports.push({ p, b });
          if (b.fact) tally.factSupports++;
          else tally.supports++;
        } else if (mayDisagree(p)) {
          disagrees.push({ p, b });
          if (b.fact) tally.factDisagrees++;
          else tally.disagrees++;
        }
      }
    }
    sortByStrength(supports);
    sortByStrength(disagrees);
    // The claim is completed in place: a copy of every claim costs more than all the rest of this loop.
    claim.verdict = verdictOf(tally);
    claim.supports = listed(supports, max, explain);
    claim.disagrees = listed(disagrees, max, explain);
    claim.supportCount = tally.supports + tally.factSupports;
    claim.disagreeCount = tally.disagrees + tally.factDisagrees;
    yield claim;
  }
}
