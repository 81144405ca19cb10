// What comparison needs to know about a claim, worked out once per claim.
import { table } from '../data/table.js';
import type { Claim } from '../schema.js';
import { COUNTED_BY_VERB, FRAME_CLASSES } from '../data/measures.js';
import type { MeasureLexicon } from './lexicon.js';
import { namesOfSentence, otherNames } from './names.js';
import { memoize } from '../memo.js';
import { MODAL_VERBS } from '../lexicon/english.js';
import { contrasted, nounOfAnotherFigure, rateOf, sampledBy, segmentsOf } from './narrowing.js';
import type { Sentence } from './alignment.js';
import { WINDOW, windowOf, type WordFiles } from './context-words.js';
import { measuresOf, thingOf } from './thing.js';
import { goalOf, narrowersOf, tiersOf } from './contrast.js';
import { actionOf, earlierPeriod, comparedEnds, countedBy, differenceOf, placeOf, priorFigure, type Place } from './place.js';

/** What comparison reads of a claim: where it is in the output is not its concern. */
export type Comparable = Pick<Claim, 'sentence' | 'text' | 'kind' | 'quantity' | 'measure' | 'subject' | 'reference'>;

export interface Profile {
  kind: Claim['kind'];
  /** The pronoun or description that stands for the claim's unnamed subject ("the company"). */
  reference: string | undefined;
  /** The measured noun was taken from the figure before ("$5m in 2023 and $6m in 2024"). */
  elided: boolean;
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
  /** The keys with the unit before each ("count:count|staff"): where the index files the claim. */
  measures: string[];
  /** Product codes among lemma and modifiers: "h800". */
  codes: string[];
  frames: string[];
  /** Lower-case words that narrow the measure ("active", "new"), and the noun it describes ("cluster"). */
  descriptors: string[];
  subject: string | null;
  /** The subject is not named in the sentence: 'reference' when a pronoun stands for the file's main subject, 'document' when it is only the file's main subject. */
  inferredSubject: false | 'reference' | 'document';
  /** Lower-cased names in the sentence, each once, to see whether a sentence speaks of a subject. */
  names: readonly string[];
  /** Years the sentence names, when the claim is not itself a year. */
  years: string[];
  /** Quarters and halves the sentence names. */
  quarters: string[];
  /** The noun doing what a verb measure says ("site" in "the site covers …"), or null. */
  doer: string | null;
  /** The measure is a verb ("covers", "will cost"), not a noun. */
  verbMeasure: boolean;
  /** A gap or a change between two figures ("12 points behind", "3,000 more", "rose by 5%"), not a figure itself. */
  difference: boolean;
  /** Whether the figure is a level or a change in one, by its verb (see ACTION_CLASSES), or null. */
  action: 'level' | 'change' | null;
  /** An earlier figure: the "from" of a change ("rose to $5bn from $4bn"), or one said "a year earlier". */
  prior: boolean;
  /** Setting classes given by the measure's own modifiers ("full-time"). */
  modifierFrames: string[];
  /** The subject the claim's own sentence names. */
  ownSubject: string | null;
  /** A modal verb in its clause ("will cut"): said of the future, so as likely a plan as a fact. */
  future: boolean;
  /** The span a rate is counted over ("minute" in "60 requests per minute"), or null. */
  rate: string | null;
  /** It counts a sample drawn for a survey or study ("a survey of 2,300 nurses"). */
  sampled: boolean;
  /** Words that split its measure (see `contrast`): opposites and number compounds near it, tiers of its clause. */
  narrowers: readonly string[];
  tiers: readonly string[];
  /** Set as a goal ("is targeting 45"), not an outcome. */
  goal: boolean;
  /** Of an earlier period than the one reported ("a year earlier"): another fact than the current one. */
  earlier: boolean;
  /** Hedged ("about", "nearly"): a figure rounded from the exact one. */
  hedged: boolean;
  /** A comparative sets it against another figure of its kind ("a lower 12 mg dose"). */
  contrasted: boolean;
  /** The measured noun is not in the figure's clause: read across a comma or another figure, so a guess. */
  measureOutside: boolean;
  /** Capitalised words of its sentence (see `narrowing`): the names, tiers and segments it picks out. */
  segments: readonly string[];
  fact: boolean;
  /** The figure's value, and the words around it with the figure masked (see `context-words`). */
  value: number;
  window: string;
  /** The window's content words as ids of the `WordFiles` in `wordsBy`, worked out when the claim is first a candidate. */
  words: number[] | null;
  wordsBy: WordFiles | null;
  /**
   * Everything pairing looks at except the claim's own figure and sentence names, unit included, and
   * the subject: claims with equal group keys pair alike, and are compared as one group.
   */
  groupKey: string;
  /** The mark of the last index lookup that took it as a candidate (see `Index.lookup`). */
  mark: number;
  /** No measure to pair by: linked by equal value and context only, never by measure. */
  linkOnly: boolean;
  /** The figures of its sentence (see `alignment`), once filed. */
  sentenceFigures: Sentence | null;
}

const NO_MEASURE: NonNullable<Claim['measure']> = { noun: '', lemma: '', modifiers: [] };

const YEAR = /\b(?:19|20)\d{2}\b/g;
const QUARTER = /\b(?:Q[1-4]|H[12]|(?:first|second|third|fourth)[\s-]+quarter|(?:first|second)[\s-]+half)\b/gi;
const QUARTER_NAMES: Readonly<Record<string, string>> = table({ first: 'q1', second: 'q2', third: 'q3', fourth: 'q4' });

const NONE: string[] = [];

/** FRAME_CLASSES as a map: every word of every claim's clause is looked up, and a map finds words faster. */
const FRAME_OF: ReadonlyMap<string, string> = new Map(Object.entries(FRAME_CLASSES));

/** What a sentence says that every figure in it shares; figures of one sentence come one after another. */
interface SentenceFacts {
  sentence: string;
  names: readonly string[];
  years: string[];
  quarters: string[];
  /** It speaks of a part of an organisation (see PART_WORDS). */
  part: boolean;
}

let lastFacts: SentenceFacts | null = null;

function factsOf(sentence: string): SentenceFacts {
  if (lastFacts?.sentence === sentence) return lastFacts;
  const names = namesOfSentence(sentence);
  const years = sentence.match(YEAR);
  const quarters = sentence.match(QUARTER);
  lastFacts = {
    sentence,
    names,
    years: years ? [...new Set(years)] : NONE,
    quarters: quarters ? [...new Set(quarters.map(quarterName))] : NONE,
    part: PART_WORDS.test(sentence),
  };
  return lastFacts;
}

function quarterName(q: string): string {
  const w = q.toLowerCase();
  const first = w.split(/[\s-]+/)[0] as string;
  return /half/.test(w) ? `h${first === 'first' ? 1 : 2}` : QUARTER_NAMES[first] ?? w;
}

/** A subject as compared: lower case, no possessive. Claims of one subject share one copy. */
const norm = memoize((s: string): string => s.toLowerCase().replace(/['’]s$/, '').trim());

const framesOf = new Map<string, string[]>();

/** One shared list for each combination of frames: profiles are many, combinations few. */
function sharedFrames(frames: string[], key: string): string[] {
  if (!frames.length) return NONE;
  let hit = framesOf.get(key);
  if (!hit) {
    if (framesOf.size > 50000) framesOf.clear();
    framesOf.set(key, (hit = frames));
  }
  return hit;
}

const unitKeys = new Map<string, Map<string, string>>();

/** "count:count", "currency:USD": made once for each kind and unit. */
function unitKeyOf(kind: string, unit: string): string {
  let byUnit = unitKeys.get(kind);
  if (!byUnit) unitKeys.set(kind, (byUnit = new Map()));
  let hit = byUnit.get(unit);
  if (!hit) byUnit.set(unit, (hit = `${kind}:${unit}`));
  return hit;
}

/**
 * `context` is the subject most of the claim's file speaks of; it stands in, with less weight, for a
 * claim whose own sentence names nobody (a table cell, a list item).
 */
export function profileOf(claim: Comparable, order: number, fileIndex: number, lexicon: MeasureLexicon, fact: boolean, context: string | null = null): Profile | null {
  // A year is compared when it dates an event of a named subject, or is a deadline of a figure. Other
  // figures without a measure are linked by equal value only (see `value-links`).
  const m = claim.measure ?? NO_MEASURE;
  const linkOnly = !claim.measure || claim.kind === 'date' || (claim.kind === 'year' && !claim.subject && m.lemma !== 'deadline');
  if (!Number.isFinite(claim.quantity.value) && linkOnly) return null;
  const q = claim.quantity;
  const unitKey = unitKeyOf(claim.kind, q.unit);
  const measured = m.lemma.toLowerCase();
  const byVerb = COUNTED_BY_VERB[measured];
  const place = placeOf(claim);
  const thing = thingOf(m, byVerb ? countedBy(place, measured, byVerb) : null, lexicon);
  const { lemma, codes, keys, modifierFrames } = thing;
  const sentence = claim.sentence;
  const frames: string[] = [];
  let future = false;
  for (const w of place.words) {
    const cls = FRAME_OF.get(w);
    // A modal alone makes no forecast: a draft's "will receive $2bn" restates a source's "was promised $2bn".
    if (MODAL_VERBS.has(w)) future = true;
    else if (cls && !frames.includes(cls)) frames.push(cls);
  }
  for (const f of modifierFrames) if (!frames.includes(f)) frames.push(f);
  const head = m.head;
  if (head) {
    const f = FRAME_CLASSES[head] ?? head;
    if (!frames.includes(f)) frames.push(f);
  }
  const descriptors = head ? [...thing.descriptors, head] : thing.descriptors;
  const facts = factsOf(sentence);
  const names = facts.names;
  const years = claim.kind === 'year' ? NONE : facts.years;
  const quarters = facts.quarters;
  const ends = comparedEnds(q);
  const framesKey = frames.join(',');
  const profile: Profile = {
    kind: claim.kind,
    reference: claim.reference,
    elided: m.elided === true,
    order,
    fileIndex,
    lo: ends.lo,
    hi: ends.hi,
    unitKey,
    lemma,
    keys,
    measures: measuresOf(thing, unitKey),
    codes,
    frames: sharedFrames(frames, framesKey),
    descriptors,
    subject: claim.subject ? norm(claim.subject) : context ? norm(context) : null,
    inferredSubject: claim.subject || !context ? false : claim.reference ? 'reference' : 'document',
    names,
    years,
    quarters,
    modifierFrames,
    prior: priorFigure(place, claim.kind),
    action: actionOf(place),
    difference: differenceOf(place, claim.kind),
    doer: m.doer ?? null,
    verbMeasure: m.doer !== undefined || thing.verbNoun,
    ownSubject: claim.subject ? norm(claim.subject) : null,
    future,
    rate: rateOf(place),
    sampled: sampledBy(place),
    contrasted: contrasted(place),
    narrowers: narrowersOf(place),
    tiers: tiersOf(place),
    goal: goalOf(place),
    earlier: earlierPeriod(place, claim.kind),
    hedged: q.qualifier === 'approx' || q.qualifier === 'lte' || q.qualifier === 'gte',
    measureOutside: !linkOnly && !m.elided && !byVerb && nounOfAnotherFigure(place, m.noun),
    segments: segmentsOf(place),
    fact,
    value: q.value,
    window: sharedWindow(sentence, place.at, claim.text.length),
    words: null,
    wordsBy: null,
    groupKey: '',
    mark: 0,
    linkOnly,
    sentenceFigures: null,
  };
  // A sentence about a part (a division, a segment, a plant) is not about the whole the file speaks of,
  // nor is a clause that names another organisation ("investors committed $7.4bn to the Mistral Wind Farm").
  if (profile.inferredSubject && (facts.part || ownedByOthers(place.clause, m.noun) || namesAnother(place, profile.subject as string))) {
    profile.subject = null;
    profile.inferredSubject = false;
  }
  const signature = [
    unitKey, lemma, codes.join(','), framesKey, modifierFrames.join(','), descriptors.join(','), years.join(','),
    quarters.join(','), profile.prior ? 'prior' : '', profile.action ?? '', profile.difference ? 'difference' : '', profile.doer ?? '', profile.verbMeasure ? 'verb' : '', m.elided ? 'elided' : '', profile.inferredSubject, profile.ownSubject ?? '', fact ? 'fact' : '', claim.reference ?? '',
    profile.future ? 'future' : '', profile.rate ?? '', profile.sampled ? 'sampled' : '', profile.contrasted ? 'contrasted' : '', profile.measureOutside ? 'outside' : '',
    profile.narrowers.join(','), profile.tiers.join(','), profile.goal ? 'goal' : '', profile.earlier ? 'earlier' : '',
  ].join('\u0001');
  profile.groupKey = sharedKey(`${signature}\u0002${profile.subject ?? ''}`);
  return profile;
}

const groupKeys = new Map<string, string>();

/**
 * One copy of each group key: claims without a measure are never filed in the index, which shares
 * the key of each group, and in dense input they are most claims, each with the same key.
 */
function sharedKey(key: string): string {
  let hit = groupKeys.get(key);
  if (hit === undefined) {
    if (groupKeys.size > 50000) groupKeys.clear();
    groupKeys.set(key, (hit = key));
  }
  return hit;
}

/** The last window made, and the stretch of its sentence it was made of. */
const lastWindow = { sentence: '', from: 0, at: 0, after: 0, to: 0, window: '' };

/**
 * `windowOf`, with the last window kept when this one reads the same characters: figures one after
 * another in a run of like figures ("1 1 1 …") have equal windows, and one copy does for them all.
 * The characters are compared in place, so no string is made to compare.
 */
function sharedWindow(sentence: string, at: number, length: number): string {
  if (at < 0) return windowOf(sentence, at, length);
  const from = Math.max(0, at - WINDOW);
  const after = Math.min(sentence.length, at + length);
  const to = Math.min(sentence.length, at + length + WINDOW);
  const last = lastWindow;
  if (at - from === last.at - last.from && to - after === last.to - last.after && sameChars(sentence, from, at, last.sentence, last.from) && sameChars(sentence, after, to, last.sentence, last.after)) {
    return last.window;
  }
  const window = windowOf(sentence, at, length);
  last.sentence = sentence;
  last.from = from;
  last.at = at;
  last.after = after;
  last.to = to;
  last.window = window;
  return window;
}

function sameChars(a: string, from: number, to: number, b: string, bFrom: number): boolean {
  for (let i = from, j = bFrom; i < to; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}


const NOT_OWNERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'this', 'that', 'these', 'those', 'a', 'an', 'which', 'whom', 'it', 'them']);

/**
 * Whether the measured noun belongs to a common noun the clause names: "shares in chipmakers fell 10%",
 * "prices of homes rose 3%" are not the figures of the company the file is about ("its shares" may be).
 */
function ownedByOthers(clause: string, noun: string): boolean {
  const at = clause.toLowerCase().indexOf(`${noun.toLowerCase()} `);
  if (at < 0) return false;
  const m = /^[\s\u00a0]+(?:in|of)[\s\u00a0]+(\p{Ll}+)/u.exec(clause.slice(at + noun.length));
  return m !== null && !NOT_OWNERS.has(m[1] as string);
}

/** Whether `clause` names an organisation or thing other than `subject`, nor a longer or shorter form of it. */
function namesAnother(place: Place, subject: string): boolean {
  const from = place.at < 0 ? 0 : place.at - place.clauseAt;
  return otherNames(place.sentence, from, from + place.clause.length).some((n) => n !== subject && !n.startsWith(`${subject} `) && !subject.startsWith(`${n} `));
}

const PART_WORDS = /\b(?:divisions?|segments?|business units?|subsidiar(?:y|ies)|branch(?:es)?|departments?)\b/i;

