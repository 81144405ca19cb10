// What comparison needs to know about a claim, worked out once per claim.
import type { Claim } from '../schema.js';
import { FRAME_WORDS } from '../data/measures.js';
import type { MeasureLexicon } from './lexicon.js';

export interface Profile {
  claim: Claim;
  /** Position in the run's input order, for stable ordering. */
  order: number;
  /** Which input file it came from. */
  fileIndex: number;
  /** kind + unit; claims are compared only within one. */
  unitKey: string;
  lemma: string;
  /** Keys to find candidates by: the lemma, its groups and product codes. */
  keys: string[];
  /** Product codes among lemma and modifiers: "h800". */
  codes: string[];
  frames: string[];
  /** Lower-case words that narrow the measure ("active", "new"), and the noun it describes ("cluster"). */
  descriptors: string[];
  subject: string | null;
  /** Lower-cased names in the sentence, to see whether a sentence speaks of a subject. */
  names: Set<string>;
  /** Years and quarters the sentence names, when the claim is not itself a year. */
  periods: string[];
  fact: boolean;
}

const CODE = /^(?=.*\p{L})(?=.*\d)[\p{L}\d-]+$/u;
const NAME = /\b(?:\p{Lu}[\p{L}\d-]*|\p{Ll}+\p{Lu}[\p{L}\d-]*)(?:['’]s)?/gu;
const PERIOD = /\b(?:(?:19|20)\d{2}|Q[1-4]|H[12]|FY\s?\d{2,4}|(?:first|second|third|fourth)\s+quarter|(?:first|second)\s+half)\b/gi;
const WORD = /[\p{L}-]+/gu;

function norm(s: string): string {
  return s.toLowerCase().replace(/['’]s$/, '').trim();
}

export function profileOf(claim: Claim, order: number, fileIndex: number, lexicon: MeasureLexicon, fact: boolean): Profile | null {
  const m = claim.measure;
  if (!m || claim.kind === 'date' || (claim.kind === 'year' && !claim.subject)) return null;
  const q = claim.quantity;
  const unitKey = `${claim.kind}:${q.unit}`;
  const lemma = m.lemma.toLowerCase();
  const codes = [lemma, ...m.modifiers].filter((w) => CODE.test(w)).map((w) => w.toLowerCase().replace(/s$/, ''));
  const groups = lexicon.groupsOf(lemma);
  const keys = [...new Set([lemma, ...groups.map((g) => `group:${g}`), ...codes.map((c) => `code:${c}`)])];
  const sentence = claim.sentence;
  const frames = new Set<string>();
  for (const w of sentence.toLowerCase().match(WORD) ?? []) if (FRAME_WORDS.has(w)) frames.add(w);
  for (const w of m.modifiers) if (FRAME_WORDS.has(w)) frames.add(w);
  const head = (m as { head?: string }).head;
  if (head) frames.add(head);
  const written = new Set(m.noun.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).map((w) => w.toLowerCase()));
  const descriptors = m.modifiers.filter((w) => !CODE.test(w) && written.has(w) && !FRAME_WORDS.has(w));
  if (head) descriptors.push(head);
  const names = new Set<string>();
  for (const n of sentence.match(NAME) ?? []) names.add(norm(n));
  const periods = claim.kind === 'count' && /^\d{4}$/.test(claim.text) ? [] : [...new Set((sentence.match(PERIOD) ?? []).map((p) => p.toLowerCase().replace(/\s+/g, ' ')))];
  return {
    claim,
    order,
    fileIndex,
    unitKey,
    lemma,
    keys,
    codes,
    frames: [...frames],
    descriptors,
    subject: claim.subject ? norm(claim.subject) : null,
    names,
    periods,
    fact,
  };
}
