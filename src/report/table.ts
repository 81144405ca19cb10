// The terminal view. `extract`: one row per claim. `check`: grouped by claim, with the verdict and
// the source lines that agree and disagree under it, and a summary line last.
import type { Claim, Evidence, Report } from '../schema.js';
import type { FormatOptions } from './types.js';
import { displayQuantity } from './display.js';
import { paint, VERDICT_COLORS } from './colors.js';

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ');

function measureOf(c: Claim): string {
  if (!c.measure) return c.kind;
  const mods = c.measure.modifiers.length ? `${c.measure.modifiers.join(' ')} ` : '';
  return `${c.kind}: ${mods}${c.measure.lemma}${c.subject ? ` (${c.subject})` : ''}`;
}

function extractTable(report: Report, options: FormatOptions): string {
  const rows = report.claims.map((c) => [`${c.file}:${c.line}:${c.column}`, clip(oneLine(c.text), 48), displayQuantity(c.quantity), measureOf(c)]);
  const widths = [0, 1, 2].map((i) => Math.min(60, Math.max(0, ...rows.map((r) => (r[i] as string).length))));
  const lines = rows.map((r) => r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] as number) : cell)).join('  ').trimEnd());
  lines.push(paint(options.color, 'dim', `${report.claims.length} claim${report.claims.length === 1 ? '' : 's'} in ${new Set(report.claims.map((c) => c.file)).size} file(s)`));
  return lines.join('\n') + '\n';
}

function evidenceLine(mark: string, e: Evidence, options: FormatOptions): string {
  const why = options.explain ? paint(options.color, 'dim', `  [score ${e.score.toFixed(2)}${e.reason ? `: ${e.reason}` : ''}]`) : '';
  return `    ${mark} ${e.file}:${e.line}:${e.column}  "${clip(oneLine(e.text), 60)}"${why}`;
}

function checkTable(report: Report, options: FormatOptions): string {
  const out: string[] = [];
  for (const c of report.claims) {
    if (!c.verdict) continue;
    const label = paint(options.color, VERDICT_COLORS[c.verdict], c.verdict.toUpperCase().padEnd(12));
    out.push(`${label} ${c.file}:${c.line}:${c.column}  "${clip(oneLine(c.text), 60)}"  ${displayQuantity(c.quantity)}  ${paint(options.color, 'dim', measureOf(c))}`);
    for (const e of c.disagrees ?? []) out.push(evidenceLine(paint(options.color, 'red', '✗ disagrees'), e, options));
    const moreD = (c.disagreeCount ?? 0) - (c.disagrees?.length ?? 0);
    if (moreD > 0) out.push(`    … ${moreD} more disagreeing`);
    for (const e of c.supports ?? []) out.push(evidenceLine(paint(options.color, 'green', '✓ supports '), e, options));
    const moreS = (c.supportCount ?? 0) - (c.supports?.length ?? 0);
    if (moreS > 0) out.push(`    … ${moreS} more supporting`);
  }
  const s = report.summary;
  if (s) {
    out.push('');
    out.push(
      `${s.claims} claim${s.claims === 1 ? '' : 's'} checked: ` +
        [
          paint(options.color, 'green', `${s.supported} supported`),
          paint(options.color, 'red', `${s.contradicted} contradicted`),
          paint(options.color, 'yellow', `${s.disputed} disputed`),
          paint(options.color, 'gray', `${s.unverified} unverified`),
        ].join(', '),
    );
  }
  return out.join('\n') + '\n';
}

export function formatTable(report: Report, options: FormatOptions): string {
  const errors = report.errors.map((e) => `${e.severity}: ${e.file}: ${e.message}`);
  const body = report.command === 'check' ? checkTable(report, options) : extractTable(report, options);
  return body + (errors.length ? errors.join('\n') + '\n' : '');
}
