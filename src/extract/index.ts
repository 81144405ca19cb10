// Document in, claims out.
import type { Claim } from '../schema.js';
import type { SourceDocument } from '../read/document.js';
import { DEFAULT_TOLERANCE, type Tolerance } from '../normalize/interval.js';
import { toClaim } from '../normalize/claim.js';
import { findClaims } from './find.js';
import { sentenceStarts } from './sentences.js';
import { applyTableContext } from './table.js';
import { withElidedNouns } from './elided.js';

export function* extractDocument(doc: SourceDocument, tolerance: Tolerance = DEFAULT_TOLERANCE): Generator<Claim> {
  const starts = sentenceStarts(doc.text, doc.markdown);
  for (const raw of withElidedNouns(findClaims(doc.text, starts), doc.text)) {
    if (doc.cells.length) applyTableContext(raw, doc.cells, (cell) => cell.corner);
    yield toClaim(doc, raw, tolerance);
  }
}
