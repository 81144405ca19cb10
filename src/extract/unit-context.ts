// Units read from the words around a figure: powers of a length ("6 km^3", "3 km cubed"), fuel use per
// 100 km, a temperature's bare "C" or "F" ("-4C", "25 C" about weather), pence written "212p", and a
// temperature difference ("warmed by 3.6 Fahrenheit") converted without the scale's offset.
import type { UnitForm } from '../data/units.js';
import type { CurrencyForm } from '../data/currencies.js';
import { FRACTION_WORDS } from '../data/number-words.js';

const POWER_AFTER = /(?:\^([23])|([²³])|[ \t\u00a0]+(squared|cubed))(?![\p{L}\p{N}])/uy;

/** A length raised to a power: an area or a volume. */
export function poweredLength(text: string, pos: number, unit: UnitForm): { unit: UnitForm; end: number } | null {
  POWER_AFTER.lastIndex = pos;
  const m = POWER_AFTER.exec(text);
  if (!m) return null;
  const cube = m[1] === '3' || m[2] === '³' || m[3]?.toLowerCase() === 'cubed';
  return {
    unit: cube ? { dimension: 'volume', base: 'm3', factor: unit.factor ** 3 } : { dimension: 'area', base: 'm2', factor: unit.factor ** 2 },
    end: pos + m[0].length,
  };
}

const PER_100_KM = /[ \t\u00a0]?\/[ \t\u00a0]?100[ \t\u00a0]?km(?![\p{L}\p{N}])/uy;

/** "4.5 l/100 km": a volume per 100 km is fuel use, in cubic metres per metre. */
export function per100km(text: string, pos: number, unit: UnitForm): { unit: UnitForm; end: number } | null {
  PER_100_KM.lastIndex = pos;
  const m = PER_100_KM.exec(text);
  return m ? { unit: { dimension: 'rate', base: 'm3/m', factor: unit.factor / 1e5 }, end: pos + m[0].length } : null;
}

const LITRE: UnitForm = { dimension: 'volume', base: 'm3', factor: 1e-3 };
const LITRES_BEFORE_100_KM = /[ \t\u00a0]?[lL](?=[ \t\u00a0]?\/[ \t\u00a0]?100[ \t\u00a0]?km(?![\p{L}\p{N}]))/uy;

/** The "l" of "l/100 km", which alone is no unit. */
export function litresPer100At(text: string, pos: number): { end: number; text: string; info: UnitForm } | null {
  LITRES_BEFORE_100_KM.lastIndex = pos;
  const m = LITRES_BEFORE_100_KM.exec(text);
  return m ? { end: pos + m[0].length, text: m[0], info: LITRE } : null;
}

const CELSIUS: UnitForm = { dimension: 'temperature', base: 'degC', factor: 1 };
const FAHRENHEIT: UnitForm = { dimension: 'temperature', base: 'degC', factor: 5 / 9, offset: -160 / 9 };
const TEMPERATURE_LETTER = /([ \t\u00a0]?)([CF])(?![\p{L}\p{N}'’])/uy;
// Weather, the body, and the kitchen ("roast at 190C", "preheat the oven to 180C").
const TEMPERATURE_WORDS = /temperat|weather|\bhot|\bcold|warm|heat|\bcool|boil|freez|melt|fever|thermo|°|\blows?\b|\bhighs?\b|frost|chill|\bdegrees\b|\boven|\bbak(?:e|ed|es|ing)\b|\broast|\bgrill|\bfry|\bfried|\bsimmer|\bcook|\bsear/i;

/** "-4C", "25 C": Celsius or Fahrenheit by its letter, where the words around speak of temperature. */
export function temperatureLetterAt(text: string, pos: number): { end: number; text: string; info: UnitForm } | null {
  TEMPERATURE_LETTER.lastIndex = pos;
  const m = TEMPERATURE_LETTER.exec(text);
  if (!m || !/\d/.test(text[pos - 1] ?? '')) return null;
  // "14.7C/ per share", "PA 23456 F Block": a symbol or a name, not a scale.
  if (/^[ \t\u00a0]*(?:\/|\p{Lu})/u.test(text.slice(pos + m[0].length, pos + m[0].length + 3))) return null;
  const lineStart = text.lastIndexOf('\n', pos) + 1;
  let lineEnd = text.indexOf('\n', pos);
  if (lineEnd < 0) lineEnd = text.length;
  if (!TEMPERATURE_WORDS.test(text.slice(Math.max(lineStart, pos - 80), Math.min(lineEnd, pos + 60)))) return null;
  return { end: pos + m[0].length, text: m[0], info: m[2] === 'C' ? CELSIUS : FAHRENHEIT };
}

/** An adjective between a figure and its unit: "28 straight days", "31 consecutive days", "two extra hours". */
export const UNIT_ADJECTIVE = /[ \t\u00a0]+(?:straight|consecutive|successive|full|whole|entire|additional|extra|further)(?=[ \t\u00a0]+\p{L})/iuy;

const SPELLED_MINUS = /(?:negative|minus)[\s\u00a0]+$/i;

const ANGLE_WORDS = /tilt|angle|rotat|inclin|slope|gradient|pitch|\byaw|\broll|latitude|longitude|\barcs?\b|bearing|heading|\bturn|swung|swing|steer|\blean|camber|\baxis/i;

/** A figure below zero, by its sign or a spelled one ("-40", "minus 40"), in a sentence that speaks of no angle. */
export function belowZero(text: string, start: number, value: number, sentence: [number, number]): boolean {
  return (value < 0 || SPELLED_MINUS.test(text.slice(Math.max(0, start - 9), start))) && !ANGLE_WORDS.test(text.slice(sentence[0], sentence[1]));
}

/** "warmed by 2.5 Fahrenheit": a difference, scaled but not offset. */
export function asDifference(unit: UnitForm, wordBefore: string): UnitForm {
  if (unit.dimension !== 'temperature' || !unit.offset || wordBefore !== 'by') return unit;
  return { dimension: unit.dimension, base: unit.base, factor: unit.factor };
}

export const PENNY: CurrencyForm = { iso: 'GBP', factor: 0.01 };
/** Screen resolutions written like pence: "1080p". */
const RESOLUTIONS = new Set([144, 240, 360, 480, 576, 720, 1080, 1440, 2160, 4320]);

/** "212p": pence written onto the figure. */
export function penceAt(text: string, pos: number, value: number): boolean {
  return text[pos] === 'p' && !/[\p{L}\p{N}]/u.test(text[pos + 1] ?? '') && /\d/.test(text[pos - 1] ?? '') && !RESOLUTIONS.has(value);
}

const AND_FRACTION = /[ \t\u00a0]+and[ \t\u00a0]+(an?|one|two|three)[ \t\u00a0-]+(halfs?|halves|quarters?|thirds?)(?![\p{L}\p{N}])/iuy;
const NUMERATORS: Readonly<Record<string, number>> = { a: 1, an: 1, one: 1, two: 2, three: 3 };

/** "an hour and a half", "3 miles and a quarter": a fraction of the unit after it; what it adds, and where it ends. */
export function fractionAfterUnit(text: string, pos: number): { add: number; end: number } | null {
  AND_FRACTION.lastIndex = pos;
  const m = AND_FRACTION.exec(text);
  if (!m) return null;
  const numerator = NUMERATORS[(m[1] as string).toLowerCase()] as number;
  const denominator = FRACTION_WORDS[(m[2] as string).toLowerCase()];
  if (!denominator || numerator >= denominator) return null;
  return { add: numerator / denominator, end: AND_FRACTION.lastIndex };
}

const FOOT: UnitForm = { dimension: 'length', base: 'm', factor: 0.3048 };
/** What follows a foot mark: inches with their mark, a dimension word, or a "by". */
const FEET_THEN = /[ \u00a0]?\d{1,2}(?:\.\d+)?[ \u00a0]?(?:″|"|'')|[ \u00a0]+(?:long|tall|wide|high|deep|thick|across|by)(?![\p{L}])|[ \u00a0]?[x×][ \u00a0]?\d/uy;
/** The second side of a dimension in feet: the `8` of `12' x 8'`. */
const FEET_BY_BEFORE = /\d['′][ \u00a0]?[x×][ \u00a0]?[\d.]+$/;

/** A foot mark after a figure: `5'10"`, `3' long`, `12′ x 8′`; a lone apostrophe after a figure is otherwise no unit. */
export function footMarkAt(text: string, pos: number): { start: number; end: number; text: string; info: UnitForm } | null {
  if (!/\d/.test(text[pos - 1] ?? '')) return null;
  FEET_THEN.lastIndex = pos + 1;
  return FEET_THEN.test(text) || FEET_BY_BEFORE.test(text.slice(Math.max(0, pos - 12), pos)) ? { start: pos, end: pos + 1, text: text[pos] as string, info: FOOT } : null;
}
