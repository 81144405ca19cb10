// Text, path and message helpers shared by the sarif, github, junit and markdown formatters.
import path from 'node:path';
import type { Claim, Evidence, Quantity, Report, Verdict } from '../schema.js';
import { reachesLevel } from './verdict-rank.js';
import type { FailOn } from './types.js';

/** Verdicts that can be reported as findings, strongest first. */
export const FINDING_VERDICTS = ['contradicted', 'disputed', 'unverified'] as const;
export type FindingVerdict = (typeof FINDING_VERDICTS)[number];
/** Every verdict, strongest first, for summaries. */
export const VERDICT_ORDER = [...FINDING_VERDICTS, 'supported'] as const;

/** The verdicts reported as findings at this level: those reaching it; all three when it is 'never' or 'supported'. */
export function reportedVerdicts(failOn: FailOn): FindingVerdict[] {
  if (failOn === 'never' || failOn === 'supported') return [...FINDING_VERDICTS];
  return FINDING_VERDICTS.filter((verdict) => reachesLevel(verdict, failOn));
}

/** A checked claim whose verdict is reported at this level; `supported` and unchecked claims never are. */
export function isFinding(claim: Claim, failOn: FailOn): claim is Claim & { verdict: FindingVerdict } {
  const verdict = claim.verdict;
  return verdict !== undefined && verdict !== 'supported' && reportedVerdicts(failOn).includes(verdict);
}

/** The report's findings, in claim order. */
export function findings(report: Report, failOn: FailOn): Array<Claim & { verdict: FindingVerdict }> {
  return report.claims.filter((claim) => isFinding(claim, failOn));
}

/** `file` relative to `cwd`, with forward slashes; `file` may be relative to `cwd` or absolute. */
export function relativePath(file: string, cwd: string): string {
  const rel = path.relative(cwd, path.resolve(cwd, file));
  return (rel === '' ? '.' : rel).split(path.sep).join('/');
}

/** Every character sequence some consumer may treat as a line break. */
const LINE_BREAKS = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/g;
/** Line breaks other than CR and LF, which only some consumers honour. */
const OTHER_LINE_BREAKS = /[\v\f\u0085\u2028\u2029]/g;

/** The text on one line: every kind of line break becomes a space. */
export function oneLine(text: string): string {
  return text.replace(LINE_BREAKS, ' ');
}

/** The text with every line break except CR and LF replaced by a space (for formats that escape CR and LF). */
export function withoutOtherLineBreaks(text: string): string {
  return text.replace(OTHER_LINE_BREAKS, ' ');
}

/** Units that are the kind of number rather than a unit to print after it. */
const BARE_UNITS = new Set(['count', 'ratio', 'year', 'date', '']);

/** The normalized value of a quantity, e.g. `7000000 USD`, `12%`, `1500`. */
export function formatQuantity(quantity: Pick<Quantity, 'value' | 'unit'>): string {
  const value = String(quantity.value);
  if (BARE_UNITS.has(quantity.unit)) return value;
  if (quantity.unit === '%') return `${value}%`;
  return `${value} ${quantity.unit}`;
}

/** How text taken from a document or a file name is made printable in a message. */
export type Render = (text: string) => string;

/** An evidence reference: `sources/a.txt:3 "$5.6 million"`. */
export function evidenceLabel(evidence: Evidence, cwd: string, render: Render = oneLine): string {
  return `${render(relativePath(evidence.file, cwd))}:${evidence.line} "${render(evidence.text)}"`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** `1 source disagrees`, `2 sources disagree`. */
function sourcesThat(count: number, verb: string): string {
  return count === 1 ? `1 source ${verb}s` : `${count} sources ${verb}`;
}

/** Up to `limit` evidence labels joined with `; `, then how many were left out. */
function evidenceList(evidence: Evidence[], cwd: string, total: number, render: Render = oneLine, limit = 3): string {
  const shown = evidence.slice(0, limit).map((e) => evidenceLabel(e, cwd, render));
  const more = Math.max(total, evidence.length) - shown.length;
  if (more > 0) shown.push(`${more} more`);
  return shown.join('; ');
}

/** The evidence list after `separator` (in parentheses after a space), or nothing when there is none. */
function listed(separator: ': ' | ' ', evidence: Evidence[], total: number, cwd: string, render: Render): string {
  if (evidence.length === 0) return '';
  const list = evidenceList(evidence, cwd, total, render);
  return separator === ': ' ? `: ${list}` : ` (${list})`;
}

/**
 * One line describing a claim and its verdict, e.g.
 * `"$7 million" (7000000 USD) is contradicted by 2 sources: sources/a.txt:3 "$5.6 million"; ...`.
 * `render` is applied to every piece of document text and every file name in it.
 */
export function claimMessage(claim: Claim, cwd: string, render: Render = oneLine): string {
  const head = `"${render(claim.text)}" (${formatQuantity(claim.quantity)})`;
  const supports = claim.supports ?? [];
  const disagrees = claim.disagrees ?? [];
  const supportCount = Math.max(claim.supportCount ?? 0, supports.length);
  const disagreeCount = Math.max(claim.disagreeCount ?? 0, disagrees.length);
  const verdict: Verdict | undefined = claim.verdict;
  switch (verdict) {
    case 'contradicted':
      return `${head} is contradicted by ${plural(disagreeCount, 'source')}${listed(': ', disagrees, disagreeCount, cwd, render)}`;
    case 'disputed':
      return (
        `${head} is disputed: ${sourcesThat(disagreeCount, 'disagree')}${listed(' ', disagrees, disagreeCount, cwd, render)}, ` +
        `${sourcesThat(supportCount, 'support')}${listed(' ', supports, supportCount, cwd, render)}`
      );
    case 'supported':
      return `${head} is supported by ${plural(supportCount, 'source')}${listed(': ', supports, supportCount, cwd, render)}`;
    case 'unverified':
      return `${head} is unverified: no source states a comparable value`;
    default:
      return `${head} was not checked`;
  }
}
