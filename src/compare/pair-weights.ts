// The weights that turn a candidate pair's comparison levels into a score: a data file written by
// `npm run fit` (logistic regression over labelled pairs), read once. `--weights FILE` reads another.
import fs from 'node:fs';

/** The comparison levels, in the order of the weight lists. Each is 0 or 1, or a share from 0 to 1. */
export const LEVELS = [
  'bias',
  'values equal',
  'measure same',
  'measure related',
  'measure unrelated',
  'measure unknown',
  'context share',
  'context most shared',
  'shared rare word',
  'same wording',
  'period conflict',
  'period one-sided',
  'earlier against current',
  'level against change',
  'same subject',
  'different subjects',
  'small count',
  'percentage',
  'year',
  'rounds to',
] as const;

export interface PairWeights {
  levels: readonly string[];
  /** Weights for linking two figures of equal value as one fact. */
  link: number[];
  /** A link needs at least this probability. */
  linkAt: number;
  /** Weights for judging sameness without the values: a disagreement needs `sameAt`. */
  same: number[];
  sameAt: number;
}

let shipped: PairWeights | null = null;

export function readWeights(file: string): PairWeights {
  const w = JSON.parse(fs.readFileSync(file, 'utf8')) as PairWeights;
  if (!Array.isArray(w.link) || !Array.isArray(w.same) || w.link.length !== LEVELS.length || w.same.length !== LEVELS.length) {
    throw new Error(`${file}: not a weights file (${LEVELS.length} link and same weights expected)`);
  }
  return w;
}

/** The weights the tool ships with. */
export function shippedWeights(): PairWeights {
  return (shipped ??= readWeights(new URL('../../data/pair-weights.json', import.meta.url).pathname));
}

/** The probability the weights give a row of levels. */
export function probability(weights: readonly number[], row: readonly number[]): number {
  let z = 0;
  for (let i = 0; i < row.length; i++) z += (weights[i] as number) * (row[i] as number);
  return 1 / (1 + Math.exp(-z));
}

/** Each level's contribution, for `--explain`: "context share +2.1". */
export function waterfall(weights: readonly number[], row: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < row.length; i++) {
    const c = (weights[i] as number) * (row[i] as number);
    if (c !== 0) parts.push(`${LEVELS[i]} ${c >= 0 ? '+' : ''}${c.toFixed(2)}`);
  }
  return parts.join(', ');
}
