// What a figure counts or measures: the noun phrase after it ("2,048 Nvidia H800 chips"), the noun of a
// compound adjective ("10,000-chip cluster"), or for sums and shares the noun that names them
// ("a budget of $5.6 million", "to train … for $5.6mn").
import type { Measure } from '../schema.js';
import { isCode, tokensBackward, tokensForward, type Token } from './tokens.js';
import { infinitive, isVerbForm, singular, wordClass } from '../lexicon/words.js';
import { MEASURE_GROUPS, MONEY_WORDS, PERCENT_WORDS } from '../data/measures.js';
import { isWordnetNoun } from '../lexicon/wordnet.js';
import { inNameRun, modelAfterCount } from './measure-names.js';

/** Measured things of several words, by their first word: "graphics processing unit". */
const PHRASES = new Map<string, string[][]>();
for (const group of MEASURE_GROUPS) {
  for (const phrase of group) {
    const words = phrase.split(' ');
    if (words.length < 2 || words.includes('and')) continue; // "researchers and engineers" is read as a conjunction
    const list = PHRASES.get(words[0] as string) ?? [];
    list.push(words);
    PHRASES.set(words[0] as string, list);
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.length - a.length);

/** A known phrase of several words at the start of `tokens`, its last word in any number. */
function phraseAt(tokens: Token[]): FoundMeasure | null {
  const first = tokens[0]?.text.toLowerCase();
  const candidates = first ? PHRASES.get(first) ?? (first.endsWith('s') ? PHRASES.get(singular(first)) : undefined) : undefined;
  if (!candidates) return null;
  for (const words of candidates) {
    const used = tokens.slice(0, words.length);
    if (used.length < words.length || !used.every((t) => t.word)) continue;
    const ok = words.every((w, i) => {
      const t = (used[i] as Token).text.toLowerCase();
      return t === w || (i === 0 && singular(t) === w) || (i === words.length - 1 && singular(t) === w);
    });
    if (!ok) continue;
    const last = used[used.length - 1] as Token;
    return { noun: used.map((t) => t.text).join(' '), lemma: singular(last.text), modifiers: words.slice(0, -1), end: last.end };
  }
  return null;
}

let knownMeasures: Set<string> | null = null;

/** Whether `lemma` names a measured thing the tool knows: "revenue", "margin", "cost", "eps". */
export function isKnownMeasure(lemma: string): boolean {
  knownMeasures ??= new Set([...MEASURE_GROUPS.flat(), ...MONEY_WORDS, ...PERCENT_WORDS]);
  return knownMeasures.has(lemma.toLowerCase());
}

export interface FoundMeasure extends Measure {
  end: number;
  /** The noun a compound adjective modifies: "cluster" in "10,000-chip cluster". */
  head?: string;
  /** The noun doing what a verb measure says: "site" in "the site covers 120 hectares". */
  doer?: string;
  /** The noun is not at the figure but taken from the count before it. */
  elided?: boolean;
}

const DETERMINERS = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'your', 'these', 'those', 'all', 'them', 'which', 'whom']);
const COUNT_BREAKERS = new Set(['times', 'fold', 'percent', 'per', 'cent']);

function classify(tok: Token): 'code' | 'name' | 'noun' | 'adjective' | 'stop' | 'verb' {
  if (!tok.word) return 'stop';
  if (/^\d/.test(tok.text) && !isCode(tok.text)) return 'stop';
  if (isCode(tok.text)) return 'code';
  return wordClass(tok.text);
}

/** The noun phrase starting at `pos` (after the figure and its unit), within [pos, limit). */
export function measureAfter(text: string, pos: number, limit: number, allowOf: boolean): FoundMeasure | null {
  let tokens = tokensForward(text, pos, limit, 9);
  let compound = false;
  /** "of the funding": a determiner makes the next word a noun, "-ing" or not. */
  let afterOf = false;
  if (tokens[0]?.text === '-' && tokens[0].start === pos) {
    compound = true;
    tokens = tokens.slice(1);
  } else if (tokens[0] && tokens[0].start === pos && tokens[0].word && /^-/.test(text.slice(pos - 1, pos))) {
    compound = true;
  }
  if (allowOf && tokens[0]?.text.toLowerCase() === 'of') {
    let k = 1;
    while (tokens[k] && (DETERMINERS.has(tokens[k]!.text.toLowerCase()) || /['’]s$/.test(tokens[k]!.text))) k++;
    if (tokens[k]?.text.toLowerCase() === 'them' || !tokens[k]) return null;
    tokens = tokens.slice(k);
    afterOf = k > 1;
  }
  if (!compound) {
    const phrase = phraseAt(tokens);
    if (phrase) return phrase;
  }
  const words: Token[] = [];
  const kinds: string[] = [];
  let headAt = -1;
  for (let i = 0; i < tokens.length && words.length < 6; i++) {
    const tok = tokens[i] as Token;
    if (i > 0 && tok.start > (tokens[i - 1] as Token).end && /[\r\n]{2}/.test(text.slice((tokens[i - 1] as Token).end, tok.start))) break;
    const lower = tok.text.toLowerCase();
    if (i === 0 && COUNT_BREAKERS.has(lower)) return null;
    let c = classify(tok);
    // Right after a figure a word is read as a noun if it can be one: "25-year lease", "3 trains".
    if (c === 'verb' && words.length === 0 && (!/(?:ed|ing)$/i.test(lower) || (afterOf && /ing$/i.test(lower)))) c = 'noun';
    // "18 vaccinated people": a participle before a noun describes it.
    else if (c === 'verb' && words.length === 0 && /ed$/i.test(lower) && tokens[i + 1]?.word && classify(tokens[i + 1] as Token) === 'noun') c = 'adjective';
    if ((lower === 'and' || lower === 'or') && headAt >= 0 && !compound) {
      const next = tokens[i + 1];
      if (next && next.word && classify(next) === 'noun' && /s$/i.test(next.text) && !/^\d/.test(next.text) && !verbWithObject(tokens, i + 1)) {
        words.push(tok);
        kinds.push('conj');
        continue;
      }
      break;
    }
    // "Vela 2 rocket": a model's name and number narrow the noun after them.
    if ((c === 'name' || (c === 'noun' && /^\p{Lu}/u.test(tok.text))) && /^\d+$/.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.word && classify(tokens[i + 2] as Token) === 'noun') {
      words.push(tok, tokens[i + 1] as Token);
      kinds.push('name', 'code');
      i++;
      continue;
    }
    // "20 777 Freighters": a model's number and name right after the count.
    const model = i === 0 && c === 'stop' ? modelAfterCount(tokens, classify) : null;
    if (model) {
      words.push(tok, tokens[1] as Token);
      kinds.push('code', model);
      headAt = 1;
      i++;
      continue;
    }
    if ((c === 'verb' || c === 'adjective') && inNameRun(tok, words, kinds)) c = 'name';
    if (c === 'stop' || c === 'verb') break;
    // After a plural noun, a word that can be a verb is the verb: "2,000 jobs fall". After any noun,
    // one that takes an object is: "the 3.2 km runway lifts capacity".
    if (headAt >= 0 && c === 'noun' && ((/s$/i.test((words[headAt] as Token).text) && isVerbForm(lower)) || verbWithObject(tokens, i))) break;
    if (c === 'adjective') {
      if (headAt >= 0) break;
      // A hyphenated compound like "full-time" or "next-generation" modifies what follows.
    }
    if (compound && headAt >= 0 && (c === 'noun' || c === 'name' || c === 'code')) {
      // "10,000-chip cluster": the first noun is what is counted, the next is what it describes.
      return finish(words, kinds, headAt, tok.text);
    }
    words.push(tok);
    kinds.push(c);
    if (c === 'noun' || c === 'code' || c === 'name') headAt = words.length - 1;
    if (compound && c === 'noun') {
      const next = tokens[i + 1];
      if (next && next.word && ['noun', 'name', 'code'].includes(classify(next)) && !verbWithObject(tokens, i + 1)) {
        return finish(words, kinds, headAt, next.text);
      }
      return finish(words, kinds, headAt);
    }
  }
  if (headAt < 0) return null;
  return finish(words, kinds, headAt);
}

const OBJECT_STARTS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our', 'some', 'more', 'up', 'about', 'around', 'nearly']);

/** A present-tense verb followed by its object: "lifts capacity", "expects 9.5 million". */
function verbWithObject(tokens: Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (!/[^s]s$/i.test(tok.text)) return false;
  const next = tokens[i + 1];
  if (!next || !next.word) return false;
  // A determiner or a figure after it makes any such word a verb; a noun, only one the lexicon knows as a verb.
  if (/^\d/.test(next.text) || OBJECT_STARTS.has(next.text.toLowerCase())) return true;
  // After a noun, a present-tense verb form with a word after it that is no function word: "orbit keeps signal".
  return isVerbForm(tok.text.toLowerCase()) && classify(next) !== 'stop';
}

function finish(words: Token[], kinds: string[], headAt: number, head?: string): FoundMeasure | null {
  const used = words.slice(0, headAt + 1);
  const head0 = used[headAt] as Token;
  // In "researchers and engineers" the first conjunct names the counted thing.
  const conj = kinds.indexOf('conj');
  const lemmaToken = conj > 0 && conj < headAt ? (used[conj - 1] as Token) : head0;
  const modifiers = used
    .slice(0, conj > 0 && conj < headAt ? conj - 1 : headAt)
    .map((t) => t.text.toLowerCase().replace(/['’]s$/, ''));
  const lemma = singular(lemmaToken.text.replace(/['’]s$/, ''));
  // A model's plural keeps its number as the lemma: "18 320-2s" counts 320-2 aircraft.
  if ((!/\p{L}/u.test(lemma) && !(kinds[headAt] === 'code' && /\d-\d/.test(lemma))) || lemma.length < 2) return null;
  const found: FoundMeasure = {
    noun: used.map((t) => t.text).join(' ').replace(/ - /g, '-'),
    lemma,
    modifiers,
    end: head0.end,
  };
  if (head) found.head = singular(head);
  return found;
}

const SKIP_BACK = new Set([
  'of', 'at', 'a', 'an', 'the', 'its', 'their', 'his', 'her', 'was', 'were', 'is', 'are', 'be', 'been', 'by', 'to', 'about',
  'estimated', 'valued', 'pegged', 'priced', 'set', 'reached', 'totalled', 'totaled', 'stood', 'rose', 'fell', 'grew',
  'increased', 'decreased', 'climbed', 'dropped', 'jumped', 'hit', 'of', 'some', 'just', 'only', 'nearly', 'almost', ',',
  'reportedly', 'roughly', 'around', 'approximately', 'than', 'more', 'less', 'over', 'under', 'up', 'down', 'now', 'which',
]);

/** The noun that names a sum or share when none follows it: "a budget of $5.6 million" → budget. */
export function measureBefore(text: string, from: number, pos: number): FoundMeasure | null {
  const tokens = tokensBackward(text, from, pos, 10);
  let preposition = false;
  for (let i = 0; i < tokens.length && i < 7; i++) {
    const tok = tokens[i] as Token;
    const lower = tok.text.toLowerCase();
    if (SKIP_BACK.has(lower)) {
      if (PREPOSITIONS_BACK.has(lower)) preposition = true;
      continue;
    }
    if (!tok.word || lower === 'and' || lower === 'or' || /^\d/.test(lower)) return null;
    let c = classify(tok);
    // "Revenue rose 38%": a capital opening the sentence on a common noun.
    if (c === 'name' && tok.start === from && /^\p{Lu}\p{Ll}+$/u.test(tok.text) && isWordnetNoun(singular(lower))) c = 'noun';
    // "EPS rose 10%": an acronym that names a measure.
    else if (c === 'name' && /^\p{Lu}{2,}$/u.test(tok.text) && isKnownMeasure(singular(tok.text))) c = 'noun';
    // "the site covers 120 hectares": a word in -s after a noun or a name is the verb.
    const verbAfterNoun = c === 'noun' && !preposition && /^\p{Ll}+[^s']s$/u.test(tok.text) && !!tokens[i + 1]?.word && classify(tokens[i + 1] as Token) !== 'stop' &&
      classify(tokens[i + 1] as Token) !== 'adjective' && doerBefore(tokens, i + 1) !== null;
    if ((c === 'noun' || c === 'code') && !verbAfterNoun) {
      return { noun: tok.text, lemma: singular(tok.text.replace(/['’]s$/, '')), modifiers: modifiersBefore(tokens, i + 1, from), end: pos };
    }
    if (c === 'verb' || verbAfterNoun) {
      const base = infinitive(tok.text);
      const found: FoundMeasure = { noun: tok.text, lemma: base === tok.text.toLowerCase() && verbAfterNoun ? singular(tok.text) : base, modifiers: [], end: pos };
      const doer = doerBefore(tokens, i + 1);
      if (doer) found.doer = doer;
      return found;
    }
    if (c !== 'adjective') return null;
  }
  return null;
}

/** Words that narrow a measure named before its figure, in reading order: "cloud revenue", "net income", "adjusted EPS". */
function modifiersBefore(tokens: Token[], from: number, sentenceStart: number): string[] {
  const out: string[] = [];
  for (let k = from; k < tokens.length && out.length < 3; k++) {
    const tok = tokens[k] as Token;
    const lower = tok.text.toLowerCase();
    if (!tok.word || SKIP_BACK.has(lower) || /^\d/.test(lower)) break;
    let c = classify(tok);
    // A capital opening the sentence on a common word: "Cloud revenue rose".
    if (c === 'name' && tok.start === sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(tok.text)) c = isWordnetNoun(lower) ? 'noun' : 'adjective';
    const participle = c === 'verb' && k === from && /(?:ed|ing)$/.test(lower);
    const acronym = /^\p{Lu}{2,5}$/u.test(tok.text);
    if (c !== 'adjective' && c !== 'noun' && !participle && !acronym) break;
    out.unshift(lower.replace(/['’]s$/, ''));
  }
  return out;
}

/** Words between a noun and its figure that show it is a noun, not a verb: "emissions by 2.7Mt". */
const PREPOSITIONS_BACK = new Set(['of', 'at', 'by', 'to', 'than', 'over', 'under', 'about']);

/** Words that may stand between a doer and its verb: "the plant will now cover". */
const BETWEEN_DOER_AND_VERB = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'now', 'already', 'also', 'still', 'currently', 'each', 'to', 'is', 'are', 'was', 'were', 'be', 'has', 'have', 'had', 'expected', 'set', 'due']);

const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'of']);

/**
 * The common noun that does what a verb says: "the site" in "the site covers 120 hectares", "the
 * warehouse" in "the warehouse in Lulea covers …".
 */
function doerBefore(tokens: Token[], from: number): string | null {
  for (let i = from; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    const lower = tok.text.toLowerCase();
    if (BETWEEN_DOER_AND_VERB.has(lower)) continue;
    if (!tok.word) return null;
    // A place after the noun: "in Lulea".
    if (/^\p{Lu}/u.test(tok.text)) {
      let k = i;
      while (k < tokens.length && (tokens[k] as Token).word && /^\p{Lu}/u.test((tokens[k] as Token).text)) k++;
      if (!PLACE_PREPOSITIONS.has((tokens[k] as Token | undefined)?.text.toLowerCase() ?? '')) return null;
      i = k;
      continue;
    }
    return classify(tok) === 'noun' ? singular(lower) : null;
  }
  return null;
}

const CLAUSE_WORD = /\b(?:and|but|while|whereas|although)\b/g;

/** The nearest word in the sentence from `words` ("cost", "budget", "train" for money; "margin", "stake" for shares). */
export function triggerNear(words: Set<string>, text: string, from: number, to: number, pos: number, wholeSentence = false): FoundMeasure | null {
  // Only within the figure's clause: "revenue rose 7%, and its margin improved" gives 7% no margin.
  if (wholeSentence) return nearestTrigger(words, text, tokensForward(text, from, to, 80).filter((t) => t.word), pos, from);
  const head = text.slice(from, pos);
  let cut = 0;
  for (const mark of [',', ';', ':']) cut = Math.max(cut, head.lastIndexOf(mark) + 1);
  CLAUSE_WORD.lastIndex = cut;
  for (let m = CLAUSE_WORD.exec(head); m; m = CLAUSE_WORD.exec(head)) cut = m.index + m[0].length;
  const clauseStart = from + cut;
  const afterCut = /[,;:]|\b(?:and|but|while|whereas|although)\b/.exec(text.slice(pos, to));
  const clauseEnd = afterCut ? pos + afterCut.index : to;
  return nearestTrigger(words, text, tokensForward(text, clauseStart, clauseEnd, 60).filter((t) => t.word), pos, from);
}

function nearestTrigger(words: Set<string>, text: string, around: Token[], pos: number, sentenceStart: number): FoundMeasure | null {
  let best: { tok: Token; lemma: string; distance: number } | null = null;
  for (const tok of around) {
    const lower = tok.text.toLowerCase();
    let lemma = singular(tok.text);
    if (!words.has(lemma)) lemma = infinitive(lower);
    if (!words.has(lemma)) continue;
    // Nouns ("share") before verbs ("fell"), then the nearest.
    const distance = Math.abs(tok.start - pos) + (lemma === singular(tok.text) ? 0 : 1000);
    if (!best || distance < best.distance) best = { tok, lemma, distance };
  }
  if (!best) return null;
  // "a share of journeys", "the proportion of workers": the share is of the noun after "of".
  if (/^(?:share|proportion|percentage|portion|fraction)$/.test(best.lemma)) {
    const after = tokensForward(text, best.tok.end, best.tok.end + 40, 4).filter((t) => t.word);
    if (after[0]?.text.toLowerCase() === 'of' && after[1] && /^\p{Ll}/u.test(after[1].text) && wordClass(after[1].text) === 'noun') {
      return { noun: `${best.tok.text} of ${after[1].text}`, lemma: singular(after[1].text), modifiers: [], end: pos };
    }
  }
  // A noun keeps the words that narrow it: "cloud revenue", "net income".
  const modifiers = best.lemma === singular(best.tok.text) ? modifiersBefore(tokensBackward(text, sentenceStart, best.tok.start, 4), 0, sentenceStart) : [];
  return { noun: best.tok.text, lemma: best.lemma, modifiers, end: pos };
}
