// Markdown structure that matters for claims: which spans hold none (front matter, code, comments,
// link targets) and which table cell a claim sits in, with that cell's headers.
import { blankSpans, spansOf, PLAIN_TEXT_NOISE, type Span } from './mask.js';

export interface TableCell {
  start: number;
  end: number;
  /** Text of the first cell in the row. */
  rowHeader: string;
  /** Text of the header cell above. */
  columnHeader: string;
  /** True when the cell is the row's first cell. */
  firstColumn: boolean;
  /** Text of the table's top-left header cell, which often names the unit ("€ million"). */
  corner: string;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  const re = /[^\r\n]*(?:\r\n?|\n|$)/g;
  for (let m = re.exec(text); m && m[0] !== ''; m = re.exec(text)) {
    const body = m[0].replace(/[\r\n]+$/, '');
    lines.push({ start: m.index, end: m.index + body.length, text: body });
  }
  return lines;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_SEPARATOR = /^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$/;

function cellsOf(line: Line): { start: number; end: number; text: string }[] {
  const cells: { start: number; end: number; text: string }[] = [];
  const re = /[^|]+/g;
  const body = line.text;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m.index > 0 && body[m.index - 1] === '\\') continue;
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (!trimmed && (m.index === 0 || m.index + raw.length === body.length)) continue;
    cells.push({ start: line.start + m.index + lead, end: line.start + m.index + lead + trimmed.length, text: trimmed });
  }
  return cells;
}

export interface MarkdownLayout {
  masked: string;
  cells: TableCell[];
}

/** Masks what holds no claims and finds the table cells. */
export function layoutMarkdown(text: string): MarkdownLayout {
  const spans: Span[] = [];
  const blank = (start: number, end: number) => spans.push({ start, end });
  const lines = splitLines(text);
  const cells: TableCell[] = [];
  let i = 0;
  // Front matter: YAML (---) or TOML (+++) at the very top.
  const first = lines[0]?.text.trim();
  if (first === '---' || first === '+++') {
    for (let j = 1; j < lines.length; j++) {
      if ((lines[j] as Line).text.trim() === first || (first === '---' && (lines[j] as Line).text.trim() === '...')) {
        blank(0, (lines[j] as Line).end);
        i = j + 1;
        break;
      }
    }
  }
  let previousBlank = true;
  let inList = false;
  for (; i < lines.length; i++) {
    const line = lines[i] as Line;
    const fence = FENCE.exec(line.text);
    if (fence) {
      const marker = (fence[1] as string)[0] as string;
      let j = i + 1;
      while (j < lines.length && !new RegExp(`^ {0,3}\\${marker}{${(fence[1] as string).length},}\\s*$`).test((lines[j] as Line).text)) j++;
      blank(line.start, (lines[Math.min(j, lines.length - 1)] as Line).end);
      i = j;
      previousBlank = false;
      continue;
    }
    const isBlank = line.text.trim() === '';
    if (!isBlank && /^( {4}|\t)/.test(line.text) && previousBlank && !inList) {
      let j = i;
      while (j < lines.length && (/^( {4}|\t)/.test((lines[j] as Line).text) || (lines[j] as Line).text.trim() === '')) j++;
      blank(line.start, (lines[j - 1] as Line).end);
      i = j - 1;
      previousBlank = true;
      continue;
    }
    if (/^\s{0,3}([-*+]|\d{1,9}[.)])\s/.test(line.text)) inList = true;
    else if (isBlank) inList = inList && false;
    // Tables: a header row followed by a separator row.
    const next = lines[i + 1];
    if (line.text.includes('|') && next && TABLE_SEPARATOR.test(next.text) && next.text.includes('-')) {
      const headers = cellsOf(line).map((c) => c.text);
      let j = i + 2;
      for (; j < lines.length && (lines[j] as Line).text.includes('|') && (lines[j] as Line).text.trim() !== ''; j++) {
        const row = cellsOf(lines[j] as Line);
        row.forEach((cell, k) => {
          cells.push({ start: cell.start, end: cell.end, rowHeader: row[0]?.text ?? '', columnHeader: headers[k] ?? '', firstColumn: k === 0, corner: headers[0] ?? '' });
        });
      }
      blank(next.start, next.end);
      i = j - 1;
      previousBlank = false;
      continue;
    }
    previousBlank = isBlank;
  }
  spans.push(...spansOf(text, [...INLINE, ...PLAIN_TEXT_NOISE]));
  return { masked: blankSpans(text, spans), cells };
}

const INLINE = [
  /<!--[\s\S]*?(?:-->|$)/g, // HTML comments
  /(`+)[^`]*?\1/g, // inline code
  /(?<keep>\])\([^)]*\)/g, // link targets
  /\[\^[^\]]+\]/g, // footnote markers
  /^ {0,3}\[(?!\^)[^\]]+\]:[ \t]*(?:<[^>]*>|\S+)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/gm, // link reference definitions
  /<\/?[A-Za-z][^>]*>/g, // HTML tags
  // Heading hashes, list bullets and ordered-list numbers are structure, not claims.
  // Heading hashes with a section number ("## 4. Costs", "### 3.2.1 Scope"), bullets, quote marks and
  // ordered-list numbers are structure, not claims.
  /^\s{0,3}(?:#{1,6}[ \t]+(?:\d+(?:\.\d+)*\.[ \t]|\d+(?:\.\d+){2,}[ \t])?|[-*+]\s|>\s?|\d{1,9}[.)]\s)/gm,
  /^\s{0,3}\[\^[^\]]+\]:/gm, // footnote definition labels
];
