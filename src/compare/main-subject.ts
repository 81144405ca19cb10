// The name a document is mainly about: the name it mentions most often, counted in one regex pass.
// The headline and first lines count double, and an owner ("Kelderford's" in "Kelderford's Eastway
// line") counts for less than what it owns.
import { nameRunsAt, type NameRun } from './names.js';
import { isNameTagged } from '../extract/subject.js';
import { isWordnetNoun } from '../lexicon/wordnet.js';

/** A single word names someone when the lexicon calls it a name, or English has no such common noun. */
const namesSomeone = (word: string) => isNameTagged(word) || !isWordnetNoun(word.toLowerCase());

/** Company forms after a name: "SE", "Inc", "plc". */
const LEGAL_FORMS = new Set(['se', 'ag', 'inc', 'ltd', 'plc', 'corp', 'corporation', 'co', 'llc', 'gmbh', 'sa', 'nv', 'bv', 'spa', 'ab', 'asa', 'oyj', 'limited', 'lp', 'llp']);

/** Only this much of a long document is read: the main subject shows early. */
const SAMPLE = 200_000;
/** The opening, where a story names what it is about. */
const LEDE = 400;

export function mainSubject(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  const counts = new Map<string, number>();
  const add = (runs: NameRun[], weight: number) => {
    for (const { name, words, owner } of runs) {
      if (/^[\p{Lu}\s]+$/u.test(name)) continue; // labels, tickers and shouting: "KEANE:", "HOLD", "BRS GY"
      if (words.length === 1 && !namesSomeone(name)) continue; // "Revenue" opening a sentence or a table row
      // An owner followed by another name gives way to it: "Kelderford's Eastway line".
      counts.set(name, (counts.get(name) ?? 0) + (owner ? weight / 2 : weight));
    }
  };
  const runs = nameRunsAt(sample);
  add(runs, 1);
  add(runs.filter((r) => r.start < LEDE), 1);
  // A legal form counts for the name it ends: "Brennecke Systems SE" for "Brennecke Systems".
  for (const name of [...counts.keys()]) {
    const words = name.split(' ');
    if (words.length < 2 || !LEGAL_FORMS.has((words[words.length - 1] as string).toLowerCase().replace(/\.$/, ''))) continue;
    const base = words.slice(0, -1).join(' ');
    counts.set(base, (counts.get(base) ?? 0) + (counts.get(name) as number));
    counts.delete(name);
  }
  // A short form counts for the one longer name it begins or ends: "Saxe" for "Saxe Motors", "North
  // Sea" for "North Sea Solar Park".
  const names = [...counts.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
  for (const name of [...names].reverse()) {
    const longer = names.filter((w) => w.length > name.length && counts.has(w) && (w.startsWith(`${name} `) || w.endsWith(` ${name}`)));
    if (longer.length === 1) {
      const full = longer[0] as string;
      counts.set(full, (counts.get(full) as number) + (counts.get(name) as number));
      counts.delete(name);
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
