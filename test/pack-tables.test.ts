// The generated tables the package ships compressed: data/lexicon.json.gz is what
// scripts/build-lexicon.mjs makes from compromise, and the lexicon reads it.
import fs from 'node:fs';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { knownInfinitive, knownSingular, tagsOf } from '../src/lexicon/english.js';

describe('the English lexicon table', () => {
  it('is the table the build script writes from compromise (run `npm run lexicon` after upgrading it)', { timeout: 60_000 }, async () => {
    // @ts-expect-error: a plain script without types
    const { buildLexicon } = (await import('../scripts/build-lexicon.mjs')) as { buildLexicon: () => unknown };
    const onDisk = JSON.parse(zlib.gunzipSync(fs.readFileSync(new URL('../data/lexicon.json.gz', import.meta.url))).toString('utf8'));
    expect(onDisk).toEqual(buildLexicon());
  });

  it('is read by the lexicon', () => {
    expect(knownSingular('people')).toBe('person');
    expect(knownInfinitive('spent')).toBe('spend');
    expect(tagsOf('&')).toEqual(['Conjunction']);
    expect(tagsOf('qzxv')).toEqual([]);
  });
});
