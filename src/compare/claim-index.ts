// The index comparison looks candidates up in: claims filed by unit, measured thing and subject,
// never all pairs.
import type { Profile } from './profile.js';
import { memoize } from '../memo.js';

const NONE = '\u2205';
const ANY = '*';

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

export interface Group {
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
  /** The lows and highs of `byFile`, each file's stretch sorted: a file's own claims are counted without a walk. */
  fileLows: number[];
  fileHighs: number[];
  /** The file index of each of `byFile`: a file's stretch is found without reading the members themselves. */
  byFileFiles: number[];
  /**
   * Columns of `members`, in its order: interval ends and file index. Listing evidence walks these,
   * and reads a member only when it is listed.
   */
  memberLows: number[];
  memberHighs: number[];
  memberFiles: number[];
}

export const lowOf = (p: Profile) => p.lo;
export const highOf = (p: Profile) => p.hi;
const fileOf = (p: Profile) => p.fileIndex;

/** Index of the first element of sorted `xs` (or of its sorted stretch [from, to)) greater than `x` (or equal, when `orEqual` is false). */
export function bound(xs: number[], x: number, orEqual: boolean, from = 0, to = xs.length): number {
  let lo = from;
  let hi = to;
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

/** `end` of each of `list` (in file order), sorted within each file's stretch. */
function sortedByFile(list: Profile[], end: (p: Profile) => number): number[] {
  const out = list.map(end);
  for (let s = 0; s < list.length; ) {
    let e = s + 1;
    while (e < list.length && (list[e] as Profile).fileIndex === (list[s] as Profile).fileIndex) e++;
    if (e - s > 1) {
      const part = out.slice(s, e).sort((x, y) => x - y);
      for (let i = 0; i < part.length; i++) out[s + i] = part[i] as number;
    }
    s = e;
  }
  return out;
}

/** Index of the first of sorted file indexes `files` that is at least `fileIndex`, or above it when `after`. */
export function fileBound(files: number[], fileIndex: number, after: boolean): number {
  let lo = 0;
  let hi = files.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const f = files[mid] as number;
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

export class Index {
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
    if (!g) this.groups.set(p.groupKey, (g = { key: p.groupKey, mark: 0, members: [], lows: [], highs: [], byLow: [], byHigh: [], byFile: [], fileLows: [], fileHighs: [], byFileFiles: [], memberLows: [], memberHighs: [], memberFiles: [] }));
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

  /** The group of the indexed claim at `order`. */
  groupOfOrder(order: number): Group | undefined {
    return this.groupOf[order];
  }

  /** Sorts every group's interval ends; call once, after the last `add`. */
  seal(): void {
    for (const g of this.groups.values()) {
      if (g.members.length === 1) {
        // A group of one (a third of them on a news corpus): one list, of its own length, serves every order.
        const only = g.members[0] as Profile;
        g.members = g.byLow = g.byHigh = g.byFile = [only];
        g.lows = g.fileLows = g.memberLows = [lowOf(only)];
        g.highs = g.fileHighs = g.memberHighs = [highOf(only)];
        g.byFileFiles = g.memberFiles = [only.fileIndex];
        continue;
      }
      g.byLow = [...g.members].sort((x, y) => lowOf(x) - lowOf(y) || x.order - y.order);
      g.byHigh = [...g.members].sort((x, y) => highOf(x) - highOf(y) || x.order - y.order);
      g.lows = g.byLow.map(lowOf);
      g.highs = g.byHigh.map(highOf);
      // Claims are added file by file, so members are nearly always in file order already.
      g.byFile = inFileOrder(g.members) ? g.members : [...g.members].sort((x, y) => x.fileIndex - y.fileIndex || x.order - y.order);
      g.fileLows = sortedByFile(g.byFile, lowOf);
      g.fileHighs = sortedByFile(g.byFile, highOf);
      g.memberLows = g.members.map(lowOf);
      g.memberHighs = g.members.map(highOf);
      g.memberFiles = g.members.map(fileOf);
      g.byFileFiles = g.byFile === g.members ? g.memberFiles : g.byFile.map(fileOf);
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
