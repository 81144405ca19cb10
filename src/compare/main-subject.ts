// The name a document is mainly about: the name it mentions most often, counted in one regex pass.
// The headline and first lines count double, and an owner ("Kelderford's" in "Kelderford's Eastway
// line") counts for less than what it owns.
import { nameRunsAt, type NameRun } from './names.js';

/** Only this much of a long document is read: the main subject shows early. */
const SAMPLE = 200_000;
/** The opening, where a story names what it is about. */
const LEDE = 400;

export function mainSubject(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const counts = new Map<string, number>();
  const add = (runs: NameRun[], weight: number) => {
    for (const { name, owner } of runs) {
      if (/^\p{Lu}+$/u.test(name)) continue; // labels and shouting: "KEANE:", "HOLD"
      // An owner followed by another name gives way to it: "Kelderford's Eastway line".
      counts.set(name, (counts.get(name) ?? 0) + (owner ? weight / 2 : weight));
    }
  };
  const runs = nameRunsAt(sample);
  add(runs, 1);
  add(runs.filter((r) => r.start < LEDE), 1);
  // A short form counts for the one full name it begins or ends: "Saxe" for "Saxe Motors".
  const whole = [...counts.keys()].filter((n) => n.includes(' '));
  if (whole.length) {
    for (const [name, n] of [...counts]) {
      if (name.includes(' ')) continue;
      let full: string | null = null;
      let several = false;
      for (const w of whole) {
        if (!(w.startsWith(`${name} `) || w.endsWith(` ${name}`))) continue;
        several = full !== null;
        full = w;
        if (several) break;
      }
      if (full !== null && !several) {
        counts.set(full, (counts.get(full) as number) + n);
        counts.delete(name);
      }
    }
  }
  let best: string | null = null;
  let most = 1;
  for (const [name, n] of counts) {
    if (n > most || (n === most && best !== null && name < best)) {
      best = name;
      most = n;
    }
  }
  return best;
}
