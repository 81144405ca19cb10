import type { Verdict } from '../schema.js';
import type { FailOn } from './types.js';

/** Severity order of verdicts, weakest first. `supported` never fails. */
const RANK: Record<Verdict, number> = { supported: 0, unverified: 1, disputed: 2, contradicted: 3 };
const THRESHOLD: Record<FailOn, number> = { never: Infinity, unverified: 1, disputed: 2, contradicted: 3, supported: 4 };

/** True when a claim with this verdict reaches the fail-on level. */
export function reachesLevel(verdict: Verdict | undefined, failOn: FailOn): boolean {
  return verdict !== undefined && RANK[verdict] >= THRESHOLD[failOn];
}
