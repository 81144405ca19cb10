// One input file, decoded, repaired and prepared for claim finding.
import { repairMojibake } from './mojibake.js';
import { layoutMarkdown, type TableCell } from './markdown.js';
import { blankSpans, spansOf, PLAIN_TEXT_NOISE } from './mask.js';
import { lineStarts, type OffsetMap } from './offsets.js';

export interface SourceDocument {
  /** The path as the user named it (or the stdin name). */
  file: string;
  /** The decoded file, as it is: positions refer to it. */
  original: string;
  /** Repaired and masked text, for finding claims. Same length as the repaired text. */
  text: string;
  /** Takes offsets in `text` back to `original`. */
  map: OffsetMap;
  /** Start offsets of the original's lines. */
  lines: number[];
  markdown: boolean;
  cells: TableCell[];
}

const MARKDOWN_EXT = /\.(md|markdown|mdown|mkd|mdx)$/i;

export function isMarkdownName(file: string): boolean {
  return MARKDOWN_EXT.test(file);
}

/** Prepares decoded text for claim finding. */
export function prepareDocument(file: string, original: string, markdown = isMarkdownName(file)): SourceDocument {
  const repaired = repairMojibake(original);
  let text: string;
  let cells: TableCell[] = [];
  if (markdown) {
    const layout = layoutMarkdown(repaired.text);
    text = layout.masked;
    cells = layout.cells;
  } else {
    text = blankSpans(repaired.text, spansOf(repaired.text, PLAIN_TEXT_NOISE));
  }
  return { file, original, text, map: repaired.map, lines: lineStarts(original), markdown, cells };
}
