// What comparison needs to know about a claim, worked out once per claim.
import { table } from '../data/table.js';
import type { Claim, Evidence } from '../schema.js';
import { ACTION_CLASSES, FRAME_CLASSES, PEOPLE_BY_VERB, PLAIN_PEOPLE } from '../data/measures.js';
import { infinitive, isVerbForm } from '../extract/lexicon.js';
import { CHANGE_WORDS } from '../data/traps.js';
import type { MeasureLexicon } from './lexicon.js';
import { isProperWord } from '../extract/subject.js';

export interface Profile {
  claim: Claim;
  /** Position in the run's input order, for stable ordering. */
  order: number;
  /** Which input file it came from. */
  fileIndex: number;
  /**
   * The claim's interval as comparison reads it, read once: sorting and overlap tests use it often.
   * An end set by rounding or by "more than" is open, so "24" and "25" (23.5–24.5, 24.5–25.5) do not
   * meet; an end set by "at least" or "at most" is closed.
   */
  lo: number;
  hi: number;
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
  /** The subject is not named in the sentence: 'reference' when a pronoun stands for the file's main subject, 'document' when it is only the file's main subject. */
  inferredSubject: false | 'reference' | 'document';
  /** Lower-cased names in the sentence, to see whether a sentence speaks of a subject. */
  names: Set<string>;
  /** The names as one string: claims with equal keys have equal name sets. */
  namesKey: string;
  /** Years the sentence names, when the claim is not itself a year. */
  years: string[];
  /** Quarters and halves the sentence names. */
  quarters: string[];
  /** The noun doing what a verb measure says ("site" in "the site covers …"), or null. */
  doer: string | null;
  /** A gap or a change between two figures ("12 points behind", "3,000 more", "rose by 5%"), not a figure itself. */
  difference: boolean;
  /** Whether the figure is a level or a change in one, by its verb (see ACTION_CLASSES), or null. */
  action: 'level' | 'change' | null;
  /** An earlier figure: the "from" of a change ("rose to $5bn from $4bn"), or one said of last year. */
  prior: boolean;
  /** Setting classes given by the measure's own modifiers ("full-time"). */
  modifierFrames: string[];
  /** The subject the claim's own sentence names. */
  ownSubject: string | null;
  fact: boolean;
  /** Everything pairing looks at except the claim's own figure and sentence names: equal signatures pair alike. */
  signature: string;
  /** signature and subject: claims with equal group keys are compared as one group. */
  groupKey: string;
  /** This claim as evidence, by pairing score (and reason): filled as it is first shown. */
  shown?: Map<number | string, Evidence>;
}

const CODE = /^(?=.*\p{L})(?=.*\d)[\p{L}\d-]+$/u;
/** Capitalised words ("DeepSeek", "xAI", "Zürich"); Latin script, matched without Unicode classes for speed. */
const NAME = /(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9])(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ0-9-]*|[a-zß-öø-ÿ]+[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ0-9-]*)(?:['’]s)?/g;
const PRODUCT_NAME = /\b\p{Lu}[\p{L}-]*\d[\p{L}\d.-]*\b/gu;
const YEAR = /\b(?:19|20)\d{2}\b/g;
const QUARTER = /\b(?:Q[1-4]|H[12]|(?:first|second|third|fourth)[\s-]+quarter|(?:first|second)[\s-]+half)\b/gi;
const QUARTER_NAMES: Readonly<Record<string, string>> = table({ first: 'q1', second: 'q2', third: 'q3', fourth: 'q4' });
const WORD = /[\p{L}-]+/gu;

const MONTHS_AND_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const NOT_NAMES = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'this', 'that', 'these', 'those', 'it', 'its', 'for', 'but', 'and', 'by', 'as', 'with', 'from', 'after', 'before', 'during', 'while', 'when', 'we', 'our', 'he', 'she', 'they', 'i', 'us', 'uk', 'eu', 'ai']);

const nameCache = new Map<string, boolean>();

function isName(n: string): boolean {
  let hit = nameCache.get(n);
  if (hit === undefined) {
    hit = n.length > 1 && !NOT_NAMES.has(n.toLowerCase()) && !/\d/.test(n) && !/^\p{Lu}{3}$/u.test(n) && !MONTHS_AND_DAYS.test(n) && isProperWord(n);
    if (nameCache.size > 50000) nameCache.clear();
    nameCache.set(n, hit);
  }
  return hit;
}

export interface NameRun {
  /** The whole name: capitalised words separated by single spaces ("Saxe Motors"). */
  name: string;
  /** Its words. */
  words: string[];
  start: number;
  /** It owns the name right after it: "Kelderford's Eastway line". */
  owner: boolean;
}

/**
 * Names in a text, one regex pass: runs of capitalised words separated by single spaces, without
 * sentence-opening function words. A possessive ends a run.
 */
export function nameRunsAt(text: string): NameRun[] {
  const out: NameRun[] = [];
  let words: string[] = [];
  let runStart = -1;
  let runEnd = -1;
  let possessive = false;
  const flush = () => {
    if (words.length) out.push({ name: words.join(' '), words, start: runStart, owner: false });
    words = [];
  };
  const re = new RegExp(NAME.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const at = m.index;
    const ownsNext = possessive && at === runEnd + 1;
    possessive = false;
    const last = raw.charCodeAt(raw.length - 1) === 115 && (raw.endsWith("'s") || raw.endsWith('’s'));
    const word = last ? raw.slice(0, -2) : raw;
    if (!isName(word)) {
      flush();
      continue;
    }
    if (ownsNext && out.length) (out[out.length - 1] as NameRun).owner = true;
    if (words.length && !(at === runEnd + 1 && text.charCodeAt(runEnd) === 32)) flush();
    if (!words.length) runStart = at;
    words.push(word);
    runEnd = at + raw.length;
    if (last) {
      flush();
      possessive = true;
    }
  }
  flush();
  return out;
}

/** Where a claim sits in its sentence, worked out once for the readers below. */
interface Place {
  sentence: string;
  text: string;
  /** Offset of the claim's text in the sentence, or -1. */
  at: number;
  /** The clause that holds it: frames are read there, not across the whole sentence. */
  clause: string;
  /** Offset of the claim's text in the clause. */
  clauseAt: number;
}

const CLAUSE_BEFORE = /^.*(?:[,;:(]|\b(?:and|but|while|whereas|although)\b)/s;
const CLAUSE_AFTER = /[,;:)]|\b(?:and|but|while|whereas|although)\b/;

function placeOf(claim: Claim): Place {
  const { sentence, text } = claim;
  const at = sentence.indexOf(text);
  if (at < 0) return { sentence, text, at, clause: sentence, clauseAt: -1 };
  const before = CLAUSE_BEFORE.exec(sentence.slice(0, at));
  const start = before ? before[0].length : 0;
  const rest = sentence.slice(at + text.length);
  const after = CLAUSE_AFTER.exec(rest);
  return { sentence, text, at, clause: sentence.slice(start, at + text.length + (after ? after.index : rest.length)), clauseAt: at - start };
}

function norm(s: string): string {
  return s.toLowerCase().replace(/['’]s$/, '').trim();
}

/**
 * `context` is the subject most of the claim's file speaks of; it stands in, with less weight, for a
 * claim whose own sentence names nobody (a table cell, a list item).
 */
export function profileOf(claim: Claim, order: number, fileIndex: number, lexicon: MeasureLexicon, fact: boolean, context: string | null = null): Profile | null {
  const m = claim.measure;
  if (!m || claim.kind === 'date' || (claim.kind === 'year' && !claim.subject)) return null;
  const q = claim.quantity;
  const unitKey = `${claim.kind}:${q.unit}`;
  // The measured thing: the whole noun phrase when the lexicon knows it ("accelerator card"), else its head.
  const phrase = [...m.modifiers, m.lemma].join(' ').toLowerCase();
  const lastTwo = [...m.modifiers.slice(-1), m.lemma].join(' ').toLowerCase();
  const lemma = PLAIN_PEOPLE.has(m.lemma.toLowerCase()) ? peopleBy(claim) :
    lexicon.groupsOf(phrase).length ? phrase : lexicon.groupsOf(lastTwo).length && m.modifiers.length ? lastTwo : m.lemma.toLowerCase();
  const termWords = new Set(lemma.split(' '));
  const codes = [lemma, ...m.modifiers].filter((w) => CODE.test(w)).map((w) => w.toLowerCase().replace(/s$/, ''));
  // "Boeing 737 jets", "Vela 2 rocket": a name and a number make one model.
  m.modifiers.forEach((w, k) => {
    const next = m.modifiers[k + 1];
    if (next && /^\d+$/.test(next) && /^\p{L}/u.test(w)) codes.push(`${w.toLowerCase()} ${next}`);
  });
  const groups = lexicon.groupsOf(lemma);
  const keys = [...new Set([lemma, ...groups.map((g) => `group:${g}`), ...codes.map((c) => `code:${c}`)])];
  const sentence = claim.sentence;
  const frames = new Set<string>();
  const place = placeOf(claim);
  for (const w of place.clause.toLowerCase().match(WORD) ?? []) if (FRAME_CLASSES[w]) frames.add(FRAME_CLASSES[w] as string);
  for (const w of m.modifiers) if (FRAME_CLASSES[w]) frames.add(FRAME_CLASSES[w] as string);
  const head = (m as { head?: string }).head;
  if (head) frames.add(FRAME_CLASSES[head] ?? head);
  const written = new Set(m.noun.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).map((w) => w.toLowerCase()));
  const descriptors = m.modifiers.filter((w) => !CODE.test(w) && written.has(w) && !FRAME_CLASSES[w] && !termWords.has(w));
  if (head) descriptors.push(head);
  const names = namesOfSentence(sentence);
  const years = claim.kind === 'year' ? [] : [...new Set(sentence.match(YEAR) ?? [])];
  const quarters = [...new Set((sentence.match(QUARTER) ?? []).map((q) => {
    const w = q.toLowerCase();
    const first = w.split(/[\s-]+/)[0] as string;
    return /half/.test(w) ? `h${first === 'first' ? 1 : 2}` : QUARTER_NAMES[first] ?? w;
  }))];
  const modifierFrames = m.modifiers.filter((w) => FRAME_CLASSES[w]).map((w) => FRAME_CLASSES[w] as string);
  const profile: Profile = {
    claim,
    order,
    fileIndex,
    ...comparedEnds(q),
    unitKey,
    lemma,
    keys,
    codes,
    frames: [...frames],
    descriptors,
    subject: claim.subject ? norm(claim.subject) : context ? norm(context) : null,
    inferredSubject: claim.subject || !context ? false : claim.reference ? 'reference' : 'document',
    names,
    namesKey: [...names].join('\u0001'),
    years,
    quarters,
    modifierFrames,
    prior: priorFigure(claim, place),
    action: actionOf(place),
    difference: differenceOf(claim, place),
    doer: m.doer ?? null,
    ownSubject: claim.subject ? norm(claim.subject) : null,
    fact,
    signature: '',
    groupKey: '',
  };
  // A sentence about a part (a division, a segment, a plant) is not about the whole the file speaks of.
  if (profile.inferredSubject && PART_WORDS.test(sentence)) {
    profile.subject = null;
    profile.inferredSubject = false;
  }
  profile.signature = [
    claim.kind, lemma, codes.join(','), [...frames].join(','), modifierFrames.join(','), descriptors.join(','), years.join(','),
    quarters.join(','), profile.prior ? 'prior' : '', profile.action ?? '', profile.difference ? 'difference' : '', profile.doer ?? '', profile.inferredSubject, profile.ownSubject ?? '', fact ? 'fact' : '', claim.reference ?? '',
  ].join('\u0001');
  profile.groupKey = `${profile.signature}|${profile.subject ?? '\u2205'}`;
  return profile;
}

let lastSentence = '';
let lastNames = new Set<string>();

/** Lower-cased names in a sentence, each word and each whole name; figures in one sentence share the set. */
function namesOfSentence(sentence: string): Set<string> {
  if (sentence === lastSentence) return lastNames;
  const names = new Set<string>();
  for (const run of nameRunsAt(sentence)) {
    for (const w of run.words) names.add(w.toLowerCase());
    if (run.words.length > 1) names.add(run.name.toLowerCase());
  }
  // Product names are names too when a sentence says whose figure it is: "DeepSeek says R1 has …".
  for (const code of sentence.match(PRODUCT_NAME) ?? []) names.add(code.toLowerCase());
  lastSentence = sentence;
  lastNames = names;
  return names;
}

const FROM_BEFORE = /\b(?:from|compared (?:with|to)|versus|vs\.?|against)[\s\u00a0]+$/i;
const EARLIER = /\b(?:a year (?:earlier|before|ago)|(?:the )?(?:previous|prior|preceding) (?:year|quarter)|year-(?:earlier|ago))\b/i;

/**
 * Whether a figure is the earlier value of a change ("from $4bn"), or one said of the year before
 * ("$4bn a year earlier", "in the previous year"): the words must be next to the figure, with no other
 * figure between.
 */
function priorFigure(claim: Claim, { at }: Place): boolean {
  if (at < 0) return false;
  const before = claim.sentence.slice(Math.max(0, at - 30), at);
  const after = claim.sentence.slice(at + claim.text.length, at + claim.text.length + 30);
  const near = (t: string, fromEnd: boolean) => {
    const m = EARLIER.exec(t);
    if (!m) return false;
    const between = fromEnd ? t.slice(m.index + m[0].length) : t.slice(0, m.index);
    return !/\d/.test(between);
  };
  // A share said "on last year" is a rate of change, not last year's figure.
  if (claim.kind !== 'percent' && (near(after, false) || near(before, true))) return true;
  if (!FROM_BEFORE.test(before)) return false;
  return (claim.sentence.slice(0, at).toLowerCase().match(WORD) ?? []).some((w) => CHANGE_WORDS.has(w));
}

const GAP_AFTER = /^[\s\u00a0]+(?:behind|ahead|clear|adrift|short|more|fewer|less|higher|lower|better|worse|extra|additional)\b/i;
const GAP_BEFORE = /\b(?:by|gap of|margin of|lead of|deficit of|shortfall of|difference of)[\s\u00a0]+$/i;

/** Whether a figure is a gap between two others or the size of a change: "12 points behind", "by 5%". */
function differenceOf(claim: Claim, { at }: Place): boolean {
  // A share after "rose" is a change whether or not "by" comes first: percentages are left alone.
  if (claim.kind === 'percent' || at < 0) return false;
  return GAP_AFTER.test(claim.sentence.slice(at + claim.text.length, at + claim.text.length + 16)) || GAP_BEFORE.test(claim.sentence.slice(Math.max(0, at - 20), at));
}

/**
 * Level or change: the nearest verb before the figure in its clause ("has 412", "sent 22"), a "to"
 * right before it (the level a change led to: "taking its fleet to 412"), or a participle right
 * after it ("22 satellites launched on Friday").
 */
function actionOf({ clause, clauseAt: start, text }: Place): 'level' | 'change' | null {
  if (start < 0) return null;
  const before = (clause.slice(0, start).toLowerCase().match(WORD) ?? []).slice(-6);
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

const nudge = (x: number) => Math.max(Math.abs(x), 1) * 1e-9;

function comparedEnds(q: Claim['quantity']): { lo: number; hi: number } {
  const lo = q.low ?? -Infinity;
  const hi = q.high ?? Infinity;
  if (lo === hi) return { lo, hi };
  return {
    lo: q.qualifier === 'gte' || !Number.isFinite(lo) ? lo : lo + nudge(lo),
    hi: q.qualifier === 'lte' || !Number.isFinite(hi) ? hi : hi - nudge(hi),
  };
}

/** "employs 1,200 people": the verb before a plain count of people says who they are. */
function peopleBy(claim: Claim): string {
  const at = claim.sentence.indexOf(claim.text);
  const before = at > 0 ? /([\p{L}]+)[\s\u00a0]+$/u.exec(claim.sentence.slice(Math.max(0, at - 30), at)) : null;
  const verb = (before?.[1] ?? '').toLowerCase();
  const role = verb ? [infinitive(verb), verb.replace(/s$/, ''), verb.replace(/es$/, '')].map((v) => PEOPLE_BY_VERB[v]).find(Boolean) : undefined;
  return role ?? (claim.measure as NonNullable<Claim['measure']>).lemma.toLowerCase();
}

const PART_WORDS = /\b(?:divisions?|segments?|business units?|subsidiar(?:y|ies)|branch(?:es)?|departments?)\b/i;

