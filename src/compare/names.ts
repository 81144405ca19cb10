// Names in text: runs of capitalised words ("Saxe Motors"), read in one pass, for a file's main
// subject and for the names a claim's sentence speaks of.
import { isProperWord, isWordAsName, thingOfPlace } from '../lexicon/names.js';
import { tagsOf } from '../lexicon/english.js';
import { NAME_OPENERS } from '../data/names.js';
import { NOT_ASCII } from '../strings.js';
import { memoize } from '../memo.js';

/**
 * Capitalised words ("DeepSeek", "Zürich"), Latin script, matched without Unicode classes for speed,
 * in runs separated by single spaces. A run counts only where no letter or digit comes before it,
 * after any lower-case letters that open its first word ("xAI", "eBay"): see `nameWordStart`.
 */
const WORD = "[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ0-9-]*(?:['’]s)?";
const RUN = new RegExp(`${WORD}(?: [a-zß-öø-ÿ]*${WORD})*`, 'g');
const WORD_CHAR = /[A-Za-zÀ-ÖØ-öø-ɏ0-9]/;
const LOWER = /[a-zß-öø-ÿ]/;

/** Where the capitalised word whose first capital is at `at` starts, or -1 when a letter or digit runs into it. */
function nameWordStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && LOWER.test(text.charAt(start - 1))) start--;
  return start > 0 && WORD_CHAR.test(text.charAt(start - 1)) ? -1 : start;
}
const PRODUCT_NAME = /\b\p{Lu}[\p{L}-]*\d[\p{L}\d.-]*\b/gu;
/** The same in plain ASCII text, where a Unicode-aware match costs more for nothing. */
const ASCII_PRODUCT_NAME = /\b[A-Z][A-Za-z-]*\d[A-Za-z\d.-]*\b/g;
const MONTHS_AND_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const NOT_NAMES = new Set(['the', 'a', 'an', 'in', 'on', 'at', 'this', 'that', 'these', 'those', 'it', 'its', 'for', 'but', 'and', 'by', 'as', 'with', 'from', 'after', 'before', 'during', 'while', 'when', 'we', 'our', 'he', 'she', 'they', 'i', 'us', 'uk', 'eu', 'ai']);

const isName = memoize(
  (n: string): boolean => n.length > 1 && !NOT_NAMES.has(n.toLowerCase()) && !/\d/.test(n) && !/^\p{Lu}{3}$/u.test(n) && !MONTHS_AND_DAYS.test(n) && isProperWord(n),
);

export interface NameRun {
  /** The whole name: capitalised words separated by single spaces ("Saxe Motors"). */
  name: string;
  /** Its words. */
  words: string[];
  start: number;
  /** It owns the name right after it: "Kelderford's Eastway line". */
  owner: boolean;
}

/** A capitalised common word that can be part of a name: no function word, month or day. */
const joins = memoize(
  (word: string): boolean => !MONTHS_AND_DAYS.test(word) && !NOT_NAMES.has(word.toLowerCase()) && !NAME_OPENERS.has(word.toLowerCase()) && isWordAsName(word),
);

/**
 * The capitalised words of the current sequence (words separated by single spaces), as parallel
 * arrays reused from call to call: a text has many, and objects for each would be garbage at once.
 */
const seq = { words: [] as string[], at: [] as number[], possessive: [] as boolean[], proper: [] as boolean[], size: 0 };

/**
 * Names in a text, one regex pass: runs of capitalised words separated by single spaces. A run may hold
 * capitalised common words ("Brightwell Bank", "Harbour Medical Centre") but not be one alone, and
 * leaves out function words, months and days. A possessive ends a run when a name follows ("Elon
 * Musk's xAI": the owner, then xAI), and stays inside it when a common word does ("St Anne's Hospital").
 */
export function nameRunsAt(text: string): NameRun[] {
  const out: NameRun[] = [];
  eachNameRun(text, (name, start, owner, from, to) => {
    out.push({ name, words: seq.words.slice(from, to), start, owner });
  });
  return out;
}

/** Receives each name run: its name, where it starts, whether it owns the next, and its words' place in `seq`. */
type RunSink = (name: string, start: number, owner: boolean, from: number, to: number) => void;

/** Each name run of a text, handed to `sink` as it is read: no object per run unless the sink makes one. */
export function eachNameRun(text: string, sink: RunSink): void {
  // One regex object for every call: no sink reads names again while a text is read.
  const re = RUN;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let at = nameWordStart(text, m.index);
    if (at < 0) {
      re.lastIndex = m.index + 1;
      continue;
    }
    const end = m.index + m[0].length;
    seq.size = 0;
    while (at < end) {
      const space = text.indexOf(' ', at);
      const stop = space < 0 || space > end ? end : space;
      const raw = text.slice(at, stop);
      const possessive = raw.charCodeAt(raw.length - 1) === 115 && (raw.endsWith("'s") || raw.endsWith('’s'));
      const word = possessive ? raw.slice(0, -2) : raw;
      const k = seq.size++;
      seq.words[k] = word;
      seq.at[k] = at;
      seq.possessive[k] = possessive;
      seq.proper[k] = isName(word);
      at = stop + 1;
    }
    flushSeq(sink);
  }
}

/** The runs of the current sequence: a word that can be part of no name ends one, as does an owner's possessive. */
function flushSeq(sink: RunSink): void {
  const n = seq.size;
  let from = 0;
  for (let k = 0; k < n; k++) {
    if (!seq.proper[k] && !joins(seq.words[k] as string)) {
      emitRun(from, k, false, sink);
      from = k + 1;
    } else if (seq.possessive[k] && (k + 1 === n || seq.proper[k + 1])) {
      emitRun(from, k + 1, k + 1 < n, sink);
      from = k + 1;
    }
  }
  emitRun(from, n, false, sink);
  seq.size = 0;
}

/** Words [from, to) of the sequence as a name, unless they are one capitalised common word alone. */
function emitRun(from: number, to: number, owner: boolean, sink: RunSink): void {
  if (to <= from || (to - from === 1 && !seq.proper[from])) return;
  let name = seq.words[from] as string;
  for (let k = from + 1; k < to; k++) name += `${seq.possessive[k - 1] ? '’s' : ''} ${seq.words[k] as string}`;
  sink(name, seq.at[from] as number, owner, from, to);
}

let lastSentence = '';
let lastRuns: NameRun[] = [];
let lastNames: string[] = [];

/** Adds `name` to a sentence's few names unless it is there: a short array is smaller and quicker than a set. */
function addName(names: string[], name: string): void {
  if (!names.includes(name)) names.push(name);
}

/** The name runs of a sentence; figures in one sentence share them. */
function runsOfSentence(sentence: string): NameRun[] {
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastRuns = nameRunsAt(sentence);
    const names: string[] = [];
    for (const run of lastRuns) {
      for (const w of run.words) addName(names, w.toLowerCase());
      if (run.words.length > 1) addName(names, run.name.toLowerCase());
    }
    // Product names are names too when a sentence says whose figure it is: "DeepSeek says R1 has …".
    for (const code of sentence.match(NOT_ASCII.test(sentence) ? PRODUCT_NAME : ASCII_PRODUCT_NAME) ?? []) addName(names, code.toLowerCase());
    // A copy of its own length: the list is kept with every figure of the sentence, and one grown by pushing holds spare room.
    lastNames = names.slice();
  }
  return lastRuns;
}

/** Lower-cased names in a sentence, each word and each whole name, each once; figures in one sentence share the list. */
export function namesOfSentence(sentence: string): readonly string[] {
  runsOfSentence(sentence);
  return lastNames;
}

const PERSON_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person', 'Honorific']);

/** A person's name rather than an organisation's: its first or last word is a known given or family name. */
function isPersonName(run: NameRun): boolean {
  const first = (run.words[0] ?? '').toLowerCase();
  const last = (run.words[run.words.length - 1] ?? '').toLowerCase();
  return tagsOf(first).some((t) => PERSON_TAGS.has(t)) || (run.words.length === 2 && tagsOf(last).some((t) => t === 'LastName'));
}

/**
 * Words before a place: a name after them says where, not who ("beneath the River Aske", "in Memphis").
 * "At" and "from" are left out: "sales at Norden Foods", "the model from LumenWorks".
 */
const WHERE = /\b(?:in|on|near|beneath|under|below|above|across|along|around|through|outside|inside|into|off|between|beside|past)(?:\s+the)?\s+$/i;

/**
 * Whole names of organisations or things in [from, to) of a sentence: runs of two or more words that
 * are no person's name and no place the sentence says something is in.
 */
export function otherNames(sentence: string, from = 0, to = sentence.length): string[] {
  const out: string[] = [];
  for (const r of runsOfSentence(sentence)) {
    if (r.start < from || r.start >= to) continue;
    // "on the Seville metro line": a thing of a place is named wherever it stands.
    if (r.words.length === 1) {
      const after = sentence.slice(r.start + r.name.length, r.start + r.name.length + 40).match(/[\p{L}]+/gu) ?? [];
      const thing = thingOfPlace(r.name, after);
      if (thing) out.push(thing.toLowerCase());
      continue;
    }
    if (!isPersonName(r) && !WHERE.test(sentence.slice(Math.max(from, r.start - 16), r.start))) out.push(r.name.toLowerCase());
  }
  return out;
}

