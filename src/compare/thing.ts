// What a measure's words say, the same for every claim with that measure: the measured thing, its
// product codes, the keys to find candidates by, and the modifiers that narrow it.
import { infinitive, wordClass } from '../lexicon/words.js';
import type { Claim } from '../schema.js';
import { FRAME_CLASSES } from '../data/measures.js';
import type { MeasureLexicon } from './lexicon.js';

const CODE = /^(?=.*\p{L})(?=.*\d)[\p{L}\d-]+$/u;

/** A thing's keys with a unit before each, made once per unit. */
export function measuresOf(thing: Thing, unitKey: string): string[] {
  let hit = thing.measures.get(unitKey);
  if (!hit) thing.measures.set(unitKey, (hit = thing.keys.map((k) => `${unitKey}|${k}`)));
  return hit;
}

/** What a measure's words say, the same for every claim with that measure. */
export interface Thing {
  /** The measured thing: the whole noun phrase when the lexicon knows it ("accelerator card"), else its head. */
  lemma: string;
  codes: string[];
  keys: string[];
  /** Modifiers that narrow the measure ("active"), before any head noun. */
  descriptors: string[];
  modifierFrames: string[];
  /** The measure's noun is a verb form ("will cost", "covers"). */
  verbNoun: boolean;
  /** `keys` with a unit before each, by unit (see `measuresOf`). */
  measures: Map<string, string[]>;
}

const things = new Map<string, Thing>();

/** `counted`: what the verb before a plain count says it is of ("employs 1,200" counts staff), else null. */
export function thingOf(m: NonNullable<Claim['measure']>, counted: string | null, lexicon: MeasureLexicon): Thing {
  const key = `${m.noun}\u0001${m.lemma}\u0001${counted ?? ''}\u0001${m.modifiers.join('\u0001')}`;
  let hit = things.get(key);
  if (hit && lexicon === thingsLexicon) return hit;
  if (lexicon !== thingsLexicon || things.size > 50000) {
    things.clear();
    thingsLexicon = lexicon;
  }
  const phrase = [...m.modifiers, m.lemma].join(' ').toLowerCase();
  const lastTwo = [...m.modifiers.slice(-1), m.lemma].join(' ').toLowerCase();
  const lemma = counted ?? (lexicon.groupsOf(phrase).length ? phrase : lexicon.groupsOf(lastTwo).length && m.modifiers.length ? lastTwo : m.lemma.toLowerCase());
  const termWords = new Set(lemma.split(' '));
  const codes = [lemma, ...m.modifiers].filter((w) => CODE.test(w)).map((w) => w.toLowerCase().replace(/s$/, ''));
  // "Boeing 737 jets", "Vela 2 rocket": a name and a number make one model.
  m.modifiers.forEach((w, k) => {
    const next = m.modifiers[k + 1];
    if (next && /^\d+$/.test(next) && /^\p{L}/u.test(w)) codes.push(`${w.toLowerCase()} ${next}`);
  });
  const groups = lexicon.groupsOf(lemma);
  const written = new Set(m.noun.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).map((w) => w.toLowerCase()));
  hit = {
    lemma,
    codes,
    keys: [...new Set([lemma, ...groups.map((g) => `group:${g}`), ...codes.map((c) => `code:${c}`)])],
    descriptors: m.modifiers.filter((w) => !CODE.test(w) && written.has(w) && !FRAME_CLASSES[w] && !termWords.has(w)),
    modifierFrames: m.modifiers.filter((w) => FRAME_CLASSES[w]).map((w) => FRAME_CLASSES[w] as string),
    verbNoun: wordClass(m.noun) === 'verb' || infinitive(m.noun) !== m.noun.toLowerCase(),
    measures: new Map(),
  };
  things.set(key, hit);
  return hit;
}

let thingsLexicon: MeasureLexicon | null = null;
