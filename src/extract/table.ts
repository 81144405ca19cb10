// A figure in a Markdown table cell takes its meaning from the headers: in `| Parameters | 671bn |`
// it counts parameters; under `| € million | Q3 2025 |` a bare 4,200 is €4.2 billion of Q3 2025.
import type { TableCell } from '../read/markdown.js';
import type { RawClaim } from './raw-claim.js';
import { isKnownMeasure, type FoundMeasure } from './measure.js';
import { singular } from '../lexicon/words.js';
import { currencyPrefixBefore, currencySuffixAt, scaleAt } from './affixes.js';
import { headerUnit } from './unit-readings.js';

/** Row headers that are not anyone's name. */
const GENERIC_ROWS = /^(?:total|totals|group|overall|all|other|others|average|mean|median|sum|subtotal|net|change)$/i;

/** Column headers that say nothing about what the figures below them measure. */
const GENERIC_HEADERS = /^(?:value|values|figure|figures|amount|amounts|number|numbers|total|count|data|result|results|metric|detail|details|fact|facts|change|%|y\/y|yoy|default|maximum|minimum|max|min|typical|target|actual|estimate|forecast|)$/i;
/** Column headers that name a period: the figures below are of that period. */
const PERIOD_HEADERS = /^(?:q[1-4].*|h[12].*|fy.*|(?:19|20)\d{2}.*|(?:prior|previous|current|last|this|next|same)[ -](?:year|quarter|period|month))$/i;
const UNIT_IN_HEADER = /(?:^|[\s(])((?:US)?\$|€|£|¥|USD|EUR|GBP|CNY|RMB|JPY)\s?(thousand|million|billion|mn|bn|m|k|b)?(?![A-Za-z])|\b(thousand|million|billion|mn|bn|m)\s*(USD|EUR|GBP|CNY|RMB|JPY|dollars|euros|pounds)\b/i;

function cellAt(cells: TableCell[], offset: number): TableCell | null {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cell = cells[mid] as TableCell;
    if (offset < cell.start) hi = mid - 1;
    else if (offset >= cell.end) lo = mid + 1;
    else return cell;
  }
  return null;
}

function label(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\([^)]*\)/g, ' ').trim();
}

const HEADER_PREPOSITIONS = new Set(['to', 'per', 'of', 'in', 'for', 'at', 'from', 'on', 'by', 'with', 'into']);

/**
 * A header names a thing: its last word is the head ("Operating margin" → margin), the rest narrow it.
 * What follows a preposition only qualifies it: "Payload to low orbit" → payload, "Price per launch" → price.
 */
function nounPhrase(text: string): FoundMeasure | null {
  const all = label(text).split(/\s+/).filter((w) => /\p{L}/u.test(w) && !/^\p{P}+$/u.test(w));
  const cut = all.findIndex((w, k) => k > 0 && HEADER_PREPOSITIONS.has(w.toLowerCase()));
  const words = cut > 0 ? all.slice(0, cut) : all;
  const last = words[words.length - 1];
  if (!last) return null;
  return { noun: words.join(' '), lemma: singular(last.replace(/[^\p{L}\p{N}-]/gu, '')), modifiers: words.slice(0, -1).map((w) => w.toLowerCase()), end: 0 };
}

/**
 * The measure of a row under a column that names a period. The row label is the measure ("Net income"),
 * unless the top-left cell names one and the label does not: under "Revenue ($bn)", the row "Cloud" is
 * cloud revenue.
 */
function rowMeasure(rowHeader: string, corner: string): FoundMeasure | null {
  const row = nounPhrase(rowHeader);
  const top = nounPhrase(corner);
  if (!top || !isKnownMeasure(top.lemma) || (row && isKnownMeasure(row.lemma))) return row;
  if (!row) return top;
  const words = headerWords(rowHeader);
  return { noun: `${label(rowHeader)} ${top.noun.toLowerCase()}`, lemma: top.lemma, modifiers: [...words, ...top.modifiers], end: 0 };
}

/** A header's words, lower-cased, for the modifiers of a measure. */
function headerWords(text: string): string[] {
  return label(text).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).map((w) => w.toLowerCase());
}

/** The currency and scale a header states ("€ million", "Revenue ($bn)"), if any. */
function headerMoney(text: string): { iso: string; factor: number } | null {
  const m = UNIT_IN_HEADER.exec(text);
  if (!m) return null;
  const symbol = (m[1] ?? m[4]) as string;
  const scale = (m[2] ?? m[3] ?? '') as string;
  const probe = ` ${symbol}1`;
  const cur = currencyPrefixBefore(probe, probe.length - 1) ?? currencySuffixAt(` ${symbol}`, 0);
  if (!cur) return null;
  // "€ million", "(€m)": the scale word spaced or a letter attached.
  const factor = scale ? (scaleAt(` ${scale}`, 0, true)?.info ?? scaleAt(scale, 0, true)?.info ?? 1) : 1;
  return { iso: cur.info.iso, factor };
}

/** Gives a claim in a table cell its measured thing, subject and, from the headers, its currency. */
export function applyTableContext(raw: RawClaim, cells: TableCell[], topLeft: (cell: TableCell) => string): void {
  const cell = cellAt(cells, raw.start);
  if (!cell || cell.firstColumn) return;
  const columnIsPeriod = PERIOD_HEADERS.test(label(cell.columnHeader));
  const columnIsGeneric = columnIsPeriod || GENERIC_HEADERS.test(label(cell.columnHeader));
  raw.context = `${label(cell.rowHeader)}, ${label(cell.columnHeader)}:`;
  if (!raw.measure) {
    const found = columnIsPeriod ? rowMeasure(cell.rowHeader, topLeft(cell)) : columnIsGeneric ? nounPhrase(cell.rowHeader) : nounPhrase(cell.columnHeader) ?? nounPhrase(cell.rowHeader);
    // Under a column that only says which period or setting ("Q2 FY25", "Prior year", "Maximum"), its words narrow the row's measure.
    const column = columnIsGeneric ? headerWords(cell.columnHeader) : [];
    if (found) raw.measure = { ...found, modifiers: [...found.modifiers, ...column], end: raw.end };
  }
  // Under a column that names the measure, the row header names whose figure it is ("| Drives | 8.1% |").
  if (!raw.subject && !columnIsGeneric) {
    const row = label(cell.rowHeader);
    if (/^\p{Lu}/u.test(row) && !GENERIC_ROWS.test(row) && row.split(/\s+/).length <= 4) raw.subject = row;
  }
  if (raw.kind === 'count' && !raw.percent) {
    const money = headerMoney(cell.columnHeader) ?? headerMoney(topLeft(cell)) ?? headerMoney(cell.rowHeader);
    if (money) {
      raw.kind = 'money';
      raw.currency = { iso: money.iso };
      raw.number *= money.factor;
      raw.halfStep *= money.factor;
      if (raw.upper !== undefined) raw.upper *= money.factor;
    } else {
      applyHeaderUnit(raw, cell, topLeft(cell));
    }
  }
}

/** A bare figure under "Plot size (ha)", "Growth (%)" or "Staff (000s)" takes that unit, share or scale. */
function applyHeaderUnit(raw: RawClaim, cell: TableCell, corner: string): void {
  const found = headerUnit(cell.columnHeader) ?? headerUnit(cell.rowHeader) ?? headerUnit(corner);
  if (!found) return;
  if (found.percent) {
    raw.kind = 'percent';
    raw.percent = found.percent;
  } else if (found.unit) {
    raw.kind = 'quantity';
    raw.unit = found.unit;
    if (found.unitText) raw.unitText = found.unitText;
  } else if (found.scale) {
    raw.number *= found.scale;
    raw.halfStep *= found.scale;
    if (raw.upper !== undefined) raw.upper *= found.scale;
  }
}
