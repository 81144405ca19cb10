// The words around a figure, as evidence that two figures state the same fact: the content words of a
// bounded window of its clause, with the figure itself left out, in their lexicon lemmas; and how many
// of the run's files use each word, so that a shared rare word weighs more than a shared common one.
import { knownSingular } from '../lexicon/english.js';
import type { Profile } from './profile.js';

/** Characters read either side of the figure: a clause can be as long as a file. */
export const WINDOW = 90;
const WORD = /[a-z][a-z'’-]*[a-z]/g;
/** Function words and the words of figures themselves: sharing them says nothing. */
const STOP = new Set(
  ('a an the and or but of in on at to for from by with as is are was were be been being has have had it its this that these those ' +
    'than then about over under up down into per which who whom whose what when where while also not no more less some any each ' +
    'percent per cent million billion thousand bn m k year years said says say will would could should may might can their they he she ' +
    'we our his her them there here after before since until around nearly almost roughly approximately just only all other new')
    .split(' '),
);

export const lemmaOf = (w: string): string => knownSingular(w) ?? w;

/** The content words of a text, each once, in lemma form. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const w = m[0];
    if (w.length < 3 || STOP.has(w)) continue;
    const l = lemmaOf(w);
    if (!out.includes(l)) out.push(l);
  }
  return out;
}

/** The text around a figure at `at` (with `length`) in `sentence`, the figure masked. */
export function windowOf(sentence: string, at: number, length: number): string {
  if (at < 0) return sentence.slice(0, 2 * WINDOW);
  return `${sentence.slice(Math.max(0, at - WINDOW), at)} # ${sentence.slice(at + length, at + length + WINDOW)}`;
}

/** In how many files each word is used, counted once per sentence read; words are kept as ids. */
export class WordFiles {
  private readonly idOf = new Map<string, number>();
  /** By word id: files using it, the last file counted (its index + 1), its weight and the count it was worked out at. */
  private fileCount = new Int32Array(256);
  private lastFile = new Int32Array(256);
  private weights = new Float64Array(256);
  private weighedAt = new Int32Array(256);
  /** By word id: the stamp of the last comparison whose second window holds it. */
  private marks = new Int32Array(256);
  private stamp = 0;
  private readonly seen = new Set<number>();
  /** Sentences counted so far: a weight worked out at another count is worked out again. */
  private counted = 1;
  private lastSentence = '';
  /** What the last `compare` found (one object, reused: it runs for every candidate pair). */
  private readonly found: Overlap = { share: 0, shared: 0, rare: false, same: false };

  /** Counts a sentence's words for its file (the figures of one sentence come together: read once). */
  addSentence(sentence: string, fileIndex: number): void {
    if (sentence === this.lastSentence) return;
    this.lastSentence = sentence;
    this.seen.add(fileIndex);
    this.counted++;
    // A very long sentence counts by its opening: the count is a rarity, not an inventory.
    for (const w of contentWords(sentence.length > 4096 ? sentence.slice(0, 4096) : sentence)) {
      const id = this.intern(w);
      if (this.lastFile[id] === fileIndex + 1) continue;
      this.lastFile[id] = fileIndex + 1;
      (this.fileCount[id] as number)++;
    }
  }

  /** How much a shared word tells: log of files over files that use it (at least a little). */
  weight(word: string): number {
    return this.weightOf(this.intern(word));
  }

  /** The content words of a claim's window, as ids, worked out once per claim. */
  idsOf(p: Profile): number[] {
    if (p.words !== null && p.wordsBy === this) return p.words;
    const words = contentWords(p.window);
    const ids = words.length ? words.map((w) => this.intern(w)) : NO_WORDS;
    p.words = ids;
    p.wordsBy = this;
    return ids;
  }

  /**
   * How the windows of two claims compare: how much of the smaller one the shared words cover, by
   * weight (0 to 1), how many words they share, whether one of those is rare, and whether they hold
   * the same words. No list is made: a table of marks by word id stands for the second window.
   */
  compare(a: Profile, b: Profile): Readonly<Overlap> {
    const ia = this.idsOf(a);
    const ib = this.idsOf(b);
    if (this.stamp === 0x7fffffff) {
      this.marks.fill(0);
      this.stamp = 0;
    }
    const stamp = ++this.stamp;
    const marks = this.marks;
    let wb = 0;
    for (let i = 0; i < ib.length; i++) {
      const id = ib[i] as number;
      marks[id] = stamp;
      wb += this.weightOf(id);
    }
    let wa = 0;
    let both = 0;
    let shared = 0;
    let rare = false;
    for (let i = 0; i < ia.length; i++) {
      const id = ia[i] as number;
      const x = this.weightOf(id);
      wa += x;
      if (marks[id] === stamp) {
        both += x;
        shared++;
        if (x > 0.9) rare = true;
      }
    }
    const least = Math.min(wa, wb);
    const out = this.found;
    out.share = least > 0 ? both / least : 0;
    out.shared = shared;
    out.rare = rare;
    out.same = ia.length > 0 && ia.length === ib.length && shared === ia.length;
    return out;
  }

  private weightOf(id: number): number {
    if (this.weighedAt[id] === this.counted) return this.weights[id] as number;
    const n = Math.max(this.seen.size, 2);
    const df = Math.min(this.fileCount[id] || 1, n);
    const w = Math.log((n + 1) / df);
    this.weights[id] = w;
    this.weighedAt[id] = this.counted;
    return w;
  }

  private intern(word: string): number {
    let id = this.idOf.get(word);
    if (id !== undefined) return id;
    id = this.idOf.size;
    this.idOf.set(word, id);
    if (id >= this.fileCount.length) {
      const grow = <T extends Int32Array | Float64Array>(xs: T): T => {
        const next = new (xs.constructor as new (n: number) => T)(xs.length * 2);
        next.set(xs);
        return next;
      };
      this.fileCount = grow(this.fileCount);
      this.lastFile = grow(this.lastFile);
      this.weights = grow(this.weights);
      this.weighedAt = grow(this.weighedAt);
      this.marks = grow(this.marks);
    }
    return id;
  }
}

export interface Overlap {
  share: number;
  shared: number;
  rare: boolean;
  same: boolean;
}

const NO_WORDS: number[] = [];
