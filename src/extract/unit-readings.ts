// Units read by what surrounds them: a symbol with two readings ("kt": knots or kilotonnes, "nm": nanometres
// or nautical miles) takes the one its neighbouring words point to; "pounds of copper" weigh; and a table
// header's bracket ("Plot size (ha)", "Output (kt)", "Height (m)") gives the unit of the bare figures below.
import { AMBIGUOUS_HEADER_SYMBOLS, AMBIGUOUS_SYMBOLS, WEIGHED_MATERIALS, type UnitReading } from '../data/ambiguous-units.js';
import type { UnitForm } from '../data/units.js';
import { percentAt, scaleAt, unitAt, type PercentInfo } from './affixes.js';

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}]+)?/gu;

/** The reading of an ambiguous symbol whose cue words occur most often in `context`, and how often; the first on a tie. */
function bestReading(readings: readonly UnitReading[], context: string): { reading: UnitReading; hits: number } {
  const words = context.toLowerCase().match(WORD) ?? [];
  let best = readings[0] as UnitReading;
  let bestHits = 0;
  for (const reading of readings) {
    let hits = 0;
    for (const w of words) if (reading.cues.includes(w)) hits++;
    if (hits > bestHits) {
      best = reading;
      bestHits = hits;
    }
  }
  return { reading: best, hits: bestHits };
}

/** The reading of an ambiguous symbol that the words of `context` point to; the first reading when none do. */
export function readingIn(symbol: string, context: string, table = AMBIGUOUS_SYMBOLS): UnitReading | null {
  const readings = table.get(symbol);
  return readings ? bestReading(readings, context).reading : null;
}

/** Words this far either side of a figure, within its paragraph, are its context when its sentence has no cue. */
const CONTEXT_REACH = 120;

/**
 * The unit an ambiguous symbol written after a figure stands for, or null when `written` is not one. The
 * sentence decides; without a cue in it, the words around it in the same paragraph ("Range matters. At 6,900 nm").
 */
export function unitByContext(written: string, text: string, start: number, end: number, sentence: [number, number]): UnitForm | null {
  const readings = AMBIGUOUS_SYMBOLS.get(written);
  if (!readings) return null;
  const own = bestReading(readings, text.slice(sentence[0], sentence[1]));
  if (own.hits > 0) return own.reading.unit ?? null;
  let from = Math.max(0, start - CONTEXT_REACH);
  let to = Math.min(text.length, end + CONTEXT_REACH);
  const breakBefore = text.lastIndexOf('\n\n', start);
  const breakAfter = text.indexOf('\n\n', end);
  if (breakBefore >= from) from = breakBefore;
  if (breakAfter >= 0 && breakAfter < to) to = breakAfter;
  return bestReading(readings, text.slice(from, to)).reading.unit ?? null;
}

const POUND: UnitForm = { dimension: 'mass', base: 'kg', factor: 0.45359237 };
const OF_MATERIAL = /^[\s\u00a0]+of[\s\u00a0]+(?:(?:the|its|their|raw|fresh|refined|payable|recovered|contained)[\s\u00a0]+)?([\p{L}-]+)/u;

/** "30 million pounds of nickel": pounds of a material weigh; the mass unit, or null. */
export function weighedPounds(text: string, end: number): UnitForm | null {
  const m = OF_MATERIAL.exec(text.slice(end, end + 40));
  return m && WEIGHED_MATERIALS.has((m[1] as string).toLowerCase()) ? POUND : null;
}

/** What a header's bracket says of the bare figures below it. */
export interface HeaderUnit {
  unit?: UnitForm;
  unitText?: string;
  percent?: PercentInfo;
  scale?: number;
}

/** "(000s)", "('000)": figures in thousands. */
const THOUSANDS = /^['’]?000['’]?s?$/;
const BRACKETS = /\(([^()]{1,24})\)/g;
/** A period after the unit or scale: "(k/month)", "(MW per site)" — the figure is still in that unit. */
const PER_TAIL = /^[\s\u00a0]*(?:\/|per[\s\u00a0])/;

/** The unit, percentage or scale a header names in brackets: "Plot size (ha)", "Growth (%)", "Staff (000s)". */
export function headerUnit(header: string): HeaderUnit | null {
  for (const m of header.matchAll(BRACKETS)) {
    const inside = (m[1] as string).trim();
    const whole = (stop: number) => stop === inside.length || PER_TAIL.test(inside.slice(stop));
    const reading = readingIn(inside, header.slice(0, m.index), AMBIGUOUS_HEADER_SYMBOLS);
    if (reading) return reading.unit ? { unit: reading.unit, unitText: inside } : { scale: reading.scale ?? 1 };
    // Read as if written after a figure, spaced ("1 ha") or attached ("1%"); `whole` takes offsets in `inside`.
    const spaced = `1 ${inside}`;
    const attached = `1${inside}`;
    const pct = percentAt(attached, 1);
    // "(% Cu)", "(% of GDP)": a share of whatever follows.
    if (pct) return { percent: pct.info };
    if (THOUSANDS.test(inside)) return { scale: 1e3 };
    const unit = unitAt(spaced, 1);
    if (unit && whole(unit.end - 2)) return { unit: unit.info, unitText: unit.text.trim() };
    const symbol = unitAt(attached, 1);
    if (symbol && whole(symbol.end - 1)) return { unit: symbol.info, unitText: symbol.text.trim() };
    const scale = scaleAt(spaced, 1, false);
    if (scale && whole(scale.end - 2)) return { scale: scale.info };
    const letter = scaleAt(attached, 1, true);
    if (letter && whole(letter.end - 1)) return { scale: letter.info };
  }
  return null;
}
