// Raw finds to reported claims: values in base units or whole currency units, with their interval,
// and positions in the file as the user has it.
import type { Claim, Quantity } from '../schema.js';
import type { RawClaim } from '../extract/raw-claim.js';
import type { SourceDocument } from '../read/document.js';
import { lineColumn, toOriginal } from '../read/offsets.js';
import { boundsOf, tidy, type Tolerance } from './interval.js';
import { own } from '../strings.js';
import { sentenceWindow } from './sentence-window.js';

function unitOf(raw: RawClaim): { unit: string; factor: number; offset: number; floor: number | null } {
  const unit = termUnitOf(raw);
  if (raw.per) {
    unit.unit = `${unit.unit}/${raw.per.label}`;
    unit.factor /= raw.per.factor;
  }
  return unit;
}

function termUnitOf(raw: RawClaim): { unit: string; factor: number; offset: number; floor: number | null } {
  if (raw.currency) return { unit: raw.currency.iso, factor: raw.currency.factor ?? 1, offset: 0, floor: 0 };
  if (raw.percent) return { unit: raw.percent.unit, factor: raw.percent.factor, offset: 0, floor: null };
  if (raw.unit) return { unit: raw.unit.base, factor: raw.unit.factor, offset: raw.unit.offset ?? 0, floor: raw.unit.base === 'degC' ? null : 0 };
  const unit = raw.kind === 'year' ? 'year' : raw.kind === 'date' ? 'date' : raw.kind === 'ratio' ? 'ratio' : 'count';
  return { unit, factor: 1, offset: 0, floor: raw.kind === 'count' && raw.number >= 0 ? 0 : null };
}

export function quantityOf(raw: RawClaim, tolerance: Tolerance): Quantity {
  const { unit, factor, offset, floor } = unitOf(raw);
  const conv = (x: number) => x * factor + offset;
  const value = conv(raw.number);
  const halfStep = raw.halfStep * Math.abs(factor);
  const upper = raw.upper !== undefined ? { value: conv(raw.upper), halfStep: (raw.upperHalfStep ?? 0) * Math.abs(factor) } : undefined;
  const exactKind = raw.kind === 'year' || raw.kind === 'date';
  const bounds = exactKind
    ? { low: upper ? value : value, high: upper ? upper.value : value }
    : boundsOf(value, halfStep, raw.qualifier, raw.near, floor, tolerance, upper);
  const shown = upper ? (value + upper.value) / 2 : value;
  // Every field is set, undefined where it does not apply (JSON leaves those out): quantities then
  // share one shape, which keeps the code reading them fast.
  return {
    value: tidy(shown),
    unit,
    low: bounds.low === null ? null : tidy(bounds.low),
    high: bounds.high === null ? null : tidy(bounds.high),
    qualifier: raw.qualifier,
    currency: raw.currency ? raw.currency.iso : undefined,
    currencyAssumed: raw.currency?.assumed ? true : undefined,
    originalUnit: raw.unitText ? own(raw.unitText) : undefined,
  };
}

let lastSentence = { raw: '', clean: '' };

/** White-space runs to one space. The last sentence is remembered: figures often share one. */
function clean(s: string): string {
  if (s === lastSentence.raw) return lastSentence.clean;
  // Any white space but a lone plain space (tabs, breaks, U+2028/U+2029, every Unicode space) is collapsed.
  const out = own(/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ').trim() : s.trim());
  if (s.length > 40) lastSentence = { raw: s, clean: out };
  return out;
}

/** Builds the reported claim, positions mapped back into the original file. */
export function toClaim(doc: SourceDocument, raw: RawClaim, tolerance: Tolerance): Claim {
  const start = toOriginal(doc.map, raw.start);
  const end = toOriginal(doc.map, raw.end - 1) + 1;
  // The position reported is the figure's: a qualifier that ends the line before stays in the text.
  const from = lineColumn(doc.lines, raw.figureStart === undefined ? start : toOriginal(doc.map, raw.figureStart));
  const to = lineColumn(doc.lines, end);
  const [sStart, sEnd] = sentenceWindow(toOriginal(doc.map, raw.sentence[0]), toOriginal(doc.map, Math.max(raw.sentence[0], raw.sentence[1] - 1)) + 1, start, end);
  const m = raw.measure;
  const measure = m
    ? { noun: own(m.noun), lemma: own(m.lemma), modifiers: m.modifiers.map(own), head: m.head ? own(m.head) : undefined, doer: m.doer ? own(m.doer) : undefined, elided: m.elided ? true : undefined }
    : null;
  return {
    // Joined, not templated: a join builds one flat string, where a template leaves a chain of
    // pieces that `check` would keep in memory with every claim.
    id: [doc.file, from.line, from.column].join(':'),
    file: doc.file,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    start,
    end,
    text: clean(doc.original.slice(start, end)),
    sentence: clean(`${raw.context ? `${raw.context} ` : ''}${doc.original.slice(sStart, sEnd)}`),
    kind: raw.kind,
    quantity: quantityOf(raw, tolerance),
    measure,
    subject: raw.subject === null ? null : own(raw.subject),
    reference: raw.reference && !raw.subject ? own(raw.reference) : undefined,
    // What `check` adds, in place from the start: claims of one shape, with no storage added later.
    verdict: undefined,
    supports: undefined,
    disagrees: undefined,
    supportCount: undefined,
    disagreeCount: undefined,
  };
}
