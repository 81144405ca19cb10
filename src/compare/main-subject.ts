// The name a document is mainly about: the name it mentions most often, counted in one regex pass.
// The headline and first lines count double, and an owner ("Kelderford's" in "Kelderford's Eastway
// line") counts for less than what it owns.
import { nameRunsIn } from './profile.js';

/** Only this much of a long document is read: the main subject shows early. */
const SAMPLE = 200_000;
/** The opening, where a story names what it is about. */
const LEDE = 400;

export function mainSubject(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const counts = new Map<string, number>();
  const add = (names: string[], weight: number) => {
    for (const name of names) {
      if (/^\p{Lu}+$/u.test(name)) continue; // labels and shouting: "KEANE:", "HOLD"
      counts.set(name, (counts.get(name) ?? 0) + weight);
    }
  };
  add(nameRunsIn(sample), 1);
  add(nameRunsIn(sample.slice(0, LEDE)), 1);
  // A short form counts for the one full name it begins or ends: "Saxe" for "Saxe Motors".
  const whole = [...counts.keys()].filter((n) => n.includes(' '));
  for (const [name, n] of [...counts]) {
    if (name.includes(' ')) continue;
    const full = whole.filter((w) => w.startsWith(`${name} `) || w.endsWith(` ${name}`));
    if (full.length === 1) {
      counts.set(full[0] as string, (counts.get(full[0] as string) as number) + n);
      counts.delete(name);
    }
  }
  // Owners followed by another name give way to it.
  for (const m of sample.matchAll(/([\p{Lu}][\p{L}\d-]*)['’]s\s+\p{Lu}/gu)) {
    const owner = m[1] as string;
    if (counts.has(owner)) counts.set(owner, (counts.get(owner) as number) - 0.5);
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
