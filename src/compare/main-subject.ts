// The name a document is mainly about: the name it mentions most often, counted in one regex pass.
// The headline and first lines count double, and an owner ("Kelderford's" in "Kelderford's Eastway
// line") counts for less than what it owns.
import { eachNameRun } from './names.js';
import { LEGAL_FORMS } from '../data/names.js';
import { isNameTagged, isPlaceWord, thingOfPlace } from '../lexicon/names.js';
import { isWordnetNoun } from '../lexicon/wordnet.js';
import { own } from '../strings.js';
import { memoize } from '../memo.js';

/** A single word names someone when the lexicon calls it a name, or English has no such common noun. */
const namesSomeone = memoize((word: string): boolean => isNameTagged(word) || !isWordnetNoun(word.toLowerCase()));

/** Only this much of a long document is read: the main subject shows early. */
const SAMPLE = 200_000;
/** The opening, where a story names what it is about. */
const LEDE = 400;

export function mainSubject(text: string): string | null {
  const sample = text.slice(0, SAMPLE);
  // Counted first, judged once per distinct name: the opening counts double, an owner followed by
  // another name half ("Kelderford's Eastway line").
  const seen = new Map<string, number>();
  eachNameRun(sample, (name, start, owner) => seen.set(name, (seen.get(name) ?? 0) + (owner ? 0.5 : 1) * (start < LEDE ? 2 : 1)));
  const counts = new Map<string, number>();
  for (const [name, n] of seen) {
    if (shouting(name)) continue; // labels, tickers and shouting: "KEANE:", "HOLD", "BRS GY"
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
  // Sea" for "North Sea Solar Park". Longer names are indexed by their first and last words.
  const byFirst = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  for (const name of counts.keys()) {
    const first = name.indexOf(' ');
    if (first < 0) continue;
    listIn(byFirst, name.slice(0, first)).push(name);
    listIn(byLast, name.slice(name.lastIndexOf(' ') + 1)).push(name);
  }
  for (const name of [...counts.keys()].sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) {
    const first = name.indexOf(' ');
    const longer: string[] = [];
    for (const l of byFirst.get(first < 0 ? name : name.slice(0, first)) ?? []) {
      if (l.length > name.length && l.charCodeAt(name.length) === 32 && l.startsWith(name) && counts.has(l)) longer.push(l);
    }
    for (const l of byLast.get(first < 0 ? name : name.slice(name.lastIndexOf(' ') + 1)) ?? []) {
      if (l.length > name.length && l.charCodeAt(l.length - name.length - 1) === 32 && l.endsWith(name) && counts.has(l)) longer.push(l);
    }
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

/** All capitals and spaces, whatever the script; most names show a lower-case second letter at once. */
function shouting(name: string): boolean {
  const second = name.charCodeAt(1);
  return !(second >= 97 && second <= 122) && /^[\p{Lu}\s]+$/u.test(name);
}

function listIn(lists: Map<string, string[]>, key: string): string[] {
  let list = lists.get(key);
  if (!list) lists.set(key, (list = []));
  return list;
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
