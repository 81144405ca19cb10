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
  const cache = new Map<string, { score: number; reason: string } | null>();
  return {
    groupsOf: (lemma) => [...(groups.get(lemma) ?? [])],
    relate(a, b) {
      if (a === b) return { score: 1, reason: `same measure "${a}"` };
      const key = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
      if (cache.has(key)) return cache.get(key) ?? null;
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
      cache.set(key, out);
      return out;
    },
  };
}
