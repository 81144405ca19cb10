// The name a document is mainly about: the name it mentions most often, counted in one regex pass.
import { namesIn } from './profile.js';

/** Only this much of a long document is read: the main subject shows early. */
const SAMPLE = 200_000;

export function mainSubject(text: string): string | null {
  const counts = new Map<string, number>();
  for (const name of namesIn(text.slice(0, SAMPLE))) {
    if (/^\p{Lu}+$/u.test(name)) continue; // labels and shouting: "KEANE:", "HOLD"
    // Sentence openers ("Investors", "Comparable") are capitalised common words; real names recur.
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 1;
  for (const [name, n] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (n > most) {
      best = name;
      most = n;
    }
  }
  return best;
}
