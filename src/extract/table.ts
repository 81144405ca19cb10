// A figure in a Markdown table cell takes its meaning from the row or column header:
// in `| Parameters | 671bn |` it counts parameters.
import type { TableCell } from '../read/markdown.js';
import type { FoundMeasure } from './measure.js';
import { measureAfter } from './measure.js';

/** Column headers that say nothing about what the figures below them measure. */
const GENERIC_HEADERS = /^(?:value|values|figure|figures|amount|amounts|number|numbers|total|count|data|result|results|metric|detail|details|fact|facts|\d{4}|q[1-4].*|fy.*|)$/i;

function nounPhrase(label: string): FoundMeasure | null {
  const text = ` ${label.replace(/[*_`]/g, '').trim()}`;
  return measureAfter(text, 1, text.length, false);
}

export function measureFromCell(cells: TableCell[], offset: number): FoundMeasure | null {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cell = cells[mid] as TableCell;
    if (offset < cell.start) hi = mid - 1;
    else if (offset >= cell.end) lo = mid + 1;
    else {
      if (cell.firstColumn) return null;
      const header = GENERIC_HEADERS.test(cell.columnHeader.trim()) ? cell.rowHeader : cell.columnHeader;
      const found = nounPhrase(header) ?? nounPhrase(cell.rowHeader);
      return found ? { ...found, end: offset } : null;
    }
  }
  return null;
}
