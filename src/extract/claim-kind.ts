// What kind of claim a figure makes (money, percent, quantity, ratio, year or count) and what it measures.
import type { Kind } from '../schema.js';
import { CHANGE_WORDS } from '../data/traps.js';
import { MONEY_WORDS, PERCENT_WORDS } from '../data/measures.js';
import type { QualifierForm } from '../data/qualifiers.js';
import { qualifierAfter, type Affix } from './affixes.js';
import { measureAfter, measureBefore, triggerNear, type FoundMeasure } from './measure.js';
import { subjectBefore } from './subject.js';
import { yearEvent } from './year-event.js';
import { infinitive, singular, wordClass } from '../lexicon/words.js';
import { isWordnetNoun } from '../lexicon/wordnet.js';
import { namedProduct, prevWord } from './figure-traps.js';
import type { Scanned } from './figure.js';
import type { Draft, RawClaim } from './raw-claim.js';
import { readPer } from './suffix.js';

/** Words before a year that make it a deadline: "by 2028", "by the end of 2027". */
const DEADLINE = /\bby(?:\s+the\s+(?:end|start|middle)\s+of)?\s+$/i;

/**
 * A qualifier written after the figure (or after the noun a count counts) where it says more than the
 * one already read: any, when `approxToo`, else only a bound ("or more"), never a second "about".
 */
export function laterBound(text: string, end: number, qualifier: RawClaim['qualifier'], approxToo: boolean): Affix<QualifierForm> | null {
  if (qualifier !== 'exact' && qualifier !== 'approx') return null;
  const qa = qualifierAfter(text, end);
  return qa && (approxToo || qa.info.qualifier !== 'approx') ? qa : null;
}

/** "a budget of ", "adjusted EPS of ": the word before "of" right before a sum. */
const OF_BEFORE = /(\p{L}+)[\s\u00a0]+of[\s\u00a0]+$/u;

/** The money word a sum is "of" ("EPS of $1.42 beat forecasts"): it says more than the words after it. */
function sumOf(text: string, sentence: [number, number], start: number): FoundMeasure | null {
  const lead = text.slice(Math.max(sentence[0], start - 40), start);
  const m = lead.includes('of') ? OF_BEFORE.exec(lead) : null;
  return m && MONEY_WORDS.has(singular(m[1] as string)) ? triggerNear(MONEY_WORDS, text, sentence[0], sentence[1], start) : null;
}

/** A verb in -s straight after the figure, its object after it: "gives the firm", "makes it", "puts Acme". */
const VERB_WITH_OBJECT = /^[ \t\u00a0]+(\p{Ll}+[^s\P{L}]s)[ \t\u00a0]+(?:the|a|an|its|their|his|her|our|it|them|us|him|\p{Lu}\p{Ll}+)(?![\p{L}])/u;

/** Whether a figure after "… of" is the subject of the verb after it: "a headcount of some 5,400 gives". */
function verbAfterOf(text: string, from: number, start: number, end: number): boolean {
  if (!OF_BEFORE.test(text.slice(Math.max(from, start - 30), start))) return false;
  const m = VERB_WITH_OBJECT.exec(text.slice(end, end + 40));
  return m !== null && wordClass(infinitive(m[1] as string)) === 'verb';
}

export interface Classified {
  kind: Kind;
  measure: FoundMeasure | null;
  /** For a year: whose event it dates. */
  yearSubject: string | null;
}

/**
 * The kind and measure of the drafted claim for the figure read at `pos`. `age` is the measure of an age
 * already found, `isRatio` whether a ratio word follows. Null when the figure names a model or a standard
 * ("Boeing 737") and makes no claim. May move the draft's end over a counted noun and a bound after it.
 */
export function classify(text: string, pos: number, figure: Scanned, sentence: [number, number], d: Draft, age: FoundMeasure | null, isRatio: boolean): Classified | null {
  const { n } = figure;
  const { start } = d;
  let kind: Kind;
  let measure: FoundMeasure | null = null;
  let yearSubject: string | null = null;
  const limit = sentence[1];
  if (d.currency) {
    kind = 'money';
    // A sum's meaning is often stated once for the sentence: "to train R1 … using 2,048 chips and $5.6 million".
    measure =
      sumOf(text, sentence, start) ??
      measureAfter(text, d.end, limit, false) ??
      triggerNear(MONEY_WORDS, text, sentence[0], limit, start) ??
      measureBefore(text, sentence[0], start) ??
      triggerNear(MONEY_WORDS, text, sentence[0], limit, start, true);
  } else if (d.percent) {
    kind = 'percent';
    measure = measureAfter(text, d.end, limit, true);
    if (!measure) {
      // "revenue rose 38%": what rose, rather than the rising.
      const trigger = triggerNear(PERCENT_WORDS, text, sentence[0], limit, start);
      const before = trigger && !CHANGE_WORDS.has(trigger.noun.toLowerCase()) ? null : measureBefore(text, sentence[0], start);
      measure = before && before.lemma !== trigger?.lemma && wordClass(before.noun) !== 'verb' && !CHANGE_WORDS.has(before.noun.toLowerCase()) ? before : trigger ?? before;
    }
    // "a margin of 15.9%, while Drives lagged at 8.1%": a named subject in its own clause shares the
    // sentence's measure word. Without a name the figure may be something else entirely.
    if (!measure && subjectBefore(text, sentence[0], start)) measure = triggerNear(PERCENT_WORDS, text, sentence[0], limit, start, true);
  } else if (d.unit) {
    kind = 'quantity';
    // "a train every three minutes": the interval between events.
    const old = d.unit.dimension === 'time' ? /^-old(?![\p{L}-])/u.exec(text.slice(d.end, d.end + 5)) : null;
    if (age) measure = age;
    else if (d.unit.dimension === 'time' && prevWord(text, start) === 'every') measure = { noun: 'every', lemma: 'interval', modifiers: [], end: d.end };
    // "the 24-year-old striker": an age.
    else if (old) {
      d.end += old[0].length;
      measure = { noun: 'old', lemma: 'age', modifiers: [], end: d.end };
    } else measure = measureAfter(text, d.end, limit, true) ?? measureBefore(text, sentence[0], start);
  } else if (isRatio || (n.fraction && !figure.scale)) {
    kind = 'ratio';
    measure = isRatio ? null : measureAfter(text, d.end, limit, true);
  } else {
    const { qualifier } = d;
    const isYearShape = !n.words && n.plainInteger && n.value >= 1800 && n.value <= 2100 && !figure.scale && qualifier !== 'approx' && qualifier !== 'gt' && qualifier !== 'lt';
    const pluralAfter = /^[\s\u00a0]+\p{Ll}+s(?![\p{L}])/u.test(text.slice(d.end, d.end + 30));
    const cue = prevWord(text, start);
    // "its 2019 accounts", "the 2024 season": a year that dates the noun after it.
    const datesNoun = /^(?:in|since|by|during|until|till|before|after|its|their|his|her|our|my|your|the|this|that|whose)$/.test(cue) && n.value >= 1900 && n.value <= 2099;
    if (isYearShape && (!pluralAfter || datesNoun || d.season)) {
      kind = 'year';
      const event = yearEvent(text, sentence, start, d.end);
      if (event) {
        measure = event.measure;
        yearSubject = event.subject;
      } else if (DEADLINE.test(text.slice(Math.max(sentence[0], start - 24), start))) {
        // "by the end of 2027": when something is due; what is due comes from the sentence's figures.
        measure = { noun: 'by', lemma: 'deadline', modifiers: [], end: d.end };
        yearSubject = subjectBefore(text, sentence[0], start);
      }
    } else {
      kind = 'count';
      // "a book-to-bill ratio of 1.17": a ratio, whatever follows.
      const ratioBefore = /\bratio\s+(?:of|at|was|is|stood at|reached)\s+$/i.test(text.slice(Math.max(0, start - 24), start));
      measure = ratioBefore ? null : measureAfter(text, d.end, limit, true);
      // "a headcount of 5,400 gives it …": the figure is the subject of a verb, the noun before "of" what it counts.
      if (measure && verbAfterOf(text, sentence[0], start, d.end)) {
        const marker = /^[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?/.exec(text.slice(sentence[0], start));
        const before = measureBefore(text, sentence[0] + (marker ? marker[0].length : 0), start);
        measure = before && before.end <= start && isWordnetNoun(before.lemma) ? before : null;
        if (!measure) return { kind, measure, yearSubject };
      }
      // "Boeing 737", "IFRS 16 rules": a bare figure right after a name names a model or a standard.
      if (!n.words && (!measure || n.plainInteger) && namedProduct(text, pos, sentence[0], d.end) && !figure.scale && (qualifier === 'exact' || (qualifier === 'range' && /^\d+-\d+(?![\d.,])/.test(text.slice(pos, pos + 16))))) return null;
      // "a headcount of 18,480": the noun just before names what is counted.
      if (!measure) {
        const marker = /^[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?/.exec(text.slice(sentence[0], start));
        const before = measureBefore(text, sentence[0] + (marker ? marker[0].length : 0), start);
        if (before && wordClass(before.noun) === 'noun' && start - text.lastIndexOf(before.noun, start) < 24) measure = before;
        // "a book-to-bill ratio of 1.17"
        if (measure && /^(?:ratio|multiple)$/.test(measure.lemma)) kind = 'ratio';
      }
      if (measure) {
        d.end = Math.max(d.end, measure.end);
        // "250 employees or more": a bound after the counted noun.
        const qa = laterBound(text, d.end, qualifier, qualifier === 'exact');
        if (qa) {
          d.qualifier = qa.info.qualifier;
          d.near = qa.info.near ?? false;
          d.end = qa.end;
        }
      }
      // "1,200 vehicles a day": a count per unit of time or of something else.
      if (kind === 'count') readPer(text, d);
    }
  }
  return { kind, measure, yearSubject };
}
