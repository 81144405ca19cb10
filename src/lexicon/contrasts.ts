// Words that split one measure into several: opposites ("direct" and "indirect" jobs, "gross" and
// "net" debt), compounds of a number and a span ("two-year" and "five-year" rates), and the names of
// tiers and settings a product is sold or run at ("free" and "pro" plans, "default" and "maximum").
import { tagsOf } from './english.js';
import { memoize } from '../memo.js';

/** Prefixes that turn an adjective into its opposite: "indirect", "unpaid", "non-resident". */
const NEGATING_PREFIXES = ['non-', 'non', 'un', 'in', 'im', 'il', 'ir', 'dis'];

/** Opposites that no prefix makes, each pair once. */
const OPPOSITE_PAIRS: readonly (readonly [string, string])[] = [
  ['gross', 'net'], ['domestic', 'international'], ['domestic', 'foreign'], ['permanent', 'temporary'],
  ['short-term', 'long-term'], ['upper', 'lower'], ['public', 'private'], ['inbound', 'outbound'],
  ['onshore', 'offshore'], ['urban', 'rural'], ['male', 'female'], ['synchronous', 'asynchronous'],
  ['peak', 'off-peak'], ['organic', 'inorganic'], ['nominal', 'real'], ['fixed', 'variable'],
  ['residential', 'commercial'], ['full-time', 'part-time'],
];

const OPPOSITE: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [x, y] of OPPOSITE_PAIRS) {
    m.set(x, [...(m.get(x) ?? []), y]);
    m.set(y, [...(m.get(y) ?? []), x]);
  }
  return m;
})();

/**
 * Names of tiers, plans and settings: the figures of one are not those of another ("60 requests a
 * minute on the free plan", "1,200 on pro"; "a default timeout of 30 seconds, a maximum of 120").
 */
export const TIER_WORDS: ReadonlySet<string> = new Set([
  'free', 'basic', 'starter', 'standard', 'pro', 'professional', 'premium', 'enterprise', 'lite', 'ultimate',
  'default', 'maximum', 'minimum', 'max', 'min',
]);

/** Number words that open a compound with a span: "two-year", "ten-day". */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90, hundred: 100,
};

const NUMBER_COMPOUND = /^(\d+(?:\.\d+)?|[a-z]+)-([a-z]+?)s?$/;

/** A compound of a number and a noun ("two-year", "5-day") as "2 year", else null. */
export function numberCompound(word: string): string | null {
  const m = NUMBER_COMPOUND.exec(word);
  if (!m) return null;
  const n = /^\d/.test(m[1] as string) ? Number(m[1]) : NUMBER_WORDS[m[1] as string];
  if (n === undefined || !tagsOf(m[2] as string).some((t) => t === 'Noun' || t === 'Singular' || t === 'Duration' || t === 'Unit')) return null;
  return `${n} ${m[2]}`;
}

const isAdjective = (w: string) => tagsOf(w).some((t) => t === 'Adjective');
const known = (w: string) => tagsOf(w).length > 0;

/** An adverb's adjective ("directly" → "direct"), or the word itself. */
function adjectiveOf(word: string): string {
  if (word.length > 5 && word.endsWith('ly')) {
    const base = word.slice(0, -2);
    if (isAdjective(base)) return base;
  }
  return word;
}

/**
 * The word as it is set against its opposites ("directly" → "direct"), when it has one: one of the
 * pairs above, or an adjective that a negating prefix makes or unmakes ("direct" / "indirect"). Else null.
 */
export const polarWord = memoize((word: string): string | null => {
  const w = adjectiveOf(word);
  if (OPPOSITE.has(w)) return w;
  // Both forms known to the lexicon, and one of them an adjective: "paid" and "unpaid".
  const pairs = (x: string, y: string) => known(x) && known(y) && (isAdjective(x) || isAdjective(y));
  for (const p of NEGATING_PREFIXES) {
    if (w.startsWith(p) && w.length > p.length + 3 && pairs(w, w.slice(p.length))) return w;
    if (pairs(w, p + w)) return w;
  }
  return null;
}, 50_000);

/** Whether two polar words are opposites: a listed pair, or one is the other with a negating prefix. */
export function opposite(x: string, y: string): boolean {
  if (x === y) return false;
  if (OPPOSITE.get(x)?.includes(y)) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return NEGATING_PREFIXES.some((p) => long === p + short);
}
