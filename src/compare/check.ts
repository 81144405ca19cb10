// Claims in, checked claims out: each claim with the claims elsewhere that support it or disagree.
// Candidates are found through an index by unit, measured thing and subject, never all pairs.
import type { Claim, Evidence, Quantity } from '../schema.js';
import { buildLexicon, type MeasureLexicon } from './lexicon.js';
import { MIN_DISAGREE_SCORE, pair, type Pairing } from './pair.js';
import { namesIn, profileOf, type Profile } from './profile.js';
import { summarize, verdictOf } from './verdict.js';

export interface CheckInput {
  /** Claims to check, each with the index of the file it came from. */
  checked: { claim: Claim; fileIndex: number }[];
  /** Claims to check against. In corpus mode these are the checked claims themselves. */
  sources: { claim: Claim; fileIndex: number }[];
  /** Claims from a facts file: they outrank sources. */
  facts?: Claim[];
  /** Corpus mode: compare only with claims in other files. */
  otherFilesOnly: boolean;
  maxEvidence: number;
  synonyms?: Record<string, string[]>;
  /** The name each file is mainly about, by file index. */
  subjects?: Map<number, string>;
}

const NONE = '\u2205';

function overlaps(a: Quantity, b: Quantity): boolean {
  const lowA = a.low ?? -Infinity;
  const highA = a.high ?? Infinity;
  const lowB = b.low ?? -Infinity;
  const highB = b.high ?? Infinity;
  return lowA <= highB && lowB <= highA;
}

function evidence(b: Profile, p: Pairing): Evidence {
  const c = b.claim;
  const e: Evidence = { id: c.id, file: c.file, line: c.line, column: c.column, text: c.text, value: c.quantity.value, unit: c.quantity.unit, low: c.quantity.low, high: c.quantity.high, score: p.score, reason: p.reason };
  if (b.fact) e.fact = true;
  return e;
}

class Index {
  private buckets = new Map<string, Profile[]>();
  add(p: Profile): void {
    const subjects = new Set<string>([p.ownSubject ?? NONE, ...p.names]);
    for (const k of p.keys) for (const s of subjects) {
      const key = `${p.unitKey}|${k}|${s}`;
      let list = this.buckets.get(key);
      if (!list) this.buckets.set(key, (list = []));
      list.push(p);
    }
  }
  *candidates(a: Profile): Generator<Profile> {
    const seen = new Set<Profile>();
    const subjects = new Set<string>([a.ownSubject ?? NONE, NONE, ...a.names]);
    if (a.subject) subjects.add(a.subject);
    for (const k of a.keys) for (const s of subjects) {
      for (const b of this.buckets.get(`${a.unitKey}|${k}|${s}`) ?? []) {
        if (seen.has(b)) continue;
        seen.add(b);
        yield b;
      }
    }
  }
}

/** The name each file's claims are most often about: named as subject, or named in their sentences. */
export function fileSubjects(claims: { claim: Claim; fileIndex: number }[]): Map<number, string> {
  const counts = new Map<number, Map<string, number>>();
  const seenSentences = new Set<string>();
  for (const { claim, fileIndex } of claims) {
    let m = counts.get(fileIndex);
    if (!m) counts.set(fileIndex, (m = new Map()));
    if (claim.subject && claim.kind !== 'year') m.set(claim.subject, (m.get(claim.subject) ?? 0) + 3);
    const key = `${fileIndex}\u0000${claim.sentence}`;
    if (seenSentences.has(key)) continue;
    seenSentences.add(key);
    for (const name of namesIn(claim.sentence)) m.set(name, (m.get(name) ?? 0) + 1);
  }
  const out = new Map<number, string>();
  for (const [file, m] of counts) {
    const best = [...m].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
    if (best && best[1] >= 2) out.set(file, best[0]);
  }
  return out;
}

const byStrength = (x: { p: Pairing; b: Profile }, y: { p: Pairing; b: Profile }) => y.p.score - x.p.score || x.b.order - y.b.order;

export function checkClaims(input: CheckInput): { claims: Claim[]; summary: ReturnType<typeof summarize> } {
  const lexicon: MeasureLexicon = buildLexicon(input.synonyms);
  const context = input.subjects ?? fileSubjects([...input.sources, ...(input.sources === input.checked ? [] : input.checked)]);
  const index = new Index();
  let order = 0;
  const sourceProfiles = new Map<Claim, Profile>();
  for (const { claim, fileIndex } of input.sources) {
    const p = profileOf(claim, order++, fileIndex, lexicon, false, context.get(fileIndex) ?? null);
    if (p) {
      index.add(p);
      sourceProfiles.set(claim, p);
    }
  }
  for (const claim of input.facts ?? []) {
    const p = profileOf(claim, order++, -1, lexicon, true);
    if (p) index.add(p);
  }
  const out: Claim[] = [];
  for (const { claim, fileIndex } of input.checked) {
    const a = sourceProfiles.get(claim) ?? profileOf(claim, order++, fileIndex, lexicon, false, context.get(fileIndex) ?? null);
    const supports: { p: Pairing; b: Profile }[] = [];
    const disagrees: { p: Pairing; b: Profile }[] = [];
    const tally = { supports: 0, disagrees: 0, factSupports: 0, factDisagrees: 0 };
    if (a) {
      for (const b of index.candidates(a)) {
        if (b === a || (input.otherFilesOnly && b.fileIndex === a.fileIndex)) continue;
        const p = pair(a, b, lexicon);
        if (!p) continue;
        if (overlaps(a.claim.quantity, b.claim.quantity)) {
          supports.push({ p, b });
          if (b.fact) tally.factSupports++;
          else tally.supports++;
        } else if (p.score >= MIN_DISAGREE_SCORE) {
          disagrees.push({ p, b });
          if (b.fact) tally.factDisagrees++;
          else tally.disagrees++;
        }
      }
    }
    supports.sort(byStrength);
    disagrees.sort(byStrength);
    out.push({
      ...claim,
      verdict: verdictOf(tally),
      supports: supports.slice(0, input.maxEvidence).map((x) => evidence(x.b, x.p)),
      disagrees: disagrees.slice(0, input.maxEvidence).map((x) => evidence(x.b, x.p)),
      supportCount: supports.length,
      disagreeCount: disagrees.length,
    });
  }
  return { claims: out, summary: summarize(out.map((c) => c.verdict)) };
}
