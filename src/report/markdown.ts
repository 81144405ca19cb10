// A Markdown pull-request comment: a summary line and a table of the findings.
import type { Claim, Evidence, Report, Summary } from '../schema.js';
import { FINDING_VERDICTS, formatQuantity, oneLine, relativePath, VERDICT_ORDER } from './escape.js';
import { DEFAULT_SEVERITY, shownFindings } from './severity.js';
import type { Formatter } from './types.js';
import { printable } from './printable.js';

const EVIDENCE_LIMIT = 3;

/**
 * Text for a table cell: on one line, with HTML, table and inline Markdown syntax neutralized,
 * and `$` as an entity so that two amounts on a line never become a math span.
 */
export function mdText(text: string): string {
  return printable(oneLine(text))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]~|]/g, '\\$&')
    .replace(/\$/g, '&#36;');
}

function summaryOf(report: Report): Summary {
  if (report.summary) return report.summary;
  const count = (verdict: string) => report.claims.filter((c) => c.verdict === verdict).length;
  return {
    claims: report.claims.length,
    supported: count('supported'),
    contradicted: count('contradicted'),
    disputed: count('disputed'),
    unverified: count('unverified'),
  };
}

function summaryLine(report: Report): string {
  const summary = summaryOf(report);
  const claims = `${summary.claims} ${summary.claims === 1 ? 'claim' : 'claims'}`;
  if (report.command === 'extract') return `${claims} extracted, none checked.`;
  return `${claims} checked: ${VERDICT_ORDER.map((v) => `${summary[v]} ${v}`).join(', ')}.`;
}

function evidenceCell(claim: Claim, cwd: string): string {
  const label = (relation: string) => (e: Evidence) =>
    `${relation}: ${mdText(relativePath(e.file, cwd))}:${e.line} "${mdText(e.text)}"`;
  const part = (list: Evidence[] | undefined, total: number | undefined, relation: string) => {
    const items = list ?? [];
    const shown = items.slice(0, EVIDENCE_LIMIT).map(label(relation));
    const more = Math.max(total ?? 0, items.length) - shown.length;
    return more > 0 ? [...shown, `${more} more ${relation}`] : shown;
  };
  const cells = [...part(claim.disagrees, claim.disagreeCount, 'disagrees'), ...part(claim.supports, claim.supportCount, 'supports')];
  return cells.length > 0 ? cells.join('<br>') : 'none';
}

function row(claim: Claim & { verdict: string }, cwd: string): string {
  const text = `"${mdText(claim.text)}" (${mdText(formatQuantity(claim.quantity))})`;
  const location = `${mdText(relativePath(claim.file, cwd))}:${claim.line}:${claim.column}`;
  return `| ${claim.verdict} | ${text} | ${location} | ${evidenceCell(claim, cwd)} |`;
}

function noFindings(report: Report, verdicts: readonly string[]): string {
  if (report.command === 'extract') return 'Nothing was checked.';
  if (verdicts.length === 0) return 'No problems to show.';
  const names = verdicts.length === 1 ? verdicts[0] : `${verdicts.slice(0, -1).join(', ')} or ${verdicts.at(-1)}`;
  return `No ${names} claims.`;
}

export const formatMarkdown: Formatter = (report, options) => {
  const { cwd } = options;
  const severity = options.severity ?? DEFAULT_SEVERITY;
  const flagged = shownFindings(report, severity);
  const lines = ['## claimcheck', '', summaryLine(report), ''];
  if (flagged.length === 0) {
    lines.push(noFindings(report, FINDING_VERDICTS.filter((v) => severity[v] !== 'off')));
  } else {
    lines.push('| Verdict | Claim | Location | Evidence |', '| --- | --- | --- | --- |');
    lines.push(...flagged.map((claim) => row(claim, cwd)));
  }
  if (report.errors.length > 0) {
    lines.push('', ...report.errors.map((e) => `- ${e.severity}: ${mdText(relativePath(e.file, cwd))}: ${mdText(e.message)}`));
  }
  return `${lines.join('\n')}\n`;
};
