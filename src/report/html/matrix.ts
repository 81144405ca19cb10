// The story matrix, laid out when the page is written: one row per fact (figures the check linked,
// directly or through one another), one column per source. Rows where the sources disagree come
// first, and the disagreeing figures are marked. The page draws it from this layout, so a large
// report's first rows appear before the report itself is decoded.
import type { Claim, Evidence, Report } from '../../schema.js';
import { positionKey } from './context.js';

/** A figure the matrix shows: a report claim, or a position only the evidence names. */
type Node = Claim | Evidence;

/** Up to this many sources, one column each; beyond, a row lists the sources it has. */
export const DENSE_LIMIT = 24;
/** A row of a wide matrix shows this many sources (those with marked figures first); the rest on request. */
export const SPARSE_SHOWN = 8;

export interface MatrixLayout {
  /** The sources, in the order their first figure appears. */
  columns: string[];
  /** One column per source; otherwise each row's cells are ordered marked ones first, then by source. */
  dense: boolean;
  sparseShown: number;
  /** Figures the evidence names that are not report claims; node `claims.length + k` is `extras[k]`. */
  extras: Evidence[];
  /** Rows, disagreeing first: a label, whether sources disagree, and each source's cell (column, [node, marked]...). */
  rows: MatrixRow[];
}

export interface MatrixRow {
  label: string;
  disagree: boolean;
  cells: Array<[number, Array<[number, 0 | 1]>]>;
}

const isClaim = (n: Node): n is Claim => 'quantity' in n;

/** The value a figure gives, as the matrix compares it: value and unit (a currency for money). */
function valueKey(n: Node): string {
  if (!isClaim(n)) return `${n.value} ${n.unit}`;
  const q = n.quantity;
  return `${q.value} ${q.currency ? q.currency : q.unit}`;
}

function rowLabel(list: number[], nodes: Node[]): string {
  const at = list.find((i) => isClaim(nodes[i]!));
  const c = nodes[at === undefined ? list[0]! : at]!;
  if (!isClaim(c)) return c.text;
  const what = c.measure ? c.measure.noun : c.kind;
  return [c.subject ?? '', what].filter(Boolean).join(' \u00b7 ') || c.text;
}

/** Lays out the matrix of a report; `sources` are claims read for evidence the report does not hold. */
export function matrixLayout(report: Report, sources: Claim[]): MatrixLayout {
  const claims = report.claims;
  const nodes: Node[] = [];
  const extras: Evidence[] = [];
  const index = new Map<string, number>();
  const known = new Map<string, Claim>();
  for (const c of sources) known.set(positionKey(c.file, c.line, c.column), c);
  const add = (key: string, n: Node, extra?: Evidence): number => {
    let i = index.get(key);
    if (i === undefined) {
      i = nodes.length;
      nodes.push(n);
      index.set(key, i);
      if (extra) extras.push(extra);
    }
    return i;
  };
  for (const c of claims) add(positionKey(c.file, c.line, c.column), c);
  const disagreeing = new Set<number>();
  const edges: Array<[number, number]> = [];
  claims.forEach((c, i) => {
    for (const [list, against] of [[c.supports, false], [c.disagrees, true]] as const) {
      for (const e of list ?? []) {
        const key = positionKey(e.file, e.line, e.column);
        const n = index.get(key) ?? add(key, known.get(key) ?? e, e);
        edges.push([i, n]);
        if (against) disagreeing.add(i).add(n);
      }
    }
  });
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  for (const [a, b] of edges) {
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  const members = new Map<number, number[]>();
  for (let i = 0; i < nodes.length; i++) {
    const r = find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  }
  const columns = [...new Set(nodes.map((n) => n.file))];
  const columnOf = new Map(columns.map((f, i) => [f, i]));
  const rows: Array<MatrixRow & { first: number; size: number }> = [];
  for (const list of members.values()) {
    if (list.length < 2) continue;
    const cells = new Map<number, number[]>();
    for (const n of list) {
      const col = columnOf.get(nodes[n]!.file)!;
      const cell = cells.get(col);
      if (cell) cell.push(n);
      else cells.set(col, [n]);
    }
    // A figure is marked when it is on a side of a disagreement and its value is not the one most
    // sources give (every such figure, when no value has a majority of sources).
    const votes = new Map<string, number>();
    for (const ns of cells.values()) for (const v of new Set(ns.map((n) => valueKey(nodes[n]!)))) votes.set(v, (votes.get(v) ?? 0) + 1);
    const ranked = [...votes.entries()].sort((a, b) => b[1] - a[1]);
    const mode = ranked.length === 1 || (ranked.length > 1 && ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null;
    const marked = (n: number): 0 | 1 => (disagreeing.has(n) && valueKey(nodes[n]!) !== mode ? 1 : 0);
    const rowCells = [...cells.entries()].sort((a, b) => a[0] - b[0]).map(([col, ns]): [number, Array<[number, 0 | 1]>] => [col, ns.map((n) => [n, marked(n)])]);
    const disagree = rowCells.some(([, ns]) => ns.some(([, m]) => m === 1));
    rows.push({ label: rowLabel(list, nodes), disagree, cells: rowCells, first: list[0]!, size: cells.size });
  }
  rows.sort((a, b) => Number(b.disagree) - Number(a.disagree) || b.size - a.size || a.first - b.first);
  const dense = columns.length <= DENSE_LIMIT;
  if (!dense) {
    for (const row of rows) {
      const isMarked = ([, ns]: [number, Array<[number, 0 | 1]>]) => ns.some(([, m]) => m === 1);
      row.cells = row.cells.filter(isMarked).concat(row.cells.filter((c) => !isMarked(c)));
    }
  }
  return { columns, dense, sparseShown: SPARSE_SHOWN, extras, rows: rows.map(({ label, disagree, cells }) => ({ label, disagree, cells })) };
}
