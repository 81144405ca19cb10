// Claims held as columns while `check` reads its inputs: numbers in one typed array, strings in one
// flat list, a measure by reference. A claim object of twenty fields, its quantity and its id each
// cost more than the claim's columns, and a large input holds hundreds of thousands of claims until
// they are compared. Each claim is built again, field for field and in the same key order, when it is
// compared and when it is reported, so the output is the same as with the objects kept.
import type { Claim } from '../schema.js';
import type { Comparable } from './profile.js';

/** The keys of a claim as extraction makes it, in order: the only shape the columns keep. */
const CLAIM_KEYS = ['id', 'file', 'line', 'column', 'endLine', 'endColumn', 'start', 'end', 'text', 'sentence', 'kind', 'quantity', 'measure', 'subject', 'reference', 'verdict', 'supports', 'disagrees', 'supportCount', 'disagreeCount'];
const QUANTITY_KEYS = ['value', 'unit', 'low', 'high', 'qualifier', 'currency', 'currencyAssumed', 'originalUnit'];
/** Fields `check` sets: a claim that already has one is kept whole. */
const CHECK_FIELDS = CLAIM_KEYS.slice(15);

/** line, column, endLine, endColumn, start, end, value, low, high (NaN for null), file index, flags. */
const NUMBERS = 11;
/** file, text, sentence, kind, unit, qualifier, currency, original unit, subject, reference. */
const STRINGS = 10;
const CURRENCY_ASSUMED = 1;
/** The id is not `file:line:column`: it is kept in `ids`. */
const OWN_ID = 2;
/** Short texts ("1", "$1", "5%") repeat in dense input: one copy of each is kept. */
const SHARED_TEXT = 16;

/** Whether `o` has exactly `keys`, in that order: compared one by one, with no array made. */
function hasKeys(o: object, keys: readonly string[]): boolean {
  let i = 0;
  for (const k in o) if (k !== keys[i++]) return false;
  return i === keys.length;
}

/** Whether a claim is of the one shape the columns keep (else it is kept as it is). */
export function columnShaped(c: Claim): boolean {
  if (!hasKeys(c, CLAIM_KEYS) || !hasKeys(c.quantity, QUANTITY_KEYS)) return false;
  for (const k of CHECK_FIELDS) if ((c as unknown as Record<string, unknown>)[k] !== undefined) return false;
  return true;
}

/** Whether `id` is `file:line:column`, read without building that string. */
function idOf(id: string, file: string, line: number, column: number): boolean {
  if (!id.startsWith(file) || id.charCodeAt(file.length) !== 58) return false;
  let i = file.length + 1;
  const number = (): number => {
    let n = 0;
    const from = i;
    for (let c = id.charCodeAt(i); c >= 48 && c <= 57; c = id.charCodeAt(++i)) n = n * 10 + (c - 48);
    // A leading zero would not be written.
    return i === from || (id.charCodeAt(from) === 48 && i > from + 1) ? Number.NaN : n;
  };
  if (number() !== line || id.charCodeAt(i++) !== 58) return false;
  return number() === column && i === id.length;
}

export class ClaimStore {
  private numbers = new Float64Array(NUMBERS * 1024);
  private readonly strings: (string | null | undefined)[] = [];
  private readonly measures: Claim['measure'][] = [];
  /** Claims of another shape, kept whole, by position. */
  private readonly whole = new Map<number, Claim>();
  /** Ids that are not `file:line:column`, by position. */
  private readonly ids = new Map<number, string>();
  private readonly texts = new Map<string, string>();
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(claim: Claim, fileIndex: number): void {
    const i = this.count++;
    if (this.numbers.length < this.count * NUMBERS) {
      const grown = new Float64Array(this.numbers.length * 2);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    const n = i * NUMBERS;
    this.numbers[n + 9] = fileIndex;
    if (!columnShaped(claim)) {
      this.whole.set(i, claim);
      this.measures.push(null);
      for (let k = 0; k < STRINGS; k++) this.strings.push(undefined);
      return;
    }
    const q = claim.quantity;
    const nums = this.numbers;
    nums[n] = claim.line;
    nums[n + 1] = claim.column;
    nums[n + 2] = claim.endLine;
    nums[n + 3] = claim.endColumn;
    nums[n + 4] = claim.start;
    nums[n + 5] = claim.end;
    nums[n + 6] = q.value;
    nums[n + 7] = q.low ?? Number.NaN;
    nums[n + 8] = q.high ?? Number.NaN;
    let flags = q.currencyAssumed ? CURRENCY_ASSUMED : 0;
    if (!idOf(claim.id, claim.file, claim.line, claim.column)) {
      flags |= OWN_ID;
      this.ids.set(i, claim.id);
    }
    nums[n + 10] = flags;
    let text = claim.text;
    if (text.length <= SHARED_TEXT) {
      const shared = this.texts.get(text);
      if (shared === undefined) this.texts.set(text, text);
      else text = shared;
    }
    this.strings.push(claim.file, text, claim.sentence, claim.kind, q.unit, q.qualifier, q.currency, q.originalUnit, claim.subject, claim.reference);
    this.measures.push(claim.measure);
  }

  fileIndex(i: number): number {
    return this.numbers[i * NUMBERS + 9] as number;
  }

  /** The claim at `i`, built again (or the one kept whole), with `check`'s fields unset. */
  claim(i: number): Claim {
    const kept = this.whole.get(i);
    if (kept) return kept;
    const n = i * NUMBERS;
    const s = i * STRINGS;
    const nums = this.numbers;
    const strs = this.strings;
    const file = strs[s] as string;
    const line = nums[n] as number;
    const column = nums[n + 1] as number;
    const flags = nums[n + 10] as number;
    return {
      id: flags & OWN_ID ? (this.ids.get(i) as string) : [file, line, column].join(':'),
      file,
      line,
      column,
      endLine: nums[n + 2] as number,
      endColumn: nums[n + 3] as number,
      start: nums[n + 4] as number,
      end: nums[n + 5] as number,
      text: strs[s + 1] as string,
      sentence: strs[s + 2] as string,
      kind: strs[s + 3] as Claim['kind'],
      quantity: this.quantity(i),
      measure: this.measures[i] ?? null,
      subject: strs[s + 8] ?? null,
      reference: strs[s + 9] ?? undefined,
      verdict: undefined,
      supports: undefined,
      disagrees: undefined,
      supportCount: undefined,
      disagreeCount: undefined,
    };
  }

  /** What comparison reads of the claim at `i`: fewer fields than the whole claim. */
  comparable(i: number): Comparable {
    const kept = this.whole.get(i);
    if (kept) return kept;
    const s = i * STRINGS;
    const strs = this.strings;
    return {
      sentence: strs[s + 2] as string,
      text: strs[s + 1] as string,
      kind: strs[s + 3] as Claim['kind'],
      quantity: this.quantity(i),
      measure: this.measures[i] ?? null,
      subject: strs[s + 8] ?? null,
      reference: strs[s + 9] ?? undefined,
    };
  }

  private quantity(i: number): Claim['quantity'] {
    const n = i * NUMBERS;
    const s = i * STRINGS;
    const nums = this.numbers;
    const strs = this.strings;
    const low = nums[n + 7] as number;
    const high = nums[n + 8] as number;
    return {
      value: nums[n + 6] as number,
      unit: strs[s + 4] as string,
      low: Number.isNaN(low) ? null : low,
      high: Number.isNaN(high) ? null : high,
      qualifier: strs[s + 5] as Claim['quantity']['qualifier'],
      currency: strs[s + 6] ?? undefined,
      currencyAssumed: (nums[n + 10] as number) & CURRENCY_ASSUMED ? true : undefined,
      originalUnit: strs[s + 7] ?? undefined,
    };
  }
}
