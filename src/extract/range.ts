// Ranges: a second figure after the first ("between 5 and 10", "5–10", "$5m to $10m", "2019-20") and
// intervals written with "±" ("150.2 ± 0.5 kg").
import type { CurrencyForm } from '../data/currencies.js';
import { CHANGE_WORDS } from '../data/traps.js';
import { currencySuffixAt, percentAt, unitAt, type Affix } from './affixes.js';
import { readFigure, type Scanned } from './figure.js';
import { SPACE, SPACE0 } from './patterns.js';
import type { Draft } from './raw-claim.js';
import type { UnitForm } from '../data/units.js';
import { AGE_UNIT, AGED_BEFORE } from './news-forms.js';
import { wordClass } from '../lexicon/words.js';

// "5- to 12-metre": a hyphen left hanging before "to".
const RANGE_JOINER = new RegExp(`${SPACE0}(?:-${SPACE}(?=to[\\s\\u00a0]))?(?:(–|—|-|~)|(to|and|through)(?![\\p{L}]))${SPACE0}`, 'iuy');
/** A qualifier on the second end only: "between 3 and about 9 kg", "4 - ~6 litres". */
const SECOND_QUALIFIER = new RegExp(`(?:about|around|approximately|roughly|some|nearly|almost|~|c\\.|ca\\.)${SPACE0}(?=[\\d])`, 'iy');
/** A sign in words before an end of a range. */
const SIGN_WORD = /(?:minus|negative)[\s\u00a0]+/iy;
const SIGN_BEFORE = /(?:minus|negative)[\s\u00a0]+$/i;
/** "150.2 ± 0.5 kg": a value and its margin. */
const PLUS_MINUS = new RegExp(`${SPACE0}(?:±|\\+/-|\\+-)${SPACE0}(?=\\d)`, 'y');
/** A currency before the second end of a range: "$5m to $10m", "EUR 17bn to EUR 18bn". */
const SECOND_CURRENCY = /(?:US\$|HK\$|\$|€|£|¥|(?:USD|EUR|GBP|CNY|RMB|JPY|CHF)[\s\u00a0]?)[\s\u00a0]?/y;
/** A range joiner within reach after a figure and its suffix: only then is the suffix worth reading. */
const JOINER_AHEAD = /^[^.;!?\n]{0,30}?(?:[\s\u00a0](?:to|and|through)[\s\u00a0]|[–—~-])/i;
const SECOND_START = /[\d]|^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a hundred|a thousand)/i;

interface Suffix {
  end: number;
  /** What it names: two suffixes with equal keys name the same sign, unit or currency. */
  key: string;
  /** The unit, where the suffix is one: a bare second end takes it ("from 12 weeks to 8"). */
  unit?: Affix<UnitForm>;
}

/** A percent sign, unit or currency written right after a figure, for reading ranges whose ends both carry it. */
function suffixAt(text: string, pos: number, scaled: boolean): Suffix | null {
  const pct = percentAt(text, pos);
  if (pct) return { end: pct.end, key: `%${pct.info.unit}` };
  const cur = currencySuffixAt(text, pos, scaled);
  if (cur) return { end: cur.end, key: `$${cur.info.iso}` };
  const unit = unitAt(text, pos);
  if (unit && (/^[\s\u00a0]/.test(unit.text) || /^\p{L}{2,}$/u.test(unit.text))) return { end: unit.end, key: `u${unit.info.dimension}:${unit.info.factor}`, unit };
  return null;
}

/** Nothing that could be counted follows a figure: the end of the sentence, a clause or a preposition. */
function bareEnd(text: string, end: number): boolean {
  const m = /^[ \u00a0]*(?:[.,;:!?)]|$|(\p{Ll}+))/u.exec(text.slice(end, end + 24));
  return m !== null && (m[1] === undefined || wordClass(m[1]) === 'stop');
}

function changeBefore(text: string, pos: number, sentenceStart: number): boolean {
  const words = text.slice(Math.max(sentenceStart, pos - 30), pos).toLowerCase().match(/[\p{L}]+/gu) ?? [];
  return words.slice(-3).some((w) => CHANGE_WORDS.has(w));
}

/**
 * A second figure after `figure` (read at `pos`) makes a range: the draft becomes one. Returns where to resume
 * scanning when the pair is no range at all ("14-180" of a code), else null.
 */
export function readRange(text: string, pos: number, figure: Scanned, prefix: Affix<CurrencyForm> | null, sentence: [number, number], d: Draft): number | null {
  const { n } = figure;
  // "from minus five to minus twelve": a sign in words on either end.
  const firstSign = prefix ? null : SIGN_BEFORE.exec(text.slice(Math.max(0, pos - 10), pos));
  const lead = firstSign ? pos - firstSign[0].length : pos;
  const opener = /(?:between|from)[\s\u00a0]+$/i.exec(text.slice(Math.max(0, lead - 12 - (prefix ? prefix.text.length : 0)), prefix ? prefix.start : lead));
  // "12% to 13%", "1,700 hectares and 2,600 hectares", "74 billion yuan to 120 billion yuan": the
  // first end may carry the same sign, unit or currency as the second.
  const sharedSuffix = JOINER_AHEAD.test(text.slice(d.end, d.end + 40)) ? suffixAt(text, d.end, figure.scale !== null) : null;
  RANGE_JOINER.lastIndex = sharedSuffix ? sharedSuffix.end : d.end;
  const j = RANGE_JOINER.exec(text);
  if (!j) return null;
  const isAnd = j[2]?.toLowerCase() === 'and';
  const isTo = j[2] !== undefined && !isAnd;
  const isDash = j[1] !== undefined;
  const secondStart = j.index + j[0].length;
  let at = secondStart;
  SECOND_CURRENCY.lastIndex = at;
  const cpm = SECOND_CURRENCY.exec(text);
  if (cpm) at += cpm[0].length;
  SECOND_QUALIFIER.lastIndex = at;
  const sq = SECOND_QUALIFIER.exec(text);
  if (sq) at += sq[0].length;
  SIGN_WORD.lastIndex = at;
  const secondSign = !sq && !cpm ? SIGN_WORD.exec(text) : null;
  if (secondSign) at += secondSign[0].length;
  // After "rose", "5 to 10" is a move from one figure to another; "1.3% to 2%", both ends with the same
  // sign or unit and no "from", is a range of the rise.
  const changed = isTo && changeBefore(text, opener ? pos - opener[0].length : pos, sentence[0]);
  // "aged 25 to 40", "the pension age from 65 to 67": an age range, whatever verb comes before.
  const aged = !prefix && !sharedSuffix && AGED_BEFORE.test(text.slice(Math.max(0, pos - 18), pos));
  const ok = (isAnd && opener) || isDash || (isTo && (aged || !changed || (sharedSuffix !== null && !/from/i.test(opener?.[0] ?? ''))));
  if (!ok || !SECOND_START.test(text.slice(at, at + 10))) return null;
  const second = readFigure(text, at, prefix !== null || cpm !== null);
  const secondSuffix = second && sharedSuffix ? suffixAt(text, second.end, second.scale !== null) : null;
  // "from 12 weeks to 8": a bare second end, no noun after it, takes the first end's unit.
  const carried = second && sharedSuffix?.unit && !secondSuffix && !cpm && bareEnd(text, second.end) ? sharedSuffix.unit : null;
  if (second && sharedSuffix && secondSuffix?.key !== sharedSuffix.key && !carried) {
    /* "12% to 13 people": not a range */
  } else if (second && !(isDash && text[second.n.end] === '-')) {
    let lowNumber = figure.number;
    let lowHalf = figure.halfStep;
    if (!figure.scale && second.scale) {
      lowNumber = n.value * second.scale.info;
      lowHalf = n.halfStep * second.scale.info;
    }
    // Year spans like 2020-21 read the short end in the same century.
    let high = second.number;
    if (n.plainInteger && n.value >= 1800 && n.value <= 2100 && second.n.plainInteger && second.n.value < 100 && isDash) {
      high = Math.floor(n.value / 100) * 100 + second.n.value;
      d.season = high === n.value + 1;
    }
    if (firstSign || secondSign) {
      // Signs in words: the ends in order, whichever is written first.
      const a = firstSign ? -lowNumber : lowNumber;
      const b = secondSign ? -high : high;
      if (a === b || !opener) return null;
      d.upper = { ...second, number: Math.max(a, b), halfStep: a > b ? lowHalf : second.halfStep };
      d.number = Math.min(a, b);
      d.halfStep = a > b ? second.halfStep : lowHalf;
      d.end = second.end;
      d.qualifier = 'range';
      d.start = lead - opener[0].length;
      return null;
    }
    // "won 3-1", "voted 52-48": a descending pair of whole numbers is a score or a tally.
    if (isDash && !sharedSuffix && high < lowNumber && n.plainInteger && second.n.plainInteger && !figure.scale && !second.scale && !d.season && text[second.n.end] !== '%') return second.end;
    if (high > lowNumber) {
      d.upper = { ...second, number: high };
      d.number = lowNumber;
      d.halfStep = lowHalf;
      d.end = second.end;
      d.qualifier = 'range';
      if (opener) d.start = (prefix ? prefix.start : pos) - opener[0].length;
      if (carried) {
        d.unit = carried.info;
        d.unitText = carried.text.replace(/^[\s\u00a0-]+/, '');
      } else if (aged && !second.scale && !figure.scale) {
        d.unit = AGE_UNIT;
        d.unitText = 'years';
      }
    }
  } else if (isDash && second) {
    return second.end;
  }
  return null;
}

const FROM_FIGURE_TO = /\bfrom[ \u00a0]+[-\u2212]?\d[\d.,]*(?=[ \u00a0-]?\p{L})(.{1,30}?)[ \u00a0]+to[ \u00a0]+$/du;

/**
 * "cut from 12 weeks to 8": a bare figure after "to", nothing counted after it, takes the unit of the figure
 * after "from". (Where both make one range, `readRange` carries the unit instead.)
 */
export function unitCarriedBack(text: string, start: number, end: number): Affix<UnitForm> | null {
  if (!/to[ \u00a0]$/.test(text.slice(Math.max(0, start - 3), start))) return null;
  const lead = text.slice(Math.max(0, start - 60), start);
  const m = FROM_FIGURE_TO.exec(lead);
  if (!m || !bareEnd(text, end)) return null;
  const at = start - lead.length + (m.indices?.[1]?.[0] ?? 0);
  const unit = unitAt(text, at);
  return unit && unit.end === at + (m[1] as string).length ? unit : null;
}

/** "150.2 ± 0.5 kg": the draft becomes the interval from 149.7 to 150.7. */
export function readPlusMinus(text: string, d: Draft): void {
  PLUS_MINUS.lastIndex = d.end;
  const pm = PLUS_MINUS.exec(text);
  const margin = pm ? readFigure(text, d.end + pm[0].length, false) : null;
  if (margin && !margin.scale && margin.number > 0 && margin.number < Math.abs(d.number)) {
    d.upper = { ...margin, number: d.number + margin.number };
    d.number -= margin.number;
    d.end = margin.end;
    d.qualifier = 'range';
  }
}
