// Claims as columns, to send to another thread: what comparison reads of each claim, as a run of
// strings and a run of numbers. Copying a few long lists costs far less than copying one object per
// claim, each with its own property names.
import type { Claim } from '../schema.js';
import type { Comparable } from './profile.js';
import type { ClaimList } from './check.js';

export interface ClaimColumns {
  /** STRINGS per claim; a sentence is left out (undefined) when it is the claim before's. */
  strings: (string | null | undefined)[];
  /** NUMBERS per claim: value, low, high (NaN for none), whether the measure is elided, the file. */
  numbers: Float64Array;
}

const STRINGS = 12;
const NUMBERS = 5;
/** Between a measure's modifiers, which are words. */
const SEP = '\u0001';

/** The claims of `list` from position `from` on. */
export function toColumns(list: ClaimList, from = 0): ClaimColumns {
  const count = Math.max(0, list.length - from);
  const strings = new Array<string | null | undefined>(count * STRINGS);
  const numbers = new Float64Array(count * NUMBERS);
  let last: string | null = null;
  for (let i = 0; i < count; i++) {
    const c = list.comparable(from + i);
    const fileIndex = list.fileIndex(from + i);
    const q = c.quantity;
    const m = c.measure;
    let s = i * STRINGS;
    strings[s++] = c.sentence === last ? undefined : (last = c.sentence);
    strings[s++] = c.text;
    strings[s++] = c.kind;
    strings[s++] = q.unit;
    strings[s++] = q.qualifier;
    strings[s++] = c.subject;
    strings[s++] = c.reference;
    strings[s++] = m ? m.noun : null;
    strings[s++] = m?.lemma;
    strings[s++] = m?.modifiers.join(SEP);
    strings[s++] = m?.head;
    strings[s++] = m?.doer;
    let n = i * NUMBERS;
    numbers[n++] = q.value;
    numbers[n++] = q.low ?? Number.NaN;
    numbers[n++] = q.high ?? Number.NaN;
    numbers[n++] = m?.elided ? 1 : 0;
    numbers[n++] = fileIndex;
  }
  return { strings, numbers };
}

/** The claims back, each with the file it came from. */
export function fromColumns({ strings, numbers }: ClaimColumns): { claim: Comparable; fileIndex: number }[] {
  const count = numbers.length / NUMBERS;
  const out = new Array<{ claim: Comparable; fileIndex: number }>(count);
  let sentence = '';
  for (let i = 0; i < count; i++) {
    let s = i * STRINGS;
    const given = strings[s++];
    if (given !== undefined && given !== null) sentence = given;
    const text = strings[s++] as string;
    const kind = strings[s++] as Claim['kind'];
    const unit = strings[s++] as string;
    const qualifier = strings[s++] as Claim['quantity']['qualifier'];
    const subject = strings[s++] as string | null;
    const reference = strings[s++] ?? undefined;
    const noun = strings[s++];
    const lemma = strings[s++] as string;
    const modifiers = strings[s++] as string;
    const head = strings[s++] ?? undefined;
    const doer = strings[s++] ?? undefined;
    let n = i * NUMBERS;
    const value = numbers[n++] as number;
    const low = numbers[n++] as number;
    const high = numbers[n++] as number;
    const elided = numbers[n++] === 1 ? true : undefined;
    const fileIndex = numbers[n++] as number;
    const measure = typeof noun === 'string' ? { noun, lemma, modifiers: modifiers ? modifiers.split(SEP) : [], head, doer, elided } : null;
    const quantity = { value, unit, low: Number.isNaN(low) ? null : low, high: Number.isNaN(high) ? null : high, qualifier };
    out[i] = { claim: { sentence, text, kind, quantity, measure, subject, reference }, fileIndex };
  }
  return out;
}
