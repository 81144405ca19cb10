// Document in, claims out.
import type { Claim } from '../schema.js';
import type { SourceDocument } from '../read/document.js';
import { DEFAULT_TOLERANCE, type Tolerance } from '../normalize/interval.js';
import { toClaim } from '../normalize/claim.js';
import { findClaims } from './find.js';
import { sentenceStarts } from './sentences.js';
import { applyTableContext } from './table.js';
import { elider } from './elided.js';
import { withDeadlines } from './deadlines.js';
import { tap } from '../iterate.js';

export function* extractDocument(doc: SourceDocument, tolerance: Tolerance = DEFAULT_TOLERANCE): Generator<Claim> {
  const starts = sentenceStarts(doc.text, doc.markdown);
  const elide = elider(doc.text);
  for (const raw of withDeadlines(tap(findClaims(doc.text, starts), elide))) {
    if (doc.cells.length) applyTableContext(raw, doc.cells, (cell) => cell.corner);
    yield toClaim(doc, raw, tolerance);
  }
}
