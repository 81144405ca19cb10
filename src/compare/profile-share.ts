// Profiles held small: a large input makes hundreds of thousands of them, and most of what a profile
// says is the same for every claim of its group (see `Profile.groupKey`). That part is one object per
// group, the prototype of each of its profiles; a profile's own fields are only those that differ from
// claim to claim (its figure, position, sentence and window) and those comparison writes. Group keys
// and windows that repeat are kept once.
import { WINDOW, windowOf } from './context-words.js';
import type { MeasureLexicon } from './lexicon.js';
import type { Profile } from './profile.js';

type OwnKey = 'order' | 'fileIndex' | 'lo' | 'hi' | 'value' | 'hedged' | 'names' | 'segments' | 'window' | 'groupKey' | 'linkOnly' | 'words' | 'wordsBy' | 'mark' | 'sentenceFigures';
/** A profile's own fields. */
type Own = Pick<Profile, OwnKey>;
/** What a profile's own fields are made of. */
export type OwnFields = Pick<Profile, Exclude<OwnKey, 'words' | 'wordsBy' | 'mark' | 'sentenceFigures'>>;
/** What a profile shares with every profile of its group: everything its group key is made of. */
export type Alike = Omit<Profile, OwnKey>;

type Group = new (own: OwnFields) => Profile;

/** For each group key, a constructor whose prototype is the group's shared part. */
const groups = new Map<string, Group>();
let groupsLexicon: MeasureLexicon | null = null;

/**
 * The constructor of the profiles of group `groupKey`: `alike`, when it is the group's first, becomes
 * the prototype of them all. The measure keys a group key stands for depend on the lexicon too, so
 * another lexicon starts afresh.
 */
export function groupOf(groupKey: string, alike: Alike, lexicon: MeasureLexicon): Group {
  if (lexicon !== groupsLexicon || groups.size > 50000) {
    groups.clear();
    groupsLexicon = lexicon;
  }
  let hit = groups.get(groupKey);
  if (!hit) groups.set(groupKey, (hit = constructorOf(alike)));
  return hit;
}

/** A constructor of profiles with `alike` as their prototype: each group has its own. */
function constructorOf(alike: Alike): Group {
  function Profile(this: Own, f: OwnFields): void {
    this.order = f.order;
    this.fileIndex = f.fileIndex;
    this.lo = f.lo;
    this.hi = f.hi;
    this.value = f.value;
    this.hedged = f.hedged;
    this.names = f.names;
    this.segments = f.segments;
    this.window = f.window;
    this.groupKey = f.groupKey;
    this.linkOnly = f.linkOnly;
    this.words = null;
    this.wordsBy = null;
    this.mark = 0;
    this.sentenceFigures = null;
  }
  Profile.prototype = alike;
  return Profile as unknown as Group;
}

const groupKeys = new Map<string, string>();

/**
 * One copy of each group key: claims without a measure are never filed in the index, which shares
 * the key of each group, and in dense input they are most claims, each with the same key.
 */
export function sharedKey(key: string): string {
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
export function sharedWindow(sentence: string, at: number, length: number): string {
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


