// The name a document is mainly about: the name it mentions most often, counted in one regex pass.
// The headline and first lines count double, and an owner ("Kelderford's" in "Kelderford's Eastway
// line") counts for less than what it owns.
import { nameRunsAt } from './names.js';
import { LEGAL_FORMS } from '../data/names.js';
import { isNameTagged, isPlaceWord, thingOfPlace } from '../extract/subject.js';
import { isWordnetNoun } from '../lexicon/wordnet.js';
import { own } from '../strings.js';

/** A single word names someone when the lexicon calls it a name, or English has no such common noun. */
const namesSomeone = (word: string) => isNameTagged(word) || !isWordnetNoun(word.toLowerCase());

/** Only this much of a long document is read: the main subject shows early. */
const SAMPLE = 200_000;
/** The opening, where a story names what it is about. */
const LEDE = 400;

export function mainSubject(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  // Counted first, judged once per distinct name: the opening counts double, an owner followed by
  // another name half ("Kelderford's Eastway line").
  const seen = new Map<string, number>();
  for (const r of nameRunsAt(sample)) seen.set(r.name, (seen.get(r.name) ?? 0) + (r.owner ? 0.5 : 1) * (r.start < LEDE ? 2 : 1));
  const counts = new Map<string, number>();
  for (const [name, n] of seen) {
    if (/^[\p{Lu}\s]+$/u.test(name)) continue; // labels, tickers and shouting: "KEANE:", "HOLD", "BRS GY"
    if (!name.includes(' ') && !namesSomeone(name)) continue; // "Revenue" opening a sentence or a table row
    counts.set(name, n);
  }
  // A legal form counts for the name it ends: "Brennecke Systems SE" for "Brennecke Systems".
  for (const name of [...counts.keys()]) {
    const cut = name.lastIndexOf(' ');
    if (cut < 0 || !LEGAL_FORMS.has(name.slice(cut + 1).toLowerCase().replace(/\.$/, ''))) continue;
    const base = name.slice(0, cut);
    counts.set(base, (counts.get(base) ?? 0) + (counts.get(name) as number));
    counts.delete(name);
  }
  // A short form counts for the one longer name it begins or ends: "Saxe" for "Saxe Motors", "North
  // Sea" for "North Sea Solar Park". Longer names are indexed by their leading and trailing words.
  const byPart = new Map<string, string[]>();
  for (const name of counts.keys()) {
    if (!name.includes(' ')) continue;
    const words = name.split(' ');
    for (let k = 1; k < words.length; k++) {
      for (const part of [words.slice(0, k).join(' '), words.slice(k).join(' ')]) {
        const list = byPart.get(part);
        if (list) list.push(name);
        else byPart.set(part, [name]);
      }
    }
  }
  for (const name of [...counts.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    const longer = (byPart.get(name) ?? []).filter((w) => counts.has(w));
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
  if (!best) return null;
  return own(isPlaceWord(best) ? thingOfPlaceIn(sample, best) ?? best : best);
}

/** "Seville", mostly written as "the Seville metro line": the thing of the place the file is about. */
function thingOfPlaceIn(text: string, place: string): string | null {
  const things = new Map<string, number>();
  let seen = 0;
  for (const m of text.matchAll(new RegExp(`\\b${place}(?:['’]s)?\\s+([a-z]+)(?:\\s+([a-z]+))?`, 'g'))) {
    seen++;
    const thing = thingOfPlace(place, [m[1] as string, m[2] ?? '']);
    if (thing) things.set(thing, (things.get(thing) ?? 0) + 1);
  }
  const [top] = [...things].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return top && top[1] * 2 >= seen ? top[0] : null;
}
