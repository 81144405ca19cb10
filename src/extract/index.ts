// Document in, claims out.
import type { Claim } from '../schema.js';
import type { SourceDocument } from '../read/document.js';
import { DEFAULT_TOLERANCE, type Tolerance } from '../normalize/interval.js';
import { toClaim } from '../normalize/claim.js';
import { findClaims } from './find.js';
import { sentenceStarts } from './sentences.js';
import { applyTableContext } from './table.js';
import { elider } from './elided.js';

export function* extractDocument(doc: SourceDocument, tolerance: Tolerance = DEFAULT_TOLERANCE): Generator<Claim> {
  const starts = sentenceStarts(doc.text, doc.markdown);
  const elide = elider(doc.text);
  for (const found of findClaims(doc.text, starts)) {
    const raw = elide(found);
    if (doc.cells.length) applyTableContext(raw, doc.cells, (cell) => cell.corner);
    yield toClaim(doc, raw, tolerance);
  }
}
