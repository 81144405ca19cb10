// Words of a figure's clause that split its measure into several facts: an opposite ("3,000 jobs
// directly" is not "11,000 indirect jobs"), a compound of a number and a span ("two-year" is not
// "five-year"), a tier or setting ("free" is not "pro", "default" is not "maximum"), and a goal
// ("targeting 45 launches" is not "flew 38"). Two figures kept apart by them never pair.
import { numberCompound, opposite, polarWord, TIER_WORDS } from '../lexicon/contrasts.js';
import { AUXILIARY_VERBS, PLAN_WORDS, TARGET_WORDS } from '../lexicon/english.js';
import type { Place } from './place.js';
import { wordClass } from '../lexicon/words.js';

const NONE: string[] = [];

/** `found` added to `out` unless already there; `out` made when first needed. */
function addOnce(out: string[] | null, found: string | null): string[] | null {
  if (found === null || out?.includes(found)) return out;
  (out ??= []).push(found);
  return out;
}

/** A pattern for any of `phrases`, their spaces matching any run of spaces. */
const anyOf = (phrases: readonly string[]) => new RegExp(`\\b(?:${phrases.map((w) => w.replace(/ /g, '[\\s\\u00a0]+')).join('|')})\\b`, 'i');
const ANY_COMPOUND = /(?<![\d.,\p{L}])(?:\d+(?:\.\d+)?|\p{L}+)-\p{L}+/gu;
const DIGIT_COMPOUND = /(?<![\d.,])\d+(?:\.\d+)?-[a-z]+\b/gi;
/** Words read before and after the figure for narrowing words: those further off narrow other figures. */
const BEFORE = 5;
const AFTER = 4;

/** How many words the figure's own text holds. */
const wordsIn = (text: string) => text.toLowerCase().match(/[\p{L}-]+/gu)?.length ?? 0;

/**
 * The narrowing words near the figure, as compared: polar words in their adjective form ("direct"),
 * and number compounds as a number and a noun ("2 year").
 */
export function narrowersOf({ words, wordsBefore, text, clause, clauseAt, sentence, at }: Place): string[] {
  if (clauseAt < 0) return NONE;
  let out: string[] | null = null;
  // Compounds of digits are not words: "a 10-day forecast" is read from the text near the figure.
  const start = Math.max(0, clauseAt - 40);
  const near = clause.slice(start, clauseAt + text.length + 30);
  const own = clauseAt - start;
  if (near.includes('-')) {
    for (const m of near.matchAll(DIGIT_COMPOUND)) {
      // The figure's own compound ("a 30-day trial") is its value, not a word that narrows it.
      if (m.index < own + text.length && m.index + m[0].length > own) continue;
      out = addOnce(out, numberCompound(m[0].toLowerCase()));
    }
  }
  const from = Math.max(0, wordsBefore - BEFORE);
  const to = Math.min(words.length, wordsBefore + wordsIn(text) + AFTER);
  for (let i = from; i < to; i++) {
    const w = words[i] as string;
    out = addOnce(out, w.includes('-') && /^[\d\p{L}]/u.test(w) ? numberCompound(w) ?? polarWord(w) : polarWord(w));
  }
  // A clause that names none takes a compound of the sentence's subject, before its first verb:
  // "Five-year deals were cheaper, averaging 4.6%" (not "declared a 90-day emergency and set aside …").
  if (out === null && at - clauseAt > 0) {
    const before = subjectPart(sentence.slice(0, at - clauseAt));
    if (before.includes('-')) {
      for (const m of before.matchAll(ANY_COMPOUND)) {
        out = addOnce(out, numberCompound(m[0].toLowerCase()));
      }
    }
  }
  return out ?? NONE;
}

const WORD = /[\p{L}-]+/gu;

/** The words of a sentence's opening before its first verb: where its subject is named. */
function subjectPart(text: string): string {
  for (const m of text.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    if (AUXILIARY_VERBS.has(w) || (!w.includes('-') && wordClass(w) === 'verb')) return text.slice(0, m.index);
  }
  return text;
}

/**
 * The tiers and settings the figure's own clause names ("free", "pro", "default"), lower-cased; when it
 * names none, those named before it in its sentence ("every pro plan gets more: 1,200 requests a
 * minute"). Names after its clause are said of other figures.
 */
export function tiersOf({ words, sentence, at, clauseAt }: Place): string[] {
  const own = tiersAmong(words);
  if (own.length || at < 0 || at - clauseAt <= 0) return own;
  return tiersAmong(sentence.slice(0, at - clauseAt).toLowerCase().match(/[\p{L}-]+/gu) ?? NONE);
}

function tiersAmong(words: readonly string[]): string[] {
  let out: string[] | null = null;
  for (const w of words) if (TIER_WORDS.has(w)) out = addOnce(out, w);
  return out ?? NONE;
}

const GOAL = anyOf(TARGET_WORDS);

/** Whether the clause sets the figure as a goal before it: "is targeting 45 launches", "a goal of 1,000". */
export function goalOf({ clause, clauseAt }: Place): boolean {
  return clauseAt > 0 && GOAL.test(clause.slice(0, clauseAt));
}

const PLAN = anyOf(PLAN_WORDS);

/** Whether a figure looks ahead: a plan or forecast, or a schedule named before it ("is scheduled for 2030"). */
const ahead = (p: Narrowed) => p.frames.includes('outlook') || p.future || PLAN.test(p.window.slice(0, p.window.indexOf(' # ') + 1));

const compound = /^(\d+(?:\.\d+)?) (.+)$/;

/** Whether two lists of narrowing words hold opposites that neither side also holds. */
export function opposed(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) {
    if (b.includes(x)) continue;
    for (const y of b) {
      if (a.includes(y)) continue;
      const cx = compound.exec(x);
      const cy = cx ? compound.exec(y) : null;
      if (cx && cy ? cx[2] === cy[2] && cx[1] !== cy[1] : opposite(x, y)) return true;
    }
  }
  return false;
}

/** What two claims' clauses say that keeps them apart, or null. */
export interface Narrowed {
  narrowers: readonly string[];
  tiers: readonly string[];
  goal: boolean;
  earlier: boolean;
  years: readonly string[];
  quarters: readonly string[];
  frames: readonly string[];
  future: boolean;
  /** The words around the figure, the figure itself as " # ". */
  window: string;
}

/** A figure dated by its own sentence ("in 2023", "Q2"): "a year earlier" said elsewhere may be that date. */
const dated = (p: Narrowed) => p.years.length > 0 || p.quarters.length > 0;

export function keptApartBy(a: Narrowed, b: Narrowed): string | null {
  if (a.goal !== b.goal && !ahead(a.goal ? b : a)) return 'one is a goal, the other an outcome';
  if (a.earlier !== b.earlier && !dated(a.earlier ? b : a)) return 'one is of an earlier period';
  if (a.tiers.length && b.tiers.length && !a.tiers.some((t) => b.tiers.includes(t))) return `other tiers (${a.tiers.join(', ')} and ${b.tiers.join(', ')})`;
  if (opposed(a.narrowers, b.narrowers)) return `narrowed apart (${a.narrowers.join(', ')} and ${b.narrowers.join(', ')})`;
  return null;
}
