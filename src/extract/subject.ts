// Whose figure it is: the first name in the figure's sentence, following possessives
// ("Elon Musk's xAI" → xAI). Pronouns and common nouns give no subject.
import { tagsOf } from '../lexicon/english.js';
import { NAME_TAGS, NOT_NAMES, isWordAsName, thingOfPlace } from '../lexicon/names.js';
import { tokensForward, type Token } from './tokens.js';
import { isWordnetNoun } from '../lexicon/wordnet.js';
import { singular } from '../lexicon/words.js';


/** `appositive`: the word is followed by ", the …" ("Automation, the largest division"), which marks a name. */
const nameCache = new Map<string, boolean>();

function isName(tok: Token, sentenceInitial: boolean, appositive = false): boolean {
  const key = `${sentenceInitial ? 1 : 0}${appositive ? 1 : 0}${tok.text}`;
  let hit = nameCache.get(key);
  if (hit === undefined) {
    hit = isNameUncached(tok, sentenceInitial, appositive);
    if (nameCache.size > 50000) nameCache.clear();
    nameCache.set(key, hit);
  }
  return hit;
}

function isNameUncached(tok: Token, sentenceInitial: boolean, appositive: boolean): boolean {
  const t = tok.text.replace(/['’]s$/, '');
  if (!/^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(t)) return false;
  const lower = t.toLowerCase();
  if (NOT_NAMES.has(lower)) return false;
  const tags = tagsOf(lower);
  if (tags.some((x) => NAME_TAGS.has(x))) return true;
  if (tags.length) return false;
  // A capital at the start of a sentence or cell proves nothing: "Workforce", "Drives" are common nouns.
  if (sentenceInitial && /^\p{Lu}\p{Ll}+$/u.test(t) && (/(?:ly|ed|ing)$/.test(lower) || isWordnetNoun(singular(lower))) && !appositive) return false;
  return true;
}

/** The subject named in [sentenceStart, claimStart), or null. */
const PREPOSITIONS = new Set([
  'from', 'to', 'in', 'at', 'on', 'with', 'by', 'of', 'for', 'into', 'near', 'under', 'across', 'via', 'between', 'like',
  'than', 'over', 'through', 'towards', 'toward', 'beneath', 'beside', 'outside', 'inside', 'around', 'against', 'among',
]);

const OWNERS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

/** Whether "its" (or "their" …) comes just before token `i`, past a figure and its unit: "its 70-metre Vela 2". */
function ownedAt(tokens: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k]!.text.toLowerCase();
    if (OWNERS.has(t)) return true;
    if (!(/^\d/.test(t) || (/^\p{Ll}+$/u.test(t) && k > i - 4))) return false;
  }
  return false;
}

const CONJUNCTION_AFTER_COMMA = /,\s*(?:and|while|whereas|but|although|though)\b/g;

/** Where the clause holding `pos` starts: after a ";", ":", a dash (or a dateline's " - "), or ", while/whereas/but …". */
function clauseStart(text: string, from: number, pos: number): number {
  const window = text.slice(from, pos);
  let cut = 0;
  for (const mark of [';', ':', '—', ' – ', ' - ']) {
    const at = window.lastIndexOf(mark);
    if (at >= 0 && at + mark.length > cut) cut = at + mark.length;
  }
  if (window.indexOf(',', cut) >= 0) {
    CONJUNCTION_AFTER_COMMA.lastIndex = cut;
    for (let m = CONJUNCTION_AFTER_COMMA.exec(window); m; m = CONJUNCTION_AFTER_COMMA.exec(window)) cut = m.index + m[0].length;
  }
  return from + cut;
}

/** The last answer, reused by later figures in the same clause once a subject has been found. */
let lastSubject: { text: string; from: number; upTo: number; subject: string } | null = null;

export function subjectBefore(text: string, sentenceStart: number, claimStart: number): string | null {
  const from = clauseStart(text, sentenceStart, claimStart);
  const last = lastSubject;
  if (last && last.text === text && last.from === from && claimStart >= last.upTo) return last.subject;
  const subject = firstSubject(text, from, claimStart, from === sentenceStart || /[;:]\s*$/.test(text.slice(Math.max(sentenceStart, from - 3), from)));
  lastSubject = subject === null ? null : { text, from, upTo: claimStart, subject };
  return subject;
}

/**
 * A capitalised common word read as a name: opening a clause inside a sentence ("…, while Drives
 * lagged"); opening the sentence with a name after it ("Saxe Motors operates …"); or inside a sentence
 * before another capital ("the Harbour Medical Centre").
 */
function commonWordAsName(tokens: Token[], i: number, opensSentence: boolean): boolean {
  const tok = tokens[i]!;
  if (!/^\p{Lu}\p{Ll}+$/u.test(tok.text) || !isWordAsName(tok.text)) return false;
  if (i === 0 && !opensSentence) return true;
  const next = tokens[i + 1];
  if (next?.start !== tok.end + 1 || !next.word) return false;
  return i === 0 && opensSentence ? isName(next, false) : isName(next, false) || capitalisedWord(next.text);
}


/** A capitalised word that may be part of a name even if common: "Bank" in "Brightwell Bank". */
const capitalisedWord = (word: string) => /^\p{Lu}\p{Ll}/u.test(word) && isWordAsName(word);


/**
 * A place named before a common noun names a thing of that place: "the Seville metro line", "Seville's
 * tram extension" are not Seville.
 */
function placeThing(group: Token[], tokens: Token[], k: number): string | null {
  if (group.length !== 1) return null;
  const following: string[] = [];
  for (let i = k; i < tokens.length && i < k + 2 && tokens[i]!.word; i++) following.push(tokens[i]!.text);
  return thingOfPlace(group[0]!.text.replace(/['’]s$/, ''), following);
}

/** Names start with a capital, or are camel-cased ("xAI", "iPhone"): a quick test on the first characters. */
function mayBeName(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c >= 97 && c <= 122) {
    let i = 1;
    while (i < word.length && word.charCodeAt(i) >= 97 && word.charCodeAt(i) <= 122) i++;
    const d = word.charCodeAt(i);
    return i < word.length && ((d >= 65 && d <= 90) || (d > 0x7f && /^\p{Ll}*\p{Lu}/u.test(word.slice(i))));
  }
  return c > 0x7f && /^\p{Lu}|^\p{Ll}+\p{Lu}/u.test(word);
}

/** Whether [from, to) holds a capital or a character past ASCII: without one no word there may be a name (see `mayBeName`). */
function mayHoldName(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c > 127) return true;
  }
  return false;
}

/** `opensSentence`: the clause starts the sentence (or follows a colon), so a capital there proves nothing. */
function firstSubject(text: string, from: number, claimStart: number, opensSentence: boolean): string | null {
  // Every subject starts at a word that may be a name: a clause of figures and lower-case words has none.
  if (!mayHoldName(text, from, claimStart)) return null;
  const tokens = tokensForward(text, from, claimStart, 60).filter((t) => t.end <= claimStart);
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (!tok.word || !mayBeName(tok.text)) continue;
    const appositive = tokens[i + 1]?.text === ',' && /^(?:the|a|an)$/i.test(tokens[i + 2]?.text ?? '');
    if (!isName(tok, i === 0 && opensSentence, appositive) && !commonWordAsName(tokens, i, opensSentence)) continue;
    // A name after a preposition is a place or a partner, not the subject: "runs from Hollins Cross".
    // After "its", a product the subject owns: "each launch of its Vela 2 rocket".
    if (i > 0 && (PREPOSITIONS.has(tokens[i - 1]!.text.toLowerCase()) || ownedAt(tokens, i))) {
      while (i + 1 < tokens.length && tokens[i + 1]!.word && isName(tokens[i + 1]!, false)) i++;
      continue;
    }
    // A speaker's label: "KEANE: ..."
    if (/^\p{Lu}{2,}$/u.test(tokens[i]!.text) && tokens[i + 1]?.text === ':') continue;
    let j = i;
    const group: Token[] = [];
    // A capitalised common word right after a name is part of it: "Brightwell Bank will …".
    while (j < tokens.length && tokens[j]!.word && (j === i || isName(tokens[j]!, false) || (tokens[j]!.start === tokens[j - 1]!.end + 1 && capitalisedWord(tokens[j]!.text)))) {
      group.push(tokens[j]!);
      if (/['’]s$/.test(tokens[j]!.text)) break;
      j++;
    }
    const last = group[group.length - 1]!;
    const possessive = /['’]s$/.test(last.text) || (tokens[j]?.text === '’' || tokens[j]?.text === "'");
    if (possessive) {
      // "Elon Musk's xAI": the possessed name, when one follows.
      let k = /['’]s$/.test(last.text) ? j + 1 : j + 2;
      if (tokens[k]?.text === 's') k++;
      if (tokens[k] && tokens[k]!.word && isName(tokens[k]!, false)) {
        const owned: Token[] = [];
        while (k < tokens.length && tokens[k]!.word && isName(tokens[k]!, false)) owned.push(tokens[k++]!);
        return owned.map((t) => t.text.replace(/['’]s$/, '')).join(' ');
      }
      // "Seville's tram extension": a place's thing is the subject, not the place.
      const thing = placeThing(group, tokens, k);
      if (thing) return thing;
      // "St Anne's Hospital": a capitalised common word after the possessive goes on with the name.
      if (tokens[k] && tokens[k]!.word && capitalisedWord(tokens[k]!.text)) {
        const rest: Token[] = [];
        while (k < tokens.length && tokens[k]!.word && (capitalisedWord(tokens[k]!.text) || (/^\p{Lu}/u.test(tokens[k]!.text) && isName(tokens[k]!, false)))) rest.push(tokens[k++]!);
        return `${group.map((t) => t.text.replace(/['’]s$/, '')).join(' ')}’s ${rest.map((t) => t.text).join(' ')}`;
      }
    }
    return placeThing(group, tokens, j) ?? group.map((t) => t.text.replace(/['’]s$/, '')).join(' ');
  }
  return null;
}

const REFERENCE = /\b(?:it|its|they|their|the (?:company|firm|lab|laboratory|group|start-?up|business|operator|organi[sz]ation|bank|fund|maker|developer|agency|council|authority|government|city|team|manufacturer|carrier|airline|insurer|retailer|chain|brand|club|university|hospital|project|scheme|line|network|model|system|division))\b/i;

/** A pronoun or description standing for an unnamed subject in [from, to): "the company", "its". */
export function referenceBefore(text: string, from: number, to: number): string | null {
  const m = REFERENCE.exec(text.slice(from, to));
  return m ? m[0].toLowerCase() : null;
}

export interface NameGroup {
  text: string;
  start: number;
  end: number;
}

/** Runs of names in [from, to), possessive endings dropped. */
export function nameGroups(text: string, from: number, to: number): NameGroup[] {
  const tokens = tokensForward(text, from, to, 80).filter((t) => t.end <= to);
  const out: NameGroup[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word || !isName(tokens[i]!, tokens[i]!.start === from)) continue;
    const group: Token[] = [];
    while (i < tokens.length && tokens[i]!.word && isName(tokens[i]!, false)) {
      group.push(tokens[i]!);
      if (/['’]s$/.test(tokens[i]!.text)) break;
      i++;
    }
    out.push({ text: group.map((t) => t.text.replace(/['’]s$/, '')).join(' '), start: group[0]!.start, end: group[group.length - 1]!.end });
  }
  return out;
}
