// The default terminal view of `check`, as ESLint's "stylish": problems first, grouped by file, one
// line each; supported claims only counted, and listed with --verbose. A summary line closes it.
import type { Claim, Report } from '../schema.js';
import type { FormatOptions } from './types.js';
import { paint, type Color } from './colors.js';
import { claimMessage, oneLine, relativePath } from './escape.js';
import { formatTable } from './table.js';
import { printable } from './printable.js';
import { DEFAULT_SEVERITY, severityOf, type Severity } from './severity.js';

const LABEL_COLOR: Record<Severity | 'ok', Color> = { error: 'red', warning: 'yellow', note: 'blue', off: 'gray', ok: 'green' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The summary line: problems by severity, then every verdict, then what was left out. */
export function stylishSummary(report: Report, options: FormatOptions, counts: Record<Severity, number>): string {
  const problems = counts.error + counts.warning + counts.note;
  const head = `${plural(problems, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.note, 'note')})`;
  const s = report.summary;
  const files = options.run ? ` in ${plural(options.run.files, 'file')}` : '';
  const verdicts = s ? `${plural(s.claims, 'claim')} checked${files}: ${s.supported} supported, ${s.contradicted} contradicted, ${s.disputed} disputed, ${s.unverified} unverified` : '';
  const suppressed = options.run?.suppressed ? `, ${options.run.suppressed} suppressed` : '';
  const color: Color = counts.error ? 'red' : counts.warning ? 'yellow' : 'green';
  return `${paint(options.color, color, `${problems ? '✖' : '✔'} ${head}`)}\n${verdicts}${suppressed}\n`;
}

export function formatStylish(report: Report, options: FormatOptions): string {
  if (report.command !== 'check') return formatTable(report, options);
  const map = options.severity ?? DEFAULT_SEVERITY;
  const cwd = options.cwd;
  const byFile = new Map<string, Array<{ claim: Claim; label: Severity | 'ok' }>>();
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0, off: 0 };
  for (const claim of report.claims) {
    if (!claim.verdict) continue;
    const severity = severityOf(claim, map);
    counts[severity]++;
    const label = severity !== 'off' ? severity : options.verbose ? 'ok' : null;
    if (!label) continue;
    const file = relativePath(claim.file, cwd);
    const list = byFile.get(file) ?? [];
    list.push({ claim, label });
    byFile.set(file, list);
  }
  const out: string[] = [];
  for (const [file, rows] of byFile) {
    out.push(paint(options.color, 'bold', printable(file)));
    const width = Math.max(...rows.map((r) => `${r.claim.line}:${r.claim.column}`.length));
    for (const { claim, label } of rows) {
      const where = `${claim.line}:${claim.column}`.padEnd(width);
      const tag = paint(options.color, LABEL_COLOR[label], label.padEnd(7));
      out.push(`  ${paint(options.color, 'dim', where)}  ${tag}  ${claimMessage(claim, cwd, (text) => printable(oneLine(text)))}  ${paint(options.color, 'dim', claim.verdict!)}`);
    }
    out.push('');
  }
  const errors = report.errors.map((e) => `${e.severity}: ${printable(e.file)}: ${printable(e.message)}\n`).join('');
  return out.join('\n') + (out.length ? '\n' : '') + stylishSummary(report, options, counts) + errors;
}
