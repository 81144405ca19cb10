// Claims in, outcomes out: each checked claim's verdict, its evidence counts, and the evidence to
// list, strongest first. Sources are added one by one (as they are read), then the index is sealed,
// then claims are checked. Evidence is named by its source's position, so an outcome can be handed
// from one thread to another as plain numbers.
import type { Verdict } from '../schema.js';
import { buildLexicon, type MeasureLexicon } from './lexicon.js';
import { mayDisagree, pair, type Pairing } from './pair.js';
import { profileOf, type Comparable, type Profile } from './profile.js';
import { verdictOf } from './verdict.js';
import { bound, fileBound, highOf, Index, lowOf, type Group } from './claim-index.js';
import { shippedWeights, waterfall, type PairWeights } from './pair-weights.js';
import { ValueLinks } from './value-links.js';
import { alignedElsewhere, SentenceFigures } from './alignment.js';
import { keptApart } from './nearest.js';
import { noCommonWord } from './narrowing.js';
import { onOpenSide } from './place.js';
const NO_CANDIDATES: Candidates = { scored: [], loose: [] };

/** Members of a group looked at, nearest in value first, for a disagreement judged on sameness alone. */
const SAMENESS_SCAN_LIMIT = 12;
/**
 * Members of a group looked at, nearest in value first, for a disagreement by a sure pairing: enough
 * to fill the listed evidence and to find one not kept apart, without walking a large group.
 */
const RULE_SCAN_LIMIT = 24;

export interface CompareSettings {
  /** Corpus mode: compare only with claims in other files. */
  otherFilesOnly: boolean;
  maxEvidence: number;
  /** Give each piece of evidence the reason it was paired. */
  explain: boolean;
  synonyms: Record<string, string[]>;
  /** Pairing weights (see `pair-weights`); the shipped ones when not given. */
  weights?: PairWeights;
}

/** A piece of evidence to list: the source's position (sources first, then facts) and how it paired. */
export interface Shown {
  order: number;
  p: Pairing;
}

export interface Outcome {
  verdict: Verdict;
  supportCount: number;
  disagreeCount: number;
  /** At most `maxEvidence` each, strongest pairing first, then input order. */
  supports: Shown[];
  disagrees: Shown[];
  /** With `explain`, for an unverified claim: the closest candidate, its reason saying what kept them apart. */
  nearest?: Shown;
}

/** How many members of a group are looked at to list evidence (counts are always exact). */
const EVIDENCE_SCAN_LIMIT = 200;

interface Candidates {
  /** Groups that pair with the claim, strongest first. */
  scored: { g: Group; p: Pairing }[];
  /** Single claims that pair with it, reached through loose links. */
  loose: { b: Profile; p: Pairing }[];
}

type Found = { p: Pairing; b: Profile };

const byStrength = (x: Found, y: Found) => y.p.score - x.p.score || x.b.order - y.b.order;

/** Strongest pairing first, then input order; lists taken from one group are in that order already. */
function sortByStrength(list: Found[]): void {
  for (let i = 1; i < list.length; i++) {
    if (byStrength(list[i - 1] as Found, list[i] as Found) > 0) {
      list.sort(byStrength);
      return;
    }
  }
}

/** The first `max` of a sorted list: a list of its own length, as it is kept with the claim. */
function listed(list: Found[], max: number): Shown[] {
  const n = Math.min(list.length, max);
  const out = new Array<Shown>(n);
  for (let i = 0; i < n; i++) {
    const x = list[i] as Found;
    out[i] = { order: x.b.order, p: x.p };
  }
  return out;
}

/**
 * Whether an equal value in another file says that file states the claim's fact: its measure does not
 * name another thing ("order intake" is not "revenue"), or the value is too precise to meet by chance.
 */
function statesSameFact(a: Profile, b: Profile, lexicon: MeasureLexicon): boolean {
  return a.linkOnly || b.linkOnly || lexicon.relate(a.lemma, b.lemma) !== null || significantDigits(a.value) >= 3;
}

/** "67.3" has three, "4.9 billion" two, "2,000" one. */
function significantDigits(x: number): number {
  const digits = Math.abs(x).toPrecision(12).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
  return digits.length;
}

/** A claim is not its own evidence, nor, in corpus mode, is a claim of its own file. */
function excluded(a: Profile, b: Profile, otherFilesOnly: boolean): boolean {
  return b === a || (otherFilesOnly && b.fileIndex === a.fileIndex);
}

/**
 * Where a file's figures of one measure are kept: its file, unit, measured thing, and what else tells
 * its figures apart as facts (setting, period, level or change, earlier figure, rate, goal, tier, narrowing words).
 */
const measureInFile = (p: Profile) =>
  `${p.fileIndex}\u0001${p.unitKey}\u0001${p.lemma}\u0001${p.frames.join(',')}\u0001${p.years.join(',')}\u0001${p.quarters.join(',')}\u0001${p.action ?? ''}\u0001${p.prior}\u0001${p.difference}\u0001${p.rate ?? ''}\u0001${p.goal}\u0001${p.earlier}\u0001${p.tiers.join(',')}\u0001${p.narrowers.join(',')}`;

/** Figures kept per file and measure: two of different values are enough to know a file gives several. */
const FILE_MEASURE_LIMIT = 4;

function overlapsProfile(a: Profile, b: Profile): boolean {
  return lowOf(a) <= highOf(b) && lowOf(b) <= highOf(a);
}

export class Comparison {
  private readonly lexicon: MeasureLexicon;
  private readonly index = new Index();
  private readonly settings: CompareSettings;
  private readonly links: ValueLinks;
  private order = 0;
  private sealed = false;
  /** Each source's profile, by its position; null for a claim that is not compared. */
  private readonly sourceProfiles: (Profile | null)[] = [];
  /** Each checked claim's profile, by its position, when checked claims are not the sources. */
  private readonly checkedProfiles: (Profile | null)[] = [];
  private readonly sentences = new SentenceFigures();
  /** A few figures of each measure in each source file (see `soleValueInFile`). */
  private readonly fileMeasures = new Map<string, Profile[]>();
  /** `soleValueInFile` of each claim by its order, once asked: 0 not yet, 1 yes, 2 no. */
  private sole = new Uint8Array(0);
  /**
   * Claims alike in all that pairing reads (signature, subject, unit and the names in their sentence
   * that matter) have the same candidates with the same scores: they are found and scored once.
   */
  private readonly memo = new Map<string, Map<string, Candidates>>();

  constructor(settings: CompareSettings) {
    this.settings = settings;
    this.lexicon = buildLexicon(settings.synonyms);
    this.links = new ValueLinks(this.lexicon, settings.weights ?? shippedWeights());
  }

  /** How many pairs of claims have been compared level by level (the costly test): the work done, for tests. */
  get comparisons(): number {
    return this.links.compared;
  }

  /** How many sources have been added. */
  get sourceCount(): number {
    return this.sourceProfiles.length;
  }

  /** `context`: the name the source's file is mainly about, if any. */
  addSource(claim: Comparable, fileIndex: number, context: string | null): void {
    if (this.sealed) throw new Error('sources come before facts and checks');
    const p = profileOf(claim, this.order++, fileIndex, this.lexicon, false, context);
    this.sourceProfiles.push(p);
    if (p) {
      this.sentences.add(p, claim.sentence);
      if (!p.linkOnly) {
        this.index.add(p);
        const key = measureInFile(p);
        const list = this.fileMeasures.get(key);
        if (!list) this.fileMeasures.set(key, [p]);
        else if (list.length < FILE_MEASURE_LIMIT) list.push(p);
      }
      this.links.add(p);
      this.links.files.addSentence(claim.sentence, fileIndex);
    }
  }

  /** Adds the facts, which outrank sources, and seals the index: no more sources after this. */
  seal(facts: readonly Comparable[]): void {
    for (const claim of facts) {
      const p = profileOf(claim, this.order++, -1, this.lexicon, true);
      if (p && !p.linkOnly) this.index.add(p);
    }
    this.index.seal();
    this.sole = new Uint8Array(this.order);
    this.sealed = true;
  }

  /** The outcome for the source at `position` (corpus mode: every source is also checked). */
  ofSource(position: number): Outcome {
    return this.outcome(this.sourceProfiles[position] ?? null);
  }

  /**
   * Adds a claim that is not a source (a draft's), to be checked by its position with `ofChecked`: all
   * of a sentence's figures are known before any of them is checked.
   */
  addChecked(claim: Comparable, fileIndex: number, context: string | null): void {
    const p = profileOf(claim, this.order++, fileIndex, this.lexicon, false, context);
    if (p) this.sentences.add(p, claim.sentence);
    this.checkedProfiles.push(p);
  }

  /** The outcome for the checked claim at `position`. */
  ofChecked(position: number): Outcome {
    return this.outcome(this.checkedProfiles[position] ?? null);
  }

  private candidates(a: Profile): Candidates {
    let alike = this.memo.get(a.groupKey);
    if (!alike) this.memo.set(a.groupKey, (alike = new Map()));
    const linked = this.index.linkedNames(a);
    const names = linked.join('\u0001');
    let found = alike.get(names);
    if (found) return found;
    const explain = this.settings.explain;
    const { groups, loose } = this.index.lookup(a, linked);
    const scored: { g: Group; p: Pairing }[] = [];
    for (const g of groups) {
      const p = pair(a, g.members[0] as Profile, this.lexicon, explain);
      if (p) scored.push({ g, p });
    }
    scored.sort((x, y) => y.p.score - x.p.score || (x.g.members[0] as Profile).order - (y.g.members[0] as Profile).order);
    const pairedLoose: { b: Profile; p: Pairing }[] = [];
    for (const b of loose) {
      const p = pair(a, b, this.lexicon, explain);
      if (p) pairedLoose.push({ b, p });
    }
    alike.set(names, (found = { scored, loose: pairedLoose }));
    return found;
  }

  /** A pairing judged the same fact on all but the values: with `explain`, each level's part in that. */
  private judgedSame(a: Profile, b: Profile, p: Pairing): Pairing {
    if (!this.settings.explain) return p;
    const { score, row } = this.links.same(a, b);
    const weights = this.settings.weights ?? shippedWeights();
    return { score: p.score, reason: `${p.reason}; the same fact by all but the values (${score.toFixed(2)} of at least ${weights.sameAt}): ${waterfall(weights.same, row)}` };
  }

  /**
   * The closest candidate of an unverified claim: in the strongest pairing group, the member nearest
   * in value; else the first loosely paired claim; else the first claim of its measure that did not pair.
   */
  private nearest(a: Profile, scored: Candidates['scored'], loose: Candidates['loose'], agreeingFiles: Set<number>): Shown | null {
    const { otherFilesOnly } = this.settings;
    const say = (b: Profile, p: Pairing | null): Shown => {
      const apart = agreeingFiles.has(b.fileIndex) || alignedElsewhere(a, b);
      return { order: b.order, p: { score: p?.score ?? 0, reason: keptApart(a, b, p, apart, this.links.same(a, b).score) } };
    };
    let best: { b: Profile; p: Pairing; d: number } | null = null;
    for (const { g, p } of scored) {
      for (let i = 0; i < g.members.length && i < EVIDENCE_SCAN_LIMIT; i++) {
        const b = g.members[i] as Profile;
        if (excluded(a, b, otherFilesOnly)) continue;
        const d = Math.abs(b.value - a.value);
        if (!best || d < best.d) best = { b, p, d };
      }
      if (best) return say(best.b, best.p);
    }
    for (const { b, p } of loose) if (!excluded(a, b, otherFilesOnly)) return say(b, p);
    if (a.linkOnly) return null;
    const { groups } = this.index.lookup(a, this.index.linkedNames(a));
    for (const g of groups) {
      for (let i = 0; i < g.members.length && i < EVIDENCE_SCAN_LIMIT; i++) {
        const b = g.members[i] as Profile;
        if (!excluded(a, b, otherFilesOnly)) return say(b, null);
      }
    }
    return null;
  }

  /**
   * Whether `b` is the only value its file gives its measure: a file that gives several ("1,200 requests
   * a minute for Pro, 5,000 for Enterprise") leaves open which one a claim's figure answers, so the
   * measure alone cannot set the claim against any of them.
   */
  private soleValueInFile(b: Profile): boolean {
    // Known once the sources are in: worked out once per claim, by its order (0: not yet, 1: yes, 2: no).
    const known = this.sole[b.order];
    if (known) return known === 1;
    const list = this.fileMeasures.get(measureInFile(b));
    let sole = true;
    if (list) for (const c of list) if (c !== b && !overlapsProfile(b, c)) sole = false;
    this.sole[b.order] = sole ? 1 : 2;
    return sole;
  }

  private isSame(a: Profile, b: Profile): boolean {
    return this.links.same(a, b).score >= (this.settings.weights ?? shippedWeights()).sameAt;
  }

  /**
   * The members of `g` that differ from `a` in value and may disagree with it, nearest first: by a sure
   * pairing (`byRule`), else by being the same fact on all but the values; never one kept `apart`.
   */
  private disagreeing(a: Profile, g: Group, otherFilesOnly: boolean, byRule: boolean, apart: (b: Profile) => boolean): Profile[] {
    const out: Profile[] = [];
    const limit = byRule ? RULE_SCAN_LIMIT : SAMENESS_SCAN_LIMIT;
    const ok = (b: Profile) => !excluded(a, b, otherFilesOnly) && !apart(b) && ((byRule && this.soleValueInFile(b)) || this.isSame(a, b));
    const n = g.members.length;
    const above = bound(g.lows, highOf(a), true);
    for (let i = above, k = 0; i < n && k < limit; i++, k++) {
      const b = g.byLow[i] as Profile;
      if (ok(b)) out.push(b);
    }
    const below = bound(g.highs, lowOf(a), false);
    for (let i = below - 1, k = 0; i >= 0 && k < limit; i--, k++) {
      const b = g.byHigh[i] as Profile;
      if (ok(b)) out.push(b);
    }
    return out;
  }

  /** Supports from equal values in other files that pairing by measure did not already count. */
  private addValueLinks(a: Profile, { scored, loose }: Candidates, supports: Found[], tally: { supports: number; factSupports: number }, agreeingFiles: Set<number>): void {
    // A claim already paired by measure is passed over before it is compared.
    const counted = (b: Profile) => {
      const g = this.index.groupOfOrder(b.order);
      return (g !== undefined && scored.some((x) => x.g === g)) || loose.some((x) => x.b === b);
    };
    for (const { b, score, reason } of this.links.linksOf(a, this.settings.explain, counted)) {
      supports.push({ p: { score, reason, agreeOnly: true }, b });
      if (statesSameFact(a, b, this.lexicon)) agreeingFiles.add(b.fileIndex);
      tally.supports++;
    }
  }

  private outcome(a: Profile | null): Outcome {
    if (!this.sealed) throw new Error('seal the comparison before checking claims');
    const { maxEvidence: max, otherFilesOnly } = this.settings;
    const supports: Found[] = [];
    const disagrees: Found[] = [];
    const tally = { supports: 0, disagrees: 0, factSupports: 0, factDisagrees: 0 };
    // The files that state a figure agreeing with the claim: a file states a fact once, so its other
    // figures of the measure are other facts (another period, segment or column), never a disagreement.
    const agreeingFiles = new Set<number>();
    const { scored, loose } = a && !a.linkOnly ? this.candidates(a) : NO_CANDIDATES;
    if (a && !a.linkOnly) {
      for (const { g, p } of scored) {
        const n = g.members.length;
        let agree = n - (n - bound(g.lows, highOf(a), true)) - bound(g.highs, lowOf(a), false);
        const own = fileBound(g.byFileFiles, a.fileIndex, false);
        const ownEnd = fileBound(g.byFileFiles, a.fileIndex, true);
        if (otherFilesOnly) {
          // The claim's own file is left out whole, counted off its sorted stretch without a walk.
          agree -= ownEnd - own - (ownEnd - bound(g.fileLows, highOf(a), true, own, ownEnd)) - (bound(g.fileHighs, lowOf(a), false, own, ownEnd) - own);
        } else {
          for (let k = own; k < ownEnd; k++) {
            const b = g.byFile[k] as Profile;
            if (excluded(a, b, otherFilesOnly) && overlapsProfile(a, b)) agree--;
          }
        }
        if ((g.members[0] as Profile).fact) tally.factSupports += agree;
        else tally.supports += agree;
        // List evidence, strongest groups first: the earliest agreeing members.
        // In file order, the claim's own file is one stretch, passed over at once.
        const skip = otherFilesOnly && g.byFile === g.members && ownEnd > own;
        // The walk reads the group's columns; a member itself only when it agrees.
        const { memberLows: lows, memberHighs: highs, memberFiles: files } = g;
        const lo = lowOf(a);
        const hi = highOf(a);
        const file = a.fileIndex;
        for (let i = 0, k = 0; agree > 0 && i < n && k < EVIDENCE_SCAN_LIMIT; i++, k++) {
          if (skip && i === own) i = ownEnd;
          if (i >= n) break;
          const f = files[i] as number;
          // Not excluded (the claim itself, or in corpus mode its file), and overlapping.
          if ((otherFilesOnly && f === file) || !(lo <= (highs[i] as number) && (lows[i] as number) <= hi)) continue;
          const b = g.members[i] as Profile;
          if (b === a) continue;
          agreeingFiles.add(f);
          if (supports.length < max) supports.push({ p, b });
        }
      }
      for (const { b, p } of loose) {
        if (excluded(a, b, otherFilesOnly) || !overlapsProfile(a, b)) continue;
        supports.push({ p, b });
        agreeingFiles.add(b.fileIndex);
        if (b.fact) tally.factSupports++;
        else tally.supports++;
      }
    }
    // A file linked by an equal value states this fact there: its other figures are other facts.
    if (a) this.addValueLinks(a, { scored, loose }, supports, tally, agreeingFiles);
    if (a && !a.linkOnly) {
      const apart = (b: Profile) => agreeingFiles.has(b.fileIndex) || alignedElsewhere(a, b) || noCommonWord(a.segments, b.segments) || onOpenSide(a, b);
      for (const { g, p } of scored) {
        const n = g.members.length;
        const agree = n - (n - bound(g.lows, highOf(a), true)) - bound(g.highs, lowOf(a), false);
        if (agree === n || p.agreeOnly) continue;
        // Disagreeing members, nearest in value first: by a sure pairing, or, when the pairing is not
        // sure enough, by being the same fact on all but the values.
        const byRule = mayDisagree(p);
        const same = this.disagreeing(a, g, otherFilesOnly, byRule, apart);
        if ((g.members[0] as Profile).fact) tally.factDisagrees += same.length;
        else tally.disagrees += same.length;
        for (const b of same) if (disagrees.length < max) disagrees.push({ p: byRule ? p : this.judgedSame(a, b, p), b });
      }
      for (const { b, p } of loose) {
        if (excluded(a, b, otherFilesOnly) || overlapsProfile(a, b) || apart(b)) continue;
        if (mayDisagree(p) || (!p.agreeOnly && this.isSame(a, b))) {
          disagrees.push({ p: mayDisagree(p) ? p : this.judgedSame(a, b, p), b });
          if (b.fact) tally.factDisagrees++;
          else tally.disagrees++;
        }
      }
    }
    sortByStrength(supports);
    sortByStrength(disagrees);
    const verdict = verdictOf(tally);
    if (a && verdict === 'unverified' && this.settings.explain) {
      const nearest = this.nearest(a, scored, loose, agreeingFiles);
      if (nearest) return { verdict, supportCount: 0, disagreeCount: 0, supports: [], disagrees: [], nearest };
    }
    return {
      verdict,
      supportCount: tally.supports + tally.factSupports,
      disagreeCount: tally.disagrees + tally.factDisagrees,
      supports: listed(supports, max),
      disagrees: listed(disagrees, max),
    };
  }
}
