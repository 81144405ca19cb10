// A figure after a label and a colon, as in fact sheets, situation reports and lists: "Confirmed
// deaths: 412", "- Waiting list: 5,300". The label names what the figure measures.
import type { FoundMeasure } from './measure.js';
import { measureAfter, measureBefore } from './measure.js';
import { isNameTagged } from '../lexicon/names.js';
import { isWordnetNoun } from '../lexicon/wordnet.js';
import { singular } from '../lexicon/words.js';

/** An optional list marker, a label of up to six words opening with a capital, a colon, the figure. */
const LABEL = /^[ \t]*(?:[-*•][ \t]+|\d{1,2}[.)][ \t]+)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+[\p{Ll}][\p{L}'’/-]*){0,5})[ \t]*:[ \t]*$/u;

/** Words that make the label a speaker or a quotation's lead-in, not a name for the figure. */
const LEAD_IN = /\b(?:said|says|say|told|tells|added|adds|wrote|writes|noted|notes|asked|answered|replied|explained|warned|stated|q|a)$/i;

/** The measure a label before `start` gives, the label opening the sentence at `from`; null if none. */
export function labelBefore(text: string, from: number, start: number): FoundMeasure | null {
  const before = text.slice(from, start);
  const m = LABEL.exec(before);
  if (!m) return null;
  const label = m[1] as string;
  const words = label.split(/[ \t]+/);
  const first = words[0] as string;
  // "VILCHEZ:", "Smith:": a speaker in a transcript.
  if (words.length === 1 && (/^\p{Lu}{2,}$/u.test(first) ? !isWordnetNoun(first.toLowerCase()) : isNameTagged(first) && !isWordnetNoun(first.toLowerCase()))) return null;
  if (LEAD_IN.test(label)) return null;
  const labelStart = from + before.indexOf(label);
  const colon = labelStart + label.length;
  const found = measureAfter(text, labelStart, colon, true) ?? measureBefore(text, labelStart, colon);
  if (found) return { ...found, end: start };
  const last = (words[words.length - 1] as string).toLowerCase();
  return { noun: label, lemma: singular(last), modifiers: words.slice(0, -1).map((w) => w.toLowerCase()), end: start };
}
