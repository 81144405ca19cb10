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
/** String columns: file, text, sentence, kind, unit, qualifier, currency, original unit, subject, reference. */
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

/** Claims per chunk of columns: 2^12. */
const CHUNK_BITS = 12;
const CHUNK_MASK = (1 << CHUNK_BITS) - 1;
/** Codes of a string column for null and undefined; other codes are positions in the string table. */
const NULL = -1;
const UNSET = -2;

export class ClaimStore {
  /** NUMBERS per claim, in chunks of 2^CHUNK_BITS claims: a chunk is never copied to grow. */
  private readonly numberChunks: Float64Array[] = [];
  /** STRINGS codes per claim, and a measure code (NULL, or a position in `measures`), in chunks. */
  private readonly codeChunks: Int32Array[] = [];
  /** Every distinct string, once; a code is a position here. */
  private readonly table: string[] = [];
  /** Codes of the strings that repeat: names, units, kinds, short texts. */
  private readonly interned = new Map<string, number>();
  /** Each string column's last interned string and its code. */
  private readonly lastOf: (string | undefined)[] = new Array<string | undefined>(STRINGS).fill(undefined);
  private readonly lastCodeOf = new Int32Array(STRINGS);
  private lastSentence: string | null = null;
  private lastSentenceCode = 0;
  private readonly measures: NonNullable<Claim['measure']>[] = [];
  /** Claims of another shape, kept whole, by position. */
  private readonly whole = new Map<number, Claim>();
  /** Ids that are not `file:line:column`, by position. */
  private readonly ids = new Map<number, string>();
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(claim: Claim, fileIndex: number): void {
    const i = this.count++;
    if ((i & CHUNK_MASK) === 0) {
      this.numberChunks.push(new Float64Array(NUMBERS << CHUNK_BITS));
      this.codeChunks.push(new Int32Array((STRINGS + 1) << CHUNK_BITS));
    }
    const nums = this.numberChunks[i >> CHUNK_BITS] as Float64Array;
    const n = (i & CHUNK_MASK) * NUMBERS;
    nums[n + 9] = fileIndex;
    if (!columnShaped(claim)) {
      this.whole.set(i, claim);
      return;
    }
    const q = claim.quantity;
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
    const codes = this.codeChunks[i >> CHUNK_BITS] as Int32Array;
    let c = (i & CHUNK_MASK) * (STRINGS + 1);
    codes[c++] = this.intern(claim.file, 0);
    codes[c++] = claim.text.length <= SHARED_TEXT ? this.intern(claim.text, 1) : this.table.push(claim.text) - 1;
    // Figures of one sentence, or of one stretch of a long one, come one after another.
    if (claim.sentence !== this.lastSentence) {
      this.lastSentence = claim.sentence;
      this.lastSentenceCode = this.table.push(claim.sentence) - 1;
    }
    codes[c++] = this.lastSentenceCode;
    codes[c++] = this.intern(claim.kind, 3);
    codes[c++] = this.intern(q.unit, 4);
    codes[c++] = this.intern(q.qualifier, 5);
    codes[c++] = this.intern(q.currency, 6);
    codes[c++] = this.intern(q.originalUnit, 7);
    codes[c++] = this.intern(claim.subject, 8);
    codes[c++] = this.intern(claim.reference, 9);
    codes[c] = claim.measure === null ? NULL : this.measures.push(claim.measure) - 1;
  }

  /** The code of a string that may repeat, in column `k`: most often the column's last one. */
  private intern(x: string | null | undefined, k: number): number {
    if (x === null) return NULL;
    if (x === undefined) return UNSET;
    if (x === this.lastOf[k]) return this.lastCodeOf[k] as number;
    let code = this.interned.get(x);
    if (code === undefined) this.interned.set(x, (code = this.table.push(x) - 1));
    this.lastOf[k] = x;
    this.lastCodeOf[k] = code;
    return code;
  }

  /** The string of column `k` of the claim at `i`. */
  private string(i: number, k: number): string | null | undefined {
    const code = (this.codeChunks[i >> CHUNK_BITS] as Int32Array)[(i & CHUNK_MASK) * (STRINGS + 1) + k] as number;
    return code >= 0 ? this.table[code] : code === NULL ? null : undefined;
  }

  private measure(i: number): Claim['measure'] {
    const code = (this.codeChunks[i >> CHUNK_BITS] as Int32Array)[(i & CHUNK_MASK) * (STRINGS + 1) + STRINGS] as number;
    return code === NULL ? null : (this.measures[code] as NonNullable<Claim['measure']>);
  }

  fileIndex(i: number): number {
    return (this.numberChunks[i >> CHUNK_BITS] as Float64Array)[(i & CHUNK_MASK) * NUMBERS + 9] as number;
  }

  /** The claim at `i`, built again (or the one kept whole), with `check`'s fields unset. */
  claim(i: number): Claim {
    const kept = this.whole.get(i);
    if (kept) return kept;
    const n = (i & CHUNK_MASK) * NUMBERS;
    const nums = this.numberChunks[i >> CHUNK_BITS] as Float64Array;
    const file = this.string(i, 0) as string;
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
      text: this.string(i, 1) as string,
      sentence: this.string(i, 2) as string,
      kind: this.string(i, 3) as Claim['kind'],
      quantity: this.quantity(i),
      measure: this.measure(i),
      subject: this.string(i, 8) as string | null,
      reference: this.string(i, 9) ?? undefined,
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
    return {
      sentence: this.string(i, 2) as string,
      text: this.string(i, 1) as string,
      kind: this.string(i, 3) as Claim['kind'],
      quantity: this.quantity(i),
      measure: this.measure(i),
      subject: this.string(i, 8) as string | null,
      reference: this.string(i, 9) ?? undefined,
    };
  }

  private quantity(i: number): Claim['quantity'] {
    const n = (i & CHUNK_MASK) * NUMBERS;
    const nums = this.numberChunks[i >> CHUNK_BITS] as Float64Array;
    const low = nums[n + 7] as number;
    const high = nums[n + 8] as number;
    return {
      value: nums[n + 6] as number,
      unit: this.string(i, 4) as string,
      low: Number.isNaN(low) ? null : low,
      high: Number.isNaN(high) ? null : high,
      qualifier: this.string(i, 5) as Claim['quantity']['qualifier'],
      currency: this.string(i, 6) ?? undefined,
      currencyAssumed: (nums[n + 10] as number) & CURRENCY_ASSUMED ? true : undefined,
      originalUnit: this.string(i, 7) ?? undefined,
    };
  }
}
