// One verdict per claim from all its evidence, not only the listed part.
import type { Summary, Verdict } from '../schema.js';

export interface Tally {
  supports: number;
  disagrees: number;
  factSupports: number;
  factDisagrees: number;
}

/** Facts outrank sources: a claim a fact disagrees with is contradicted whatever the sources say. */
export function verdictOf(t: Tally): Verdict {
  if (t.factDisagrees > 0 && t.factSupports === 0) return 'contradicted';
  if (t.factSupports > 0 && t.factDisagrees === 0) return 'supported';
  if (t.supports > 0 && t.disagrees === 0) return 'supported';
  if (t.disagrees > 0 && t.supports === 0) return 'contradicted';
  if (t.supports > 0 && t.disagrees > 0) return 'disputed';
  return 'unverified';
}

export function summarize(verdicts: Iterable<Verdict | undefined>): Summary {
  const s: Summary = { claims: 0, supported: 0, contradicted: 0, disputed: 0, unverified: 0 };
  for (const v of verdicts) {
    if (!v) continue;
    s.claims++;
    s[v]++;
  }
  return s;
}
