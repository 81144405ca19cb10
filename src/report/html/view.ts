// What the page draws before it decodes the report: the summary bar's counts, which view opens
// first, the story matrix's layout, and the figures of its first rows. A large report is embedded
// compressed, and decoding it is most of the work of opening the page; this lets the first screen
// appear first and the report follow.
import type { Report, Verdict } from '../../schema.js';
import type { HtmlContext } from './context.js';
import { matrixLayout, type MatrixLayout } from './matrix.js';

/** Matrix rows drawn before the report is decoded. */
export const FIRST_ROWS = 60;

export interface PageView {
  /** The view that opens: the draft for a draft checked against sources, the matrix for a corpus. */
  first: 'document' | 'matrix';
  claims: number;
  files: number;
  /** Figures by verdict ("none" for figures not checked), over the figures the document view shows. */
  counts: Partial<Record<Verdict | 'none', number>>;
  firstRows: number;
  matrix: MatrixLayout;
  /** The figures of the first rows, by node: text, line, column and verdict (null when not checked). */
  figures: Record<number, [string, number, number, Verdict | null]>;
}

export function pageView(report: Report, context: HtmlContext): PageView {
  const claims = report.claims;
  const checked = claims.some((c) => c.verdict !== undefined);
  const counts: PageView['counts'] = {};
  for (const c of claims) {
    if (checked && c.verdict === undefined) continue;
    const v = c.verdict ?? 'none';
    counts[v] = (counts[v] ?? 0) + 1;
  }
  const corpus = context.sources.length === 0 && Object.keys(context.documents).length === 0 &&
    claims.some((c) => [...(c.supports ?? []), ...(c.disagrees ?? [])].some((e) => e.file !== c.file && !e.fact));
  const matrix = matrixLayout(report, context.sources);
  const figures: PageView['figures'] = {};
  for (const row of matrix.rows.slice(0, FIRST_ROWS)) {
    for (const [, ns] of matrix.dense ? row.cells : row.cells.slice(0, matrix.sparseShown)) {
      for (const [n] of ns) {
        const c = n < claims.length ? claims[n]! : matrix.extras[n - claims.length]!;
        figures[n] = [c.text, c.line, c.column, 'verdict' in c ? (c.verdict ?? null) : null];
      }
    }
  }
  return { first: corpus ? 'matrix' : 'document', claims: claims.length, files: new Set(claims.map((c) => c.file)).size, counts, firstRows: FIRST_ROWS, matrix, figures };
}
