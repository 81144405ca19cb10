// Outcomes as plain numbers, to pass from one thread to another without copying objects: per outcome,
// the verdict, the two counts, then each evidence list (and the nearest candidate, as a list of 0 or 1) as its length and (source, pairing) pairs.
// A pairing is only needed for its score and reason (with --explain): each distinct one is sent once.
import type { Verdict } from '../schema.js';
import type { Outcome, Shown } from './comparison.js';
import type { Pairing } from './pair.js';

const VERDICTS: readonly Verdict[] = ['supported', 'contradicted', 'disputed', 'unverified'];
const VERDICT_CODE: Readonly<Record<Verdict, number>> = { supported: 0, contradicted: 1, disputed: 2, unverified: 3 };

export interface OutcomeChunk {
  ints: Int32Array;
  /** Pairings first used in this chunk, as [score, reason], numbered on from those sent before. */
  pairings: [number, string][];
  /** How many outcomes it holds. */
  count: number;
}

/** Without --explain the pairing is not shown: every piece of evidence gets this one. */
const UNSHOWN: Pairing = { score: 0, reason: '' };

export class OutcomeEncoder {
  private ints: number[] = [];
  private count = 0;
  private fresh: [number, string][] = [];
  private readonly ids = new Map<string, number>();
  private readonly explain: boolean;

  constructor(explain: boolean) {
    this.explain = explain;
  }

  get size(): number {
    return this.count;
  }

  add(o: Outcome): void {
    this.ints.push(VERDICT_CODE[o.verdict], o.supportCount, o.disagreeCount);
    this.list(o.supports);
    this.list(o.disagrees);
    this.list(o.nearest ? [o.nearest] : []);
    this.count++;
  }

  /** The outcomes added since the last chunk. */
  take(): OutcomeChunk {
    const chunk = { ints: Int32Array.from(this.ints), pairings: this.fresh, count: this.count };
    this.ints = [];
    this.fresh = [];
    this.count = 0;
    return chunk;
  }

  private list(shown: Shown[]): void {
    this.ints.push(shown.length);
    for (const s of shown) this.ints.push(s.order, this.explain ? this.pairingId(s.p) : 0);
  }

  private pairingId(p: Pairing): number {
    const key = `${p.score}\u0000${p.reason}`;
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.ids.size));
      this.fresh.push([p.score, p.reason]);
    }
    return id;
  }
}

export class OutcomeDecoder {
  /** With --explain, the pairings as sent; without, the one that stands for all. */
  private readonly pairings: Pairing[];

  constructor(explain: boolean) {
    this.pairings = explain ? [] : [UNSHOWN];
  }

  *read(chunk: OutcomeChunk): Generator<Outcome> {
    for (const [score, reason] of chunk.pairings) this.pairings.push({ score, reason });
    const ints = chunk.ints;
    let at = 0;
    const list = (): Shown[] => {
      const n = ints[at++] as number;
      const out = new Array<Shown>(n);
      for (let i = 0; i < n; i++, at += 2) out[i] = { order: ints[at] as number, p: this.pairings[ints[at + 1] as number] as Pairing };
      return out;
    };
    for (let k = 0; k < chunk.count; k++) {
      const verdict = VERDICTS[ints[at] as number] as Verdict;
      const supportCount = ints[at + 1] as number;
      const disagreeCount = ints[at + 2] as number;
      at += 3;
      const supports = list();
      const disagrees = list();
      const nearest = list();
      yield nearest.length ? { verdict, supportCount, disagreeCount, supports, disagrees, nearest: nearest[0] as Shown } : { verdict, supportCount, disagreeCount, supports, disagrees };
    }
    if (at !== ints.length) throw new Error(`an outcome chunk of ${ints.length} numbers was read to ${at}`);
  }
}
