// English number words, as data.
import { table } from './table.js';

export const UNIT_WORDS: Readonly<Record<string, number>> = table({
  zero: 0, nought: 0, naught: 0, nil: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});

export const TENS_WORDS: Readonly<Record<string, number>> = table({
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Multipliers that scale what comes before them. The plural forms here are counted ("five lakhs"), never vague. */
export const SCALE_WORDS: Readonly<Record<string, number>> = table({
  hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});

/** Words that stand for a fixed count. A plural needs a count above one ("three dozens"); alone it is vague. */
export const GROUP_WORDS: Readonly<Record<string, number>> = table({ dozen: 12, dozens: 12, doz: 12, dozs: 12, dz: 12, dzs: 12, score: 20 });

/** Groups that need a count before them: "a score of 95" is a result, not twenty. */
export const COUNTED_GROUP_WORDS = new Set(['score']);

/**
 * Ordinal numbers and their values. As denominators they take a plural after a count above one
 * ("two thirds"); "first" and "second" are denominators only inside a compound ("a twenty-first").
 */
export const ORDINAL_VALUES: Readonly<Record<string, number>> = table({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60,
  seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 1e2, thousandth: 1e3, millionth: 1e6, billionth: 1e9,
  trillionth: 1e12,
});

/** Denominators that are not ordinals: "a half", "three quarters". */
export const FRACTION_ONLY_WORDS: Readonly<Record<string, number>> = table({ half: 2, halves: 2, quarter: 4, quarters: 4 });

/** Every word that can stand alone as a denominator, singular and plural ("a third", "two thirds", "one-tenth"). */
export const FRACTION_WORDS: Readonly<Record<string, number>> = table({
  ...FRACTION_ONLY_WORDS,
  ...Object.fromEntries(
    Object.entries(ORDINAL_VALUES)
      .filter(([, value]) => value > 2)
      .flatMap(([word, value]) => [[word, value], [`${word}s`, value]]),
  ),
});

/** Ordinal words: ranks, never amounts on their own. */
export const ORDINAL_WORDS = new Set([
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh',
  'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth',
  'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'hundredth', 'thousandth', 'millionth', 'last', 'next',
]);

/**
 * Words after "a third", "a fifth", "a twenty-first" that make it a rank, not a share:
 * "a third term", "a fifth consecutive year", "a twenty-first century skill".
 */
export const ORDINAL_CONTEXT_WORDS = new Set([
  'consecutive', 'straight', 'successive', 'running', 'time', 'term', 'round', 'wave', 'place', 'party', 'parties',
  'generation', 'attempt', 'try', 'edition', 'season', 'year', 'month', 'week', 'day', 'night', 'quarter', 'game',
  'match', 'child', 'son', 'daughter', 'person', 'reading', 'vote', 'ballot', 'option', 'opinion', 'phase', 'stage',
  'dose', 'shot', 'booster', 'spot', 'position', 'rank', 'tier', 'floor', 'grade', 'lap', 'leg', 'set', 'inning',
  'period', 'series', 'member', 'country', 'state', 'company', 'book', 'film', 'album', 'title', 'win', 'victory',
  'loss', 'defeat', 'lockdown', 'century', 'millennium', 'anniversary', 'birthday', 'largest', 'biggest', 'highest',
  'lowest', 'best', 'worst', 'most', 'least', 'richest', 'ranked', 'category', 'class', 'version', 'iteration',
  'instalment', 'installment', 'episode', 'chapter', 'volume', 'runner', 'finish', 'finisher', 'final', 'finals',
]);

/** Words after the second figure of "one in five" that make it a span of time, not a ratio: "3 in 5 years". */
export const TIME_SPAN_WORDS = new Set([
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'day', 'days', 'night', 'nights', 'week', 'weeks',
  'weekend', 'weekends', 'month', 'months', 'quarter', 'quarters', 'year', 'years', 'yr', 'yrs', 'decade', 'decades',
  'century', 'centuries', 'season', 'seasons', 'term', 'terms', 'session', 'sessions', 'period', 'periods',
  'generation', 'generations',
]);

/** Unicode vulgar fractions as [numerator, denominator]. */
export const VULGAR_FRACTIONS: Record<string, readonly [number, number]> = {
  '½': [1, 2], '⅓': [1, 3], '⅔': [2, 3], '¼': [1, 4], '¾': [3, 4], '⅕': [1, 5], '⅖': [2, 5], '⅗': [3, 5], '⅘': [4, 5],
  '⅙': [1, 6], '⅚': [5, 6], '⅐': [1, 7], '⅛': [1, 8], '⅜': [3, 8], '⅝': [5, 8], '⅞': [7, 8], '⅑': [1, 9], '⅒': [1, 10],
  '↉': [0, 3],
};

/** Words before "half" that make it a part of a whole, a period or a game, not a fraction: "the first half", "the back half". */
export const PART_BEFORE_HALF = new Set([
  'first', 'second', 'final', 'last', 'latter', 'former', 'opening', 'closing', 'other', 'back', 'front', 'top', 'bottom',
  'upper', 'lower', 'better', 'earlier', 'later', 'northern', 'southern', 'eastern', 'western', 'left', 'right',
]);
