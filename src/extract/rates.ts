// Rates: an amount per unit of something. "€2 per litre", "9.8 m/s²", "120 kg per hectare" make a unit of
// their own: the figure stays as written ("2 EUR/l"), and only a second term with no symbol of its own is
// turned into its base unit. A period of time ("$22.50/hour", "1,200 vehicles a day", "9,000 kWh a year")
// is kept as written with the amount, whose unit stays as it is: "passengers a day" are "daily passengers".
import { RATE_SYMBOLS, UNIT_SYMBOLS, UNIT_WORDS, type UnitForm } from '../data/units.js';
import { wordClass } from '../lexicon/words.js';

/** The second term of a rate: `label` names it in the unit ("h", "l", "s2"); the amount is divided by `factor`. */
export interface Per {
  label: string;
  factor: number;
  /** Its dimension, squared or cubed terms included ("s2" is time). */
  dimension: UnitForm['dimension'];
  /** 2 for "s²", 3 for "m³", else 1. */
  power: number;
  /** The text from the figure's unit to the end of the rate: "/hour", " per litre". */
  end: number;
}

/** "/", "per", or "a"/"an" before a unit; "per" and "/" may take a count first: "/100 km". */
const JOIN = /(?:[ \t\u00a0]*\/[ \t\u00a0]*|[ \t\u00a0]+(per|an?)[ \t\u00a0]+)(?:(\d{1,3}(?:,\d{3})+|\d{1,6})[ \t\u00a0]*)?/iy;
/** A unit word or two ("square metre"), or a symbol with an optional power ("s²", "s^2", "m2"). */
const TERM = /(\p{L}[\p{L}µμ]*(?:[ -]\p{L}+)?)/uy;
const POWER = /(?:\^?([23])|([²³]))(?![\p{L}\p{N}])/uy;
const END_OF_WORD = /(?![\p{L}\p{N}])/uy;
const NEXT_WORD = /[ \t\u00a0]+(\p{L}+)/uy;

let labels: Map<string, string> | null = null;

/** The shortest symbol of each unit, keyed by base and factor: the label of a rate's second term. */
function labelOf(unit: UnitForm): string | null {
  if (!labels) {
    labels = new Map();
    for (const map of [UNIT_SYMBOLS, RATE_SYMBOLS]) {
      for (const [form, u] of map) {
        if (u.offset !== undefined || /[^\p{L}\p{N}]/u.test(form)) continue;
        const key = `${u.base}:${u.factor}`;
        const old = labels.get(key);
        if (old === undefined || form.length < old.length) labels.set(key, form);
      }
    }
  }
  return labels.get(`${unit.base}:${unit.factor}`) ?? null;
}

/** A unit named by `word` as the second term of a rate: words, any symbol after "/" or "per". */
function termUnit(word: string, symbols: boolean): UnitForm | null {
  const named = UNIT_WORDS.get(word.toLowerCase());
  if (named) return named;
  if (!symbols) return null;
  return UNIT_SYMBOLS.get(word) ?? RATE_SYMBOLS.get(word) ?? null;
}

/**
 * The second term of a rate written at `pos` ("/hour", " per litre", " a day", "/s²"), or null. After "a"
 * or "an" only a unit word counts, and not before a noun ("a second time").
 */
export function rateAt(text: string, pos: number): Per | null {
  const c = text.charCodeAt(pos);
  if (c !== 0x2f && c !== 0x20 && c !== 0x09 && c !== 0xa0) return null;
  JOIN.lastIndex = pos;
  const j = JOIN.exec(text);
  if (!j) return null;
  const article = j[1] !== undefined && j[1].toLowerCase() !== 'per';
  if (article && j[2] !== undefined) return null;
  const count = j[2] !== undefined ? Number(j[2].replace(/,/g, '')) : 1;
  if (!(count > 0)) return null;
  const at = pos + j[0].length;
  TERM.lastIndex = at;
  const t = TERM.exec(text);
  if (!t) return null;
  let word = t[1] as string;
  let unit = termUnit(word, !article);
  if (!unit && /[ -]/.test(word)) {
    word = word.split(/[ -]/)[0] as string;
    unit = termUnit(word, !article);
  }
  if (!unit || unit.offset !== undefined || unit.dimension === 'temperature' || unit.dimension === 'speed') return null;
  let end = at + word.length;
  let power = 1;
  POWER.lastIndex = end;
  const p = POWER.exec(text);
  if (p && !article) {
    power = Number(p[1] ?? (p[2] === '²' ? 2 : 3));
    end += p[0].length;
  } else {
    END_OF_WORD.lastIndex = end;
    if (!END_OF_WORD.test(text)) return null;
  }
  if (article) {
    NEXT_WORD.lastIndex = end;
    const next = NEXT_WORD.exec(text);
    if (next && wordClass(next[1] as string) === 'noun') return null;
  }
  const label = labelOf(unit);
  const suffix = power > 1 ? String(power) : '';
  const scaled = count !== 1;
  return {
    label: `${scaled ? count : ''}${label ?? unit.base}${suffix}`,
    factor: label ? 1 : unit.factor ** power,
    dimension: unit.dimension,
    power,
    end,
  };
}

/** A single period of time ("/hour", "a day", "per year"), as opposed to a unit of its own ("per litre", "/s²"). */
export function isPeriod(per: Per): boolean {
  return per.dimension === 'time' && per.power === 1;
}

/** A unit divided by the second term of a rate: "kg/ha", "m/s2". A length per time stays a speed. */
export function perUnit(unit: UnitForm, per: Per): UnitForm {
  return { dimension: 'rate', base: `${unit.base}/${per.label}`, factor: unit.factor / per.factor };
}
