// The words around a figure, as evidence that two figures state the same fact: the content words of a
// bounded window of its clause, with the figure itself left out, in their lexicon lemmas; and how many
// of the run's files use each word, so that a shared rare word weighs more than a shared common one.
import { knownSingular } from '../lexicon/english.js';

/** Characters read either side of the figure: a clause can be as long as a file. */
const WINDOW = 90;
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

/** In how many files each word is used, counted once per sentence read. */
export class WordFiles {
  private readonly files = new Map<string, number>();
  private readonly lastFile = new Map<string, number>();
  private readonly seen = new Set<number>();
  private lastSentence = '';

  /** Counts a sentence's words for its file (the figures of one sentence come together: read once). */
  addSentence(sentence: string, fileIndex: number): void {
    if (sentence === this.lastSentence) return;
    this.lastSentence = sentence;
    this.seen.add(fileIndex);
    // A very long sentence counts by its opening: the count is a rarity, not an inventory.
    for (const w of contentWords(sentence.length > 4096 ? sentence.slice(0, 4096) : sentence)) {
      if (this.lastFile.get(w) === fileIndex) continue;
      this.lastFile.set(w, fileIndex);
      this.files.set(w, (this.files.get(w) ?? 0) + 1);
    }
  }

  /** How much a shared word tells: log of files over files that use it (at least a little). */
  weight(word: string): number {
    const n = Math.max(this.seen.size, 2);
    const df = Math.min(this.files.get(word) ?? 1, n);
    return Math.log((n + 1) / df);
  }

  /** How much of the smaller window the shared words cover, by weight (0 to 1), and the shared words. */
  overlap(a: string[], b: string[]): { share: number; shared: string[] } {
    let wa = 0;
    let wb = 0;
    let both = 0;
    const shared: string[] = [];
    for (const w of a) {
      const x = this.weight(w);
      wa += x;
      if (b.includes(w)) {
        both += x;
        shared.push(w);
      }
    }
    for (const w of b) wb += this.weight(w);
    const least = Math.min(wa, wb);
    return { share: least > 0 ? both / least : 0, shared };
  }
}
