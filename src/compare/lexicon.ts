// Whether two measured nouns name the same thing: the domain groups (data), extra synonyms from the
// config, then WordNet for the rest.
import { MEASURE_GROUPS } from '../data/measures.js';
import { relateNouns } from '../lexicon/wordnet.js';

export interface MeasureLexicon {
  /** Group names of a lemma (a lemma can sit in more than one group). */
  groupsOf(lemma: string): string[];
  /** How two lemmas relate: a score and a reason, or null. */
  relate(a: string, b: string): { score: number; reason: string } | null;
}

export function buildLexicon(extra: Record<string, string[]> = {}): MeasureLexicon {
  const groups = new Map<string, Set<string>>();
  const add = (name: string, word: string) => {
    const key = word.toLowerCase();
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key)!.add(name);
  };
  for (const g of MEASURE_GROUPS) for (const w of g) add(g[0] as string, w);
  for (const [name, words] of Object.entries(extra)) {
    add(name.toLowerCase(), name);
    for (const w of words) add(name.toLowerCase(), w);
  }
  // By the lemma first in sorted order, then the other: no key string to make for every pair asked about.
  const cache = new Map<string, Map<string, { score: number; reason: string } | null>>();
  return {
    groupsOf: (lemma) => [...(groups.get(lemma) ?? [])],
    relate(a, b) {
      if (a === b) return { score: 1, reason: `same measure "${a}"` };
      // The answer is kept for the pair whichever way round; it is worked out the way it is first asked.
      const first = a < b ? a : b;
      let byB = cache.get(first);
      if (!byB) cache.set(first, (byB = new Map()));
      const second = a < b ? b : a;
      const hit = byB.get(second);
      if (hit !== undefined) return hit;
      let out: { score: number; reason: string } | null = null;
      const ga = groups.get(a);
      const gb = groups.get(b);
      const shared = ga && gb ? [...ga].find((g) => gb.has(g)) : undefined;
      if (shared) out = { score: 0.9, reason: `"${a}" and "${b}" both name ${shared}` };
      else {
        const r = relateNouns(a, b);
        if (r === 'synonym') out = { score: 0.85, reason: `"${a}" and "${b}" are synonyms (WordNet)` };
        else if (r === 'hypernym') out = { score: 0.7, reason: `"${a}" and "${b}" are a kind and its class (WordNet)` };
      }
      byB.set(second, out);
      return out;
    },
  };
}
