// What is written around a figure that says what it counts: a currency before it, and after it a percent
// sign, a currency, subunits ("$12 and 15 cents", "3 pounds 20 pence") or a unit, compound ones included
// ("50 meters per millisecond", "5 feet 2 inches", "24 degrees" in a sentence about weather).
import type { CurrencyForm } from '../data/currencies.js';
import { SUBUNIT_WORDS } from '../data/currencies.js';
import { UNIT_SYMBOLS, type UnitForm } from '../data/units.js';
import { currencySuffixAt, percentAt, scaleAt, unitAt, unitSymbolBeforeSlash, type Affix } from './affixes.js';
import { measureAfter } from './measure.js';
import { parseWords, type ParsedNumber } from './numbers.js';
import { alternation, SPACE, SPACE0 } from './patterns.js';
import { asDifference, belowZero, fractionAfterUnit, penceAt, PENNY, per100km, poweredLength } from './unit-context.js';
import { prevWord } from './figure-traps.js';
import { unitCarriedBack } from './range.js';
import { unitByContext, weighedPounds } from './unit-readings.js';
import type { Scanned } from './figure.js';
import type { Draft } from './raw-claim.js';
import { isPeriod, perUnit, rateAt } from './rates.js';

/** "20m of its handsets": millions of something, not metres. */
const PART_OF = /^[ \u00a0]+of[ \u00a0]+(?:its|their|the|his|her|our|those|these)[ \u00a0]/i;

const POUND_STERLING: CurrencyForm = { iso: 'GBP' };

const SUBUNIT = new RegExp(`(?:${SPACE}and)?${SPACE}(\\d{1,2}|[a-z]+(?:[ -][a-z]+)?)(?:${SPACE}(${alternation([...SUBUNIT_WORDS, 'p'])}))?(?![\\p{L}\\p{N}])`, 'iuy');

/** The cents after a whole amount: " 50", " and forty-five cents". */
function subunitAt(text: string, pos: number, currency: CurrencyForm, named = false): { value: number; end: number } | null {
  if ((currency.factor ?? 1) !== 1) return null;
  SUBUNIT.lastIndex = pos;
  const m = SUBUNIT.exec(text);
  if (!m || (named && !m[2])) return null;
  const raw = m[1] as string;
  const parsed = /^\d/.test(raw) ? { value: Number(raw), end: 0 } : parseWords(raw, 0);
  if (!parsed || parsed.value >= 100 || parsed.value <= 0 || !Number.isInteger(parsed.value)) return null;
  if (!/^\d/.test(raw) && (parsed as ParsedNumber).end !== raw.length) return null;
  // A bare trailing number must end the phrase; otherwise it is probably another figure.
  const rest = text.slice(pos + m[0].length, pos + m[0].length + 6);
  // A bare trailing "50" must end the phrase: in "and 3.5bn" it begins another figure.
  if (!m[2] && !/^[ \t\u00a0]*(?:[.,;:!?)](?!\d)|\r?\n|$|more\b|less\b)/u.test(rest)) return null;
  return { value: parsed.value / 100, end: pos + m[0].length };
}

const PER = new RegExp(`${SPACE0}(?:per|/|an?)${SPACE0}`, 'iy');
const SMALLER_PART = new RegExp(`(?:${SPACE}and)?${SPACE0}(\\d{1,2}(?:\\.\\d+)?)`, 'y');
const INCHES_AFTER_FEET = /[ \t\u00a0]+in(?![\p{L}\p{N}])/uy;
const TEMPERATURE_CUES = /temperat|weather|hot|cold|warm|heat|cool|boil|freez|melt|fever|thermo|°/i;
/** Words of turning and direction: with them, and no word of heat, "90°" is an angle. */
const ANGLE_CUES = /rotat|\bturn|angle|\btilt|inclin|slope|\bbend|latitude|longitude|azimuth|bearing|\barc\b/i;
const HEAT_WORDS = /temperat|weather|hot|cold|warm|heat|cool|boil|freez|melt|fever|thermo/i;
/** The scale named after the figure: "−40° on the Fahrenheit scale". */
const SCALE_AFTER = /[ \t\u00a0]+on[ \t\u00a0]+the[ \t\u00a0]+(fahrenheit|celsius|centigrade|kelvin)[ \t\u00a0]+scale/iy;

/**
 * Compound units: "50 meters per millisecond" (a speed), "5 feet 2 inches" (one length),
 * and "24 degrees" in a sentence about temperature.
 */
function compoundUnitAt(text: string, pos: number, unit: UnitForm, sentence: [number, number], belowZero = false): { unit: UnitForm; end: number; add?: number; period?: string } {
  if (unit.dimension === 'volume') {
    const fuel = per100km(text, pos, unit);
    if (fuel) return fuel;
  }
  if (unit.dimension === 'length') {
    const powered = poweredLength(text, pos, unit);
    if (powered) return powered;
    PER.lastIndex = pos;
    const per = PER.exec(text);
    if (per) {
      const denominator = unitAt(` ${text.slice(per.index + per[0].length, per.index + per[0].length + 24)}`, 0);
      if (denominator && denominator.info.dimension === 'time') {
        const consumed = denominator.text.replace(/^[\s\u00a0-]+/, '').length;
        return { unit: { dimension: 'speed', base: 'm/s', factor: unit.factor / denominator.info.factor }, end: per.index + per[0].length + consumed };
      }
    }
    if (unit.factor === 0.3048) {
      SMALLER_PART.lastIndex = pos;
      const small = SMALLER_PART.exec(text);
      if (small) {
        const at = small.index + small[0].length;
        const inches = unitAt(text, at);
        if (inches && inches.info.factor === 0.0254) return { unit, end: inches.end, add: Number(small[1]) * 0.0254 };
        // After feet, a spaced "in" is inches, not the preposition: "6 ft 2 in".
        INCHES_AFTER_FEET.lastIndex = at;
        const spaced = INCHES_AFTER_FEET.exec(text);
        if (spaced) return { unit, end: at + spaced[0].length, add: Number(small[1]) * 0.0254 };
      }
    }
  }
  if (unit.dimension !== 'angle' && unit.dimension !== 'temperature' && unit.dimension !== 'speed' && unit.dimension !== 'rate') {
    // "120 kg per hectare", "9.8 m/s²", "8 hours a day": one unit per another.
    const per = rateAt(text, pos);
    // "300 litres per minute": a volume per second, minute or hour is a flow, in m3/s.
    const flow = per && unit.dimension === 'volume' && isPeriod(per) ? flowUnit(unit, per.label) : null;
    if (per && flow) return { unit: flow, end: per.end };
    if (per) return isPeriod(per) ? { unit, end: pos, period: text.slice(pos, per.end).trim() } : { unit: perUnit(unit, per), end: per.end };
  }
  if (unit.dimension === 'angle' && unit.factor === Math.PI / 180) {
    SCALE_AFTER.lastIndex = pos;
    const scale = SCALE_AFTER.exec(text);
    const named = scale ? unitAt(` ${scale[1] as string}`, 0) : null;
    if (scale && named) return { unit: named.info, end: pos + scale[0].length };
  }
  // Degrees below zero ("minus 40 degrees") are a temperature too.
  const words = unit.dimension === 'angle' && unit.factor === Math.PI / 180 ? text.slice(sentence[0], sentence[1]) : '';
  if (words && (belowZero || (TEMPERATURE_CUES.test(words) && !(ANGLE_CUES.test(words) && !HEAT_WORDS.test(words))))) {
    const named = unitAt(text, pos);
    if (named && named.info.dimension === 'temperature') return { unit: named.info, end: named.end };
    return { unit: { dimension: 'temperature', base: 'degC', factor: 1 }, end: pos };
  }
  return { unit, end: pos };
}

/** A unit symbol right before the "/" of a rate ("m/s²", "kg/ha"), which alone `unitAt` does not read. */
function unitBeforeRate(text: string, pos: number): Affix<UnitForm> | null {
  const u = unitSymbolBeforeSlash(text, pos);
  return u && rateAt(text, u.end) ? u : null;
}

/**
 * A rate's second term after the draft's end. A unit of its own ("per litre") joins the claim; a period
 * ("/hour", "a day") is only noted with the unit as written, so the claim's text stays the amount.
 */
export function readPer(text: string, d: Draft): void {
  const per = rateAt(text, d.end);
  if (!per) return;
  if (isPeriod(per)) {
    d.period = text.slice(d.end, per.end).trim();
    return;
  }
  d.per = { label: per.label, factor: per.factor };
  d.unitText = text.slice(d.end, per.end).trim();
  d.end = per.end;
}

/** A volume per second, minute or hour as a flow in m3/s; longer periods are kept as written ("litres a day"). */
function flowUnit(unit: UnitForm, period: string): UnitForm | null {
  const time = UNIT_SYMBOLS.get(period);
  return time && time.dimension === 'time' && time.factor <= 3600 ? { dimension: 'rate', base: 'm3/s', factor: unit.factor / time.factor } : null;
}

const SCALE_WORD_LAST = /(?:thousand|million|billion|trillion|lakhs?|crores?)$/i;

/**
 * Reads the currency before the figure (`prefix`) and what follows the figure into the draft.
 * False when what follows shows the figure is no claim ("64-bit", "a one-day loss").
 */
export function readSuffix(text: string, figure: Scanned, prefix: Affix<CurrencyForm> | null, sentence: [number, number], d: Draft): boolean {
  const { n } = figure;
  let currency: CurrencyForm | undefined = prefix?.info;
  if (prefix) d.start = Math.min(d.start, prefix.start);
  // "-$5 million": a sign before the symbol.
  if (prefix && !d.upper && d.number > 0 && /^[-\u2212]$/.test(text[d.start - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[d.start - 2] ?? '')) {
    d.number = -d.number;
    d.start -= 1;
  }
  // "RM 8 and 50 sen", "$12 and 15 cents": a named subunit after an amount with its symbol before.
  if (prefix && !d.upper && !figure.scale) {
    const cents = subunitAt(text, d.end, prefix.info, true);
    if (cents) {
      d.number += cents.value;
      d.halfStep = 0.005;
      d.end = cents.end;
    }
  }
  const pct = percentAt(text, d.end);
  if (!currency && !figure.scale && !n.words && penceAt(text, d.end, n.value)) {
    currency = PENNY;
    d.end += 1;
  } else if (pct && !currency) {
    d.percent = pct.info;
    d.end = pct.end;
  } else {
    // A scale word ends the figure, in digits ("5 million") or in words ("five million"): "pounds" are money.
    const scaled = figure.scale !== null || (d.upper?.scale ?? null) !== null || (n.words && SCALE_WORD_LAST.test(text.slice(n.start, n.end)));
    const cs = currencySuffixAt(text, d.end, scaled);
    // "30 million pounds of nickel": a weight, not sterling.
    const weighed = cs && !currency && /^[\s\u00a0]*pounds?$/i.test(cs.text) ? weighedPounds(text, cs.end) : null;
    if (weighed && cs) {
      d.unit = weighed;
      d.unitText = cs.text.trim();
      d.end = cs.end;
    } else if (cs && (!currency || currency.assumed)) {
      currency = cs.info;
      d.end = cs.end;
      // "75 USD million": a scale after the currency.
      const late = !figure.scale && !d.upper ? scaleAt(text, d.end, false) : null;
      if (late) {
        d.number *= late.info;
        d.halfStep *= late.info;
        d.end = late.end;
      }
      // "15 dollars 50", "3 dollars 50 cents", "thirteen dollars and forty-five cents".
      const cents = subunitAt(text, d.end, currency);
      if (cents) {
        d.number += cents.value;
        d.halfStep = 0.005;
        d.end = cents.end;
      }
    } else if (!currency) {
      const u = unitAt(text, d.end) ?? unitBeforeRate(text, d.end);
      // After "m" or "bn" a unit must be a word of its own: "4.5m tonnes", not the "m" of "5m".
      if (u && (!(figure.scale && /^[kKmMbB]$/.test(figure.scale.text)) || /^[\s\u00a0]+\p{L}{2,}/u.test(u.text))) {
        // "8-bit", "64-bit": the name of a format; "a one-day loss", "a one-week high": an adjective, not a duration.
        if (/^-bits?$/i.test(u.text) || (n.words && n.value === 1 && /^-(?:day|night|week)$/i.test(u.text))) return false;
        // "3 pounds 20 pence": pounds sterling after all.
        const pence = /^[\s\u00a0]+pounds?$/i.test(u.text) ? subunitAt(text, u.end, POUND_STERLING, true) : null;
        if (pence && /^(?:pence|p)$/i.test(text.slice(pence.end - 5, pence.end).trim().split(/\s/).pop() ?? '')) {
          currency = POUND_STERLING;
          d.number += pence.value;
          d.halfStep = 0.005;
          d.end = pence.end;
        } else {
          const compound = compoundUnitAt(text, u.end, u.info, sentence, d.upper ? d.number < 0 && belowZero(text, d.start, d.number, sentence) : belowZero(text, d.start, d.number, sentence));
          const written = text.slice(u.start, compound.end).replace(/^[\s\u00a0-]+/, '');
          // "61 kt of zinc" against "gusts of 45 kt": a symbol with two readings, read by the words around it.
          const unit = asDifference(unitByContext(written, text, d.start, compound.end, sentence) ?? compound.unit, prevWord(text, d.start));
          d.unit = unit;
          d.unitText = written;
          d.end = compound.end;
          if (compound.period) d.period = compound.period;
          if (compound.add) d.number += compound.add / unit.factor;
          // "an hour and a half", "two miles and a quarter".
          const more = !d.upper && !compound.add && Number.isInteger(d.number) ? fractionAfterUnit(text, d.end) : null;
          if (more) {
            d.number += more.add;
            d.end = more.end;
          }
        }
      }
    }
  }
  if (!currency && !d.percent && !d.unit && figure.scale?.text === 'm' && !prefix && !d.upper) {
    // "5m" alone is metres unless a count follows ("5m users").
    const after = measureAfter(text, figure.scale.end, sentence[1], false);
    const metres = unitAt(text, figure.n.end);
    if (metres && (!after || !/s$/i.test(after.noun)) && !PART_OF.test(text.slice(figure.scale.end, figure.scale.end + 24))) {
      d.unit = metres.info;
      d.unitText = 'm';
      d.number = n.value;
      d.halfStep = n.halfStep;
    }
  }
  if (!currency && !d.percent && !d.unit && !d.upper && !figure.scale) {
    // "cut from 12 weeks to 8": the unit of the figure after "from".
    const carried = unitCarriedBack(text, d.start, d.end);
    if (carried) {
      d.unit = carried.info;
      d.unitText = carried.text.replace(/^[\s\u00a0-]+/, '');
    }
  }
  if (currency) {
    d.currency = currency;
    // "$22.50/hour", "€2 per litre": money per unit of something.
    if (!d.percent) readPer(text, d);
  }
  return true;
}
