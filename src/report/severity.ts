// What a verdict is shown as. Showing and failing are separate settings: the severity decides how a
// finding is reported in every format (and whether at all); `--fail-on` alone decides the exit code.
import type { Claim, Report } from '../schema.js';
import type { FindingVerdict } from './escape.js';

export const SEVERITIES = ['error', 'warning', 'note', 'off'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeverityMap = Record<FindingVerdict, Severity>;

/** Contradicted is an error, disputed a warning, unverified a note. */
export const DEFAULT_SEVERITY: SeverityMap = { contradicted: 'error', disputed: 'warning', unverified: 'note' };

/** The default mapping with the config's changes; `quiet` turns off everything below an error. */
export function severityMap(overrides: Partial<SeverityMap> | undefined, quiet = false): SeverityMap {
  const map: SeverityMap = { ...DEFAULT_SEVERITY, ...overrides };
  if (quiet) for (const verdict of Object.keys(map) as FindingVerdict[]) if (map[verdict] !== 'error') map[verdict] = 'off';
  return map;
}

/** A claim's severity; supported and unchecked claims have none. */
export function severityOf(claim: Pick<Claim, 'verdict'>, map: SeverityMap = DEFAULT_SEVERITY): Severity {
  const verdict = claim.verdict;
  if (verdict === undefined || verdict === 'supported') return 'off';
  return map[verdict];
}

/** The claims a report shows as problems, in claim order. */
export function shownFindings(report: Report, map: SeverityMap = DEFAULT_SEVERITY): Array<Claim & { verdict: FindingVerdict }> {
  return report.claims.filter((c): c is Claim & { verdict: FindingVerdict } => severityOf(c, map) !== 'off');
}

/** How many claims have each severity. */
export function severityCounts(claims: Iterable<Pick<Claim, 'verdict'>>, map: SeverityMap = DEFAULT_SEVERITY): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0, off: 0 };
  for (const c of claims) counts[severityOf(c, map)]++;
  return counts;
}
