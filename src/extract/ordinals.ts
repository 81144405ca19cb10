// Ordinals that count: "its fourth landing" and "for the third time" say how many there have been, so they
// are read as a count (9, 7) of the noun, marked "ordinal". A rank ("the third largest"), a period ("the
// third quarter") or a date ("the 9th of May") is not such a count: only nouns of recurring events take it.
import { ORDINAL_VALUES, TENS_WORDS } from '../data/number-words.js';
import { OCCURRENCE_NOUNS, ORDINAL_DETERMINERS } from '../data/occurrences.js';
import { alternation } from './patterns.js';
import { sentenceAt } from './sentences.js';
import { subjectBefore } from './subject.js';
import type { RawClaim } from './raw-claim.js';

const ORDINALS = Object.keys(ORDINAL_VALUES).filter((w) => w !== 'first');
const COMPOUND_ORDINALS = Object.entries(ORDINAL_VALUES).filter(([, v]) => v < 10).map(([w]) => w);
/** An ordinal in words or digits: "ninth", "twenty-first", "9th", "21st". */
const ORDINAL = new RegExp(
  `(?:(${alternation(Object.keys(TENS_WORDS))})[-\\s\\u00a0](${alternation(COMPOUND_ORDINALS)})|(${alternation(ORDINALS)})|(\\d{1,3})(?:st|nd|rd|th))(?![\\p{L}\\p{N}])`,
  'iuy',
);
/** The noun after, with at most one word between: "fourth landing", "second orbital mission". */
const NOUN_AFTER = /[\s\u00a0]+(?:([\p{Ll}-]+)[\s\u00a0]+)?(\p{Ll}+)(?![\p{L}\p{N}])/uy;
const WORD_BEFORE = /(?:^|[^\p{L}])(\p{L}+)(?:['’]s)?[\s\u00a0]+$/u;
/** A regular expression source of the ordinal words that may start a count ("second" … "thousandth"). */
export const ORDINAL_WORDS_SOURCE = alternation(ORDINALS);

function ordinalValue(m: RegExpExecArray): number {
  if (m[1] && m[2]) return (TENS_WORDS[m[1].toLowerCase()] as number) + (ORDINAL_VALUES[m[2].toLowerCase()] as number);
  if (m[3]) return ORDINAL_VALUES[m[3].toLowerCase()] as number;
  return Number(m[4]);
}

const SENTENCE_WINDOW = 400;

/** The count an ordinal at `pos` makes, or null when it is a rank, a period, a date or no ordinal. */
export function ordinalCount(text: string, pos: number, starts: number[]): RawClaim | null {
  ORDINAL.lastIndex = pos;
  const m = ORDINAL.exec(text);
  if (!m) return null;
  const value = ordinalValue(m);
  if (!(value >= 2)) return null;
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, pos - 24), pos));
  const possessive = before !== null && /['’]s[\s\u00a0]+$/.test(before[0]);
  if (!before || (!possessive && !ORDINAL_DETERMINERS.has((before[1] as string).toLowerCase()))) return null;
  NOUN_AFTER.lastIndex = ORDINAL.lastIndex;
  const after = NOUN_AFTER.exec(text);
  if (!after) return null;
  let noun = after[2] as string;
  let end = NOUN_AFTER.lastIndex;
  if (!OCCURRENCE_NOUNS.has(noun)) {
    // No word between: "its fourth landing". Otherwise the middle word may itself be the noun: "the third time since".
    if (!after[1] || !OCCURRENCE_NOUNS.has(after[1])) return null;
    noun = after[1];
    end = text.indexOf(noun, ORDINAL.lastIndex) + noun.length;
  }
  const whole = sentenceAt(starts, text.length, pos);
  const sentence: [number, number] = [Math.max(whole[0], pos - SENTENCE_WINDOW), Math.min(whole[1], pos + SENTENCE_WINDOW)];
  const modifiers = after[1] && after[1] !== noun ? [after[1]] : [];
  return {
    start: pos,
    end,
    kind: 'count',
    number: value,
    halfStep: 0,
    qualifier: 'exact',
    near: false,
    measure: { noun: text.slice(ORDINAL.lastIndex, end).trim(), lemma: noun, modifiers, end },
    subject: subjectBefore(text, sentence[0], pos),
    sentence,
    unitText: 'ordinal',
  };
}
