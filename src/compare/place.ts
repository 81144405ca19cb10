// Where a claim sits in its sentence, and what the words around it say: an earlier figure, a gap, a
// level or a change, the people a plain count is of.
import type { Claim } from '../schema.js';
import { ACTION_CLASSES } from '../data/measures.js';
import { CHANGE_WORDS } from '../data/traps.js';
import { UNIT_SYMBOLS, UNIT_WORDS } from '../data/units.js';
import { infinitive, isVerbForm } from '../lexicon/words.js';
import { NOT_ASCII } from '../strings.js';

const WORD = /[\p{L}-]+/gu;
const LETTERS = /\p{L}+/gu;
/** The same words in plain ASCII text, where a Unicode-aware match costs more for nothing. */
const ASCII_WORD = /[A-Za-z-]+/g;

/** Where a claim sits in its sentence, worked out once for the readers below. */
export interface Place {
  sentence: string;
  text: string;
  /** Offset of the claim's text in the sentence, or -1. */
  at: number;
  /** The clause that holds it: frames are read there, not across the whole sentence. */
  clause: string;
  /** Offset of the claim's text in the clause. */
  clauseAt: number;
  /** The clause's words, lower-cased, and how many of them come before the claim. */
  words: string[];
  wordsBefore: number;
}

const CLAUSE_BEFORE = /^.*(?:[,;:(]|\b(?:and|but|while|whereas|although)\b)/s;
const CLAUSE_AFTER = /[,;:)]|\b(?:and|but|while|whereas|although)\b/;

export function placeOf(claim: Pick<Claim, 'sentence' | 'text'>): Place {
  const { sentence, text } = claim;
  const at = sentence.indexOf(text);
  if (at < 0) return { sentence, text, at, clause: sentence, clauseAt: -1, words: wordsOf(sentence), wordsBefore: 0 };
  const before = CLAUSE_BEFORE.exec(sentence.slice(0, at));
  const start = before ? before[0].length : 0;
  const rest = sentence.slice(at + text.length);
  const after = CLAUSE_AFTER.exec(rest);
  const clause = sentence.slice(start, at + text.length + (after ? after.index : rest.length));
  const cut = at - start;
  return { sentence, text, at, clause, clauseAt: cut, words: wordsOf(clause), wordsBefore: cut > 0 ? wordCount(clause, cut) : 0 };
}

/** How many words `wordsOf` finds in the first `end` characters of `clause`, counted without making them. */
function wordCount(clause: string, end: number): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < end; i++) {
    const c = clause.charCodeAt(i);
    if (c > 127) return wordsOf(clause.slice(0, end)).length;
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 45;
    if (letter && !inWord) n++;
    inWord = letter;
  }
  return n;
}

const NO_WORDS: string[] = [];

/** The lower-cased words of `clause`, in one pass: whole matches only, no match object per word. */
function wordsOf(clause: string): string[] {
  const lower = clause.toLowerCase();
  return lower.match(NOT_ASCII.test(lower) ? WORD : ASCII_WORD) ?? NO_WORDS;
}

const FROM_BEFORE = /\b(?:from|compared (?:with|to)|versus|vs\.?|against)[\s\u00a0]+$/i;
const EARLIER = /\b(?:a year (?:earlier|before|ago)|(?:the )?(?:previous|prior|preceding) (?:year|quarter)|year-(?:earlier|ago))\b/i;

/**
 * Whether a figure is the earlier value of a change ("from $4bn"), or one said of the year before
 * ("$4bn a year earlier", "in the previous year"): the words must be next to the figure, with no other
 * figure between.
 */
export function priorFigure({ sentence, text, at }: Place, kind: Claim['kind']): boolean {
  if (at < 0) return false;
  const before = sentence.slice(Math.max(0, at - 30), at);
  const after = sentence.slice(at + text.length, at + text.length + 30);
  const near = (t: string, fromEnd: boolean) => {
    const m = EARLIER.exec(t);
    if (!m) return false;
    const between = fromEnd ? t.slice(m.index + m[0].length) : t.slice(0, m.index);
    return !/\d/.test(between);
  };
  // A share said "on last year" is a rate of change, not last year's figure.
  if (kind !== 'percent' && (near(after, false) || near(before, true))) return true;
  if (!FROM_BEFORE.test(before)) return false;
  return changeAmong(sentence.slice(0, at).toLowerCase().match(WORD) ?? []);
}

/** An opening that dates the whole sentence to an earlier period: "A year earlier, …", "In the prior year, …". */
const EARLIER_OPENING = /^[\s"“'(]*(?:(?:a|the) year (?:earlier|before|ago)|(?:in )?the (?:previous|prior|preceding) (?:year|quarter)|a quarter earlier)[\s\u00a0]*,/i;
const EARLIER_NEAR = /\b(?:(?:a|the) year (?:earlier|before|ago)|(?:the )?(?:previous|prior|preceding) (?:year|quarter)|(?:year|quarter)-(?:earlier|ago)|(?:prior|previous)-(?:year|quarter))\b/i;
/** Words between a figure and "a year earlier" that make the phrase the base of a change, not the figure's date. */
const CHANGE_BASE = /\b(?:from|than|compared|versus|vs|against|on|over)\b/i;

/**
 * Whether a figure is of an earlier period than the one a text reports: "$4bn a year earlier",
 * "prior-year earnings of $1.19", any figure of a sentence that opens "A year earlier,". Such a figure
 * is another fact than the current one, whatever its measure. A share said "on a year earlier" is a
 * change, and a figure "up from a year earlier" is the current one.
 */
export function earlierPeriod({ sentence, text, at }: Place, kind: Claim['kind']): boolean {
  if (EARLIER_OPENING.test(sentence)) return true;
  if (at < 0 || kind === 'percent') return false;
  const before = sentence.slice(Math.max(0, at - 30), at);
  const after = sentence.slice(at + text.length, at + text.length + 30);
  const a = EARLIER_NEAR.exec(after);
  if (a && !/\d/.test(after.slice(0, a.index)) && !CHANGE_BASE.test(after.slice(0, a.index))) return true;
  const b = EARLIER_NEAR.exec(before);
  return b !== null && !/\d/.test(before.slice(b.index + b[0].length)) && !/\b(?:from|than|with|to|versus|vs|against|on|over)[\s\u00a0]+$/i.test(before.slice(0, b.index));
}

const changeAmong = (words: string[]) => words.some((w) => CHANGE_WORDS.has(w));

const GAP_AFTER = /^[\s\u00a0]+(?:behind|ahead|clear|adrift|short|more|fewer|less|higher|lower|better|worse|extra|additional)\b/i;
const GAP_BEFORE = /\b(?:gap of|margin of|lead of|deficit of|shortfall of|difference of)[\s\u00a0]+$/i;

/** Whether a figure is a gap between two others or the size of a change: "12 points behind", "by 5%". */
export function differenceOf({ sentence, text, at }: Place, kind: Claim['kind']): boolean {
  // A share after "rose" is a change whether or not "by" comes first: percentages are left alone.
  if (kind === 'percent' || at < 0) return false;
  if (GAP_AFTER.test(sentence.slice(at + text.length, at + text.length + 16)) || GAP_BEFORE.test(sentence.slice(Math.max(0, at - 20), at))) return true;
  // "dug by two machines" names who did it; "rose by 5%" how much something changed.
  const before = sentence.slice(Math.max(0, at - 60), at);
  if (!/\bby[\s\u00a0]+$/i.test(before)) return false;
  return changeAmong((before.toLowerCase().match(LETTERS) ?? []).slice(-7, -1));
}

/**
 * Level or change: the nearest verb before the figure in its clause ("has 412", "sent 22"), a "to"
 * right before it (the level a change led to: "taking its fleet to 412"), or a participle right
 * after it ("22 satellites launched on Friday").
 */
export function actionOf({ clause, clauseAt: start, text, words, wordsBefore }: Place): 'level' | 'change' | null {
  if (start < 0) return null;
  const before = words.slice(Math.max(0, wordsBefore - 6), wordsBefore);
  if (before[before.length - 1] === 'to') return 'level';
  // "puts the cost at $6m": an estimate, whatever the verb.
  if (before[before.length - 1] === 'at') return null;
  for (let i = before.length - 1; i >= 0; i--) {
    const word = before[i] as string;
    const cls = ACTION_CLASSES[word];
    if (cls) return cls;
    // Another verb is nearer: "had amassed 10,000" says nothing the table knows.
    if (/..ed$/.test(word) || isVerbForm(word)) return null;
  }
  const after = /^[\s\u00a0]+([\p{L}-]+)/u.exec(clause.slice(start + text.length))?.[1]?.toLowerCase();
  return after && /ed$/.test(after) && ACTION_CLASSES[after] === 'change' ? 'change' : null;
}

/** A step far below any figure's precision, at the figure's own scale: 3 nm is 3e-9 m. */
const nudge = (x: number) => Math.abs(x) * 1e-9 || Number.MIN_VALUE;

/**
 * Where a reader still takes a lower bound to be near its figure: up to the next step of its leading
 * significant figure ("more than 24,000" reaches 30,000, "at least 3,400" 4,000, "over 0.5" 0.6).
 */
export function boundReach(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) return Infinity;
  let e = Math.floor(Math.log10(x));
  if (10 ** (e + 1) <= x) e++;
  const step = 10 ** e;
  return (Math.floor(x / step + 1e-9) + 1) * step;
}

/** A bound's reach in the unit it was written in: "more than 14 weeks" reaches 20 weeks, not 20 million seconds. */
function reachAsWritten(x: number, unit: string | undefined): number {
  const form = unit ? UNIT_SYMBOLS.get(unit) ?? UNIT_WORDS.get(unit.toLowerCase()) : undefined;
  return form && form.offset === undefined && form.factor > 0 ? boundReach(x / form.factor) * form.factor : boundReach(x);
}

/**
 * The interval a claim is compared with. A lower bound with no upper end supports figures only within
 * its reach (see `boundReach`); figures past that are on its open side, which it never contradicts
 * (`openAbove`).
 */
export function comparedEnds(q: Claim['quantity']): { lo: number; hi: number } {
  const lo = q.low ?? -Infinity;
  const hi = q.high ?? (q.qualifier === 'gt' || q.qualifier === 'gte' ? reachAsWritten(lo, q.originalUnit) : Infinity);
  if (lo === hi) return { lo, hi };
  return {
    lo: q.qualifier === 'gte' || !Number.isFinite(lo) ? lo : lo + nudge(lo),
    hi: q.qualifier === 'lte' || !Number.isFinite(hi) ? hi : hi - nudge(hi),
  };
}

/** "employs 1,200 people", "will cut 2,000 jobs": the verb before a plain count says what it is of. */
export function countedBy({ sentence, at }: Place, lemma: string, byVerb: Readonly<Record<string, string>>): string {
  const before = at > 0 ? /([\p{L}]+)[\s\u00a0]+$/u.exec(sentence.slice(Math.max(0, at - 30), at)) : null;
  const verb = (before?.[1] ?? '').toLowerCase();
  const role = verb ? [infinitive(verb), verb, verb.replace(/s$/, ''), verb.replace(/es$/, '')].map((v) => byVerb[v]).find(Boolean) : undefined;
  return role ?? lemma;
}

type Ends = { value: number; lo: number; hi: number };

/** Whether a compared interval is a lower bound's: its figure is its low end, and it reaches past it. */
export const openAbove = (p: Ends): boolean => p.value > 0 && p.lo >= p.value && p.hi > p.value;

/**
 * Whether one figure lies on the other's open side: above the reach of a lower bound ("more than
 * 24,000" and 35,000). Such a figure is consistent with the bound, so the two never disagree.
 */
export function onOpenSide(a: Ends, b: Ends): boolean {
  return (openAbove(a) && b.lo > a.hi) || (openAbove(b) && a.lo > b.hi);
}
