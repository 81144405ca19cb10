// "a" or "an" as one before a unit or currency: "a tonne", "a euro", "an hour"; and a fraction of one:
// "half a mile", "three-quarters of a litre". Never before other words ("a few", "a lot").
import { CURRENCY_SUFFIXES } from '../data/currencies.js';
import { UNIT_WORDS } from '../data/units.js';
import type { ParsedNumber } from './numbers.js';
import { qualifierBefore } from './affixes.js';
import { fractionAfterUnit } from './unit-context.js';

/** Unit and currency words that are more often something else after "a": "a yard", "a degree", "a real problem". */
const NOT_AFTER_ARTICLE = new Set([
  'yard', 'foot', 'degree', 'turn', 'revolution', 'knot', 'stone', 'point', 'second', 'minute', 'day', 'week', 'month',
  'year', 'decade', 'century', 'fortnight', 'grain', 'cup', 'bar', 'mark', 'real', 'won', 'rand', 'pound', 'line',
  'block', 'cent', 'buck', 'sol', 'lek', 'dram', 'kip', 'lats', 'lev', 'loti', 'para', 'ton', 'bit', 'amp', 'gray', 'stone',
]);

/**
 * Spans of time, lengths and masses among those: one after a bound or an estimate ("more than a century",
 * "nearly a year", "up to a foot of snow").
 */
const QUALIFIED_TIME = new Set(
  [...NOT_AFTER_ARTICLE].filter((w) => ['time', 'length', 'mass'].includes(UNIT_WORDS.get(w)?.dimension ?? '') && !['stone', 'grain', 'pound'].includes(w)),
);

const words = new Set<string>();
for (const w of UNIT_WORDS.keys()) if (/^[a-z]{3,}$/.test(w)) words.add(w);
for (const [w, form] of Object.entries(CURRENCY_SUFFIXES)) {
  if (/^[a-z]{4,}$/.test(w) && form.written === undefined && !form.afterScaleOnly && (form.factor ?? 1) === 1) words.add(w);
}
for (const w of NOT_AFTER_ARTICLE) words.delete(w);
/** The words after which "a" or "an" is one. */
export const ARTICLE_ONE_WORDS: ReadonlySet<string> = words;

const POINT_IN_TIME = /[ \t\u00a0]+(?:ago|earlier|before|previously|prior|later|back|on|hence|since)(?![\p{L}])/uy;
const WHOLE = new Set(['full', 'whole', 'entire']);
const UNIT_AFTER_WHOLE = /[ \t\u00a0]+([A-Za-z]+)(?![\p{L}-])/uy;
const ARTICLE = /(an?)[ \t\u00a0]+([A-Za-z]+)(?![\p{L}-])/iuy;
/** A percentage point or a percent after "a": "half a percentage point", "a quarter of a percent". */
const PERCENT_ONE = /(?:(?:percentage|per[ -]?cent(?:age)?)[ \t\u00a0]+points?|basis[ \t\u00a0]+points?|per[ -]?cent|percent)(?![\p{L}\p{N}])/iuy;

function oneWordAt(text: string, m: RegExpExecArray): boolean {
  if (ARTICLE_ONE_WORDS.has((m[2] as string).toLowerCase())) return true;
  PERCENT_ONE.lastIndex = m.index + m[0].length - (m[2] as string).length;
  return PERCENT_ONE.test(text);
}

/** Whether "a"/"an" at `pos` is one of the following unit, currency or percentage point. */
export function articleOne(text: string, pos: number): boolean {
  ARTICLE.lastIndex = pos;
  const m = ARTICLE.exec(text);
  if (m === null) return false;
  if (oneWordAt(text, m)) return true;
  // "a full year", "a whole week": one of the unit after the adjective.
  if (WHOLE.has((m[2] as string).toLowerCase())) {
    UNIT_AFTER_WHOLE.lastIndex = m.index + m[0].length;
    const unit = UNIT_AFTER_WHOLE.exec(text);
    return unit !== null && UNIT_WORDS.get((unit[1] as string).toLowerCase())?.dimension === 'time';
  }
  // "over a decade", "less than a week", "a day and a half": a bound or a fraction makes a span of time of "a day".
  if (!QUALIFIED_TIME.has((m[2] as string).toLowerCase())) return false;
  const after = pos + m[0].length;
  if (fractionAfterUnit(text, after) !== null) return true;
  // "higher than a year earlier", "over a year ago": a point in time, not a span.
  POINT_IN_TIME.lastIndex = after;
  return qualifierBefore(text, pos) !== null && !POINT_IN_TIME.test(text);
}

/** "a tonne" read as the figure one, ending after the article. */
export function parseArticleOne(text: string, pos: number): ParsedNumber | null {
  if (!articleOne(text, pos)) return null;
  const end = pos + (text[pos + 1] === 'n' || text[pos + 1] === 'N' ? 2 : 1);
  return { value: 1, start: pos, end, halfStep: 0, words: true, plainInteger: false, fraction: false };
}

const OF_A = /[ \t\u00a0]+(?:of[ \t\u00a0]+)?(an?)[ \t\u00a0]+([A-Za-z]+)(?![\p{L}-])/uy;

/** After a fraction, "a mile" or "of a litre": where the figure ends, taking in the article. */
export function fractionOfOne(text: string, end: number): number | null {
  OF_A.lastIndex = end;
  const m = OF_A.exec(text);
  if (!m || !oneWordAt(text, m)) return null;
  return end + m[0].length - (m[2] as string).length - 1;
}
