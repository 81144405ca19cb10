// The pipeline's stages depend downwards only: comparing reads claims and the language layer, never
// the extractor's files; the language layer depends on neither.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../src/', import.meta.url).pathname;

function importsOf(folder: string): Array<{ file: string; target: string }> {
  const out: Array<{ file: string; target: string }> = [];
  for (const name of readdirSync(join(SRC, folder)).filter((n) => n.endsWith('.ts')).sort()) {
    const text = readFileSync(join(SRC, folder, name), 'utf8');
    for (const m of text.matchAll(/(?:from\s+|import\()\s*'([^']+)'/g)) out.push({ file: `${folder}/${name}`, target: m[1]! });
  }
  return out;
}

const RULES: Array<{ folder: string; forbidden: RegExp }> = [
  { folder: 'compare', forbidden: /\/extract\// },
  { folder: 'lexicon', forbidden: /\/(?:extract|compare|report|cli)\// },
  { folder: 'report', forbidden: /\/(?:extract|compare)\// },
];

describe('layering', () => {
  it.each(RULES)('src/$folder imports none of $forbidden', ({ folder, forbidden }) => {
    const all = importsOf(folder);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((i) => forbidden.test(i.target))).toEqual([]);
  });
});
