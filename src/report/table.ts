// The terminal view. `extract`: one row per claim. `check`: grouped by claim, with the verdict and
// the source lines that agree and disagree under it, and a summary line last.
import type { Claim, Evidence, Report } from '../schema.js';
import type { FormatOptions } from './types.js';
import { displayQuantity } from './display.js';
import { paint, VERDICT_COLORS } from './colors.js';
import { oneLine } from './escape.js';
import { printable } from './printable.js';

/** Document text on one line, every control escaped. */
const shown = (text: string) => printable(oneLine(text));

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function measureOf(c: Claim): string {
  if (!c.measure) return c.kind;
  const mods = c.measure.modifiers.length ? `${c.measure.modifiers.join(' ')} ` : '';
  return `${c.kind}: ${mods}${c.measure.lemma}${c.subject ? ` (${c.subject})` : ''}`;
}

/** Rows used to size the columns; later rows keep those widths, so the table can stream. */
const SIZING_ROWS = 500;

function extractRow(c: Claim): string[] {
  return [`${printable(c.file)}:${c.line}:${c.column}`, clip(shown(c.text), 48), displayQuantity(c.quantity), measureOf(c)];
}

/**
 * The `extract` table, a chunk at a time: columns are sized on the first rows, so a file with a
 * million claims is never held whole.
 */
export function* extractTableChunks(claims: Iterable<Claim>, options: FormatOptions): Generator<string> {
  const widths = [0, 0, 0];
  const pending: string[][] = [];
  let count = 0;
  const files = new Set<string>();
  const line = (r: string[]) => `${r.map((cell, i) => (i < 3 ? cell.padEnd(widths[i] as number) : cell)).join('  ').trimEnd()}\n`;
  for (const c of claims) {
    count++;
    files.add(c.file);
    const row = extractRow(c);
    if (pending.length < SIZING_ROWS && count <= SIZING_ROWS) {
      pending.push(row);
      for (let i = 0; i < 3; i++) widths[i] = Math.min(60, Math.max(widths[i] as number, (row[i] as string).length));
      continue;
    }
    while (pending.length) yield line(pending.shift() as string[]);
    yield line(row);
  }
  for (const row of pending) yield line(row);
  const read = options.run?.files ?? files.size;
  yield `${paint(options.color, 'dim', `${count} claim${count === 1 ? '' : 's'} in ${read} file${read === 1 ? '' : 's'}`)}\n`;
}

function evidenceLine(mark: string, e: Evidence, options: FormatOptions): string {
  const why = options.explain && e.score !== undefined ? paint(options.color, 'dim', `  [score ${e.score.toFixed(2)}${e.reason ? `: ${printable(e.reason)}` : ''}]`) : '';
  return `    ${mark} ${printable(e.file)}:${e.line}:${e.column}  "${clip(shown(e.text), 60)}"${why}`;
}

function checkTable(report: Report, options: FormatOptions): string {
  const out: string[] = [];
  for (const c of report.claims) {
    if (!c.verdict) continue;
    const label = paint(options.color, VERDICT_COLORS[c.verdict], c.verdict.toUpperCase().padEnd(12));
    out.push(`${label} ${printable(c.file)}:${c.line}:${c.column}  "${clip(shown(c.text), 60)}"  ${displayQuantity(c.quantity)}  ${paint(options.color, 'dim', measureOf(c))}`);
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
  const errors = report.errors.map((e) => `${e.severity}: ${printable(e.file)}: ${printable(e.message)}`);
  const body = report.command === 'check' ? checkTable(report, options) : [...extractTableChunks(report.claims, options)].join('');
  return body + (errors.length ? errors.join('\n') + '\n' : '');
}
