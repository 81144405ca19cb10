// Checked claims: each claim completed with its verdict and the claims elsewhere that support it or
// disagree with it. The comparison itself is in `Comparison`; this turns its outcomes into evidence.
import type { Claim, Evidence } from '../schema.js';
import { Comparison, type CompareSettings, type Outcome, type Shown } from './comparison.js';
import type { Pairing } from './pair.js';
import type { Comparable } from './profile.js';

export interface Located {
  claim: Claim;
  /** Which input file it came from. */
  fileIndex: number;
}

/** Claims by position, each with the index of the file it came from (a `ClaimStore`, or `listOf` an array). */
export interface ClaimList {
  readonly length: number;
  /** The claim to report, `check`'s fields unset. */
  claim(i: number): Claim;
  /** What comparison reads of it. */
  comparable(i: number): Comparable;
  fileIndex(i: number): number;
}

/** An array of located claims as a `ClaimList`. */
export function listOf(located: readonly Located[]): ClaimList {
  return {
    get length() {
      return located.length;
    },
    claim: (i) => (located[i] as Located).claim,
    comparable: (i) => (located[i] as Located).claim,
    fileIndex: (i) => (located[i] as Located).fileIndex,
  };
}

export interface CheckInput extends Partial<CompareSettings> {
  /** Claims to check. */
  checked: ClaimList;
  /** Claims to check against. In corpus mode these are the checked claims themselves. */
  sources: ClaimList;
  /** Claims from a facts file: they outrank sources. */
  facts?: Claim[];
  /** The name each file is mainly about, by file index (see `mainSubject`). */
  subjects: Map<number, string>;
}

/**
 * The evidence a source gives: one object per source, shared by every claim it speaks for. With
 * `explain` there is one for each pairing score and reason; without, one in all.
 */
export class EvidenceBook {
  private readonly sources: ClaimList;
  private readonly facts: readonly Claim[];
  private readonly explain: boolean;
  /** Most sources are shown with one score only: the first is kept here, any others in `more`. */
  private readonly firstKey: (number | string | undefined)[] = [];
  private readonly first: (Evidence | undefined)[] = [];
  private readonly more = new Map<number, Map<number | string, Evidence>>();

  constructor(sources: ClaimList, facts: readonly Claim[], explain: boolean) {
    this.sources = sources;
    this.facts = facts;
    this.explain = explain;
  }

  of(order: number, p: Pairing): Evidence {
    const key = this.explain ? `${p.score}\u0000${p.reason}` : 0;
    if (this.firstKey[order] === key) return this.first[order] as Evidence;
    if (this.first[order] === undefined) {
      this.firstKey[order] = key;
      return (this.first[order] = this.evidence(order, p));
    }
    let more = this.more.get(order);
    if (!more) this.more.set(order, (more = new Map()));
    let e = more.get(key);
    if (!e) more.set(key, (e = this.evidence(order, p)));
    return e;
  }

  private evidence(order: number, p: Pairing): Evidence {
    const fact = order >= this.sources.length;
    const c = fact ? (this.facts[order - this.sources.length] as Claim) : this.sources.claim(order);
    const e: Evidence = { file: c.file, line: c.line, column: c.column, text: c.text, value: c.quantity.value, unit: c.quantity.unit };
    if (this.explain) {
      e.score = p.score;
      e.reason = p.reason;
    }
    if (fact) e.fact = true;
    return e;
  }
}

function evidenceList(shown: Shown[], book: EvidenceBook): Evidence[] {
  const out = new Array<Evidence>(shown.length);
  for (let i = 0; i < shown.length; i++) {
    const s = shown[i] as Shown;
    out[i] = book.of(s.order, s.p);
  }
  return out;
}

/** Completes the claim in place: a copy of every claim would cost more than all of checking. */
export function complete(claim: Claim, outcome: Outcome, book: EvidenceBook): Claim {
  claim.verdict = outcome.verdict;
  claim.supports = evidenceList(outcome.supports, book);
  claim.disagrees = evidenceList(outcome.disagrees, book);
  claim.supportCount = outcome.supportCount;
  claim.disagreeCount = outcome.disagreeCount;
  if (outcome.nearest) claim.nearest = book.of(outcome.nearest.order, outcome.nearest.p);
  return claim;
}

export function settingsOf(input: Partial<CompareSettings>): CompareSettings {
  return {
    otherFilesOnly: input.otherFilesOnly ?? true,
    maxEvidence: input.maxEvidence ?? 20,
    explain: input.explain ?? false,
    synonyms: input.synonyms ?? {},
    ...(input.weights ? { weights: input.weights } : {}),
  };
}

/**
 * Checks every claim in this thread; yields each as soon as it is done, so output can stream. The
 * checked claims are the given objects, with the verdict and evidence fields added.
 */
export function* checkClaimsStream(input: CheckInput): Generator<Claim> {
  const settings = settingsOf(input);
  const comparison = new Comparison(settings);
  const context = input.subjects;
  const { sources, checked } = input;
  for (let i = 0; i < sources.length; i++) {
    const fileIndex = sources.fileIndex(i);
    comparison.addSource(sources.comparable(i), fileIndex, context.get(fileIndex) ?? null);
  }
  const facts = input.facts ?? [];
  comparison.seal(facts);
  const book = new EvidenceBook(sources, facts, settings.explain);
  // In corpus mode the checked claims are the sources: their profiles are made once.
  const checkedAreSources = checked === sources;
  if (!checkedAreSources) {
    for (let i = 0; i < checked.length; i++) {
      const fileIndex = checked.fileIndex(i);
      comparison.addChecked(checked.comparable(i), fileIndex, context.get(fileIndex) ?? null);
    }
  }
  for (let i = 0; i < checked.length; i++) {
    const outcome = checkedAreSources ? comparison.ofSource(i) : comparison.ofChecked(i);
    yield complete(checked.claim(i), outcome, book);
  }
}
