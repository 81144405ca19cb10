// The shape of a claim as the extractor finds it, before normalisation, and of one while it is read.
import type { Kind, Qualifier } from '../schema.js';
import type { CurrencyForm } from '../data/currencies.js';
import type { UnitForm } from '../data/units.js';
import type { PercentInfo } from './affixes.js';
import type { FoundMeasure } from './measure.js';
import type { Scanned } from './figure.js';

/** A rate's second term: named `label` in the unit, the amount divided by `factor`. */
export interface PerTerm {
  label: string;
  factor: number;
}

export interface RawClaim {
  /** Offsets in the analysed text. */
  start: number;
  end: number;
  /** Where the figure itself starts, when a qualifier before it ends on an earlier line. */
  figureStart?: number;
  kind: Kind;
  /** The figure as written, times scale, before unit conversion. */
  number: number;
  /** Half the rounding step, in the same terms as `number`. */
  halfStep: number;
  /** Second figure of a range, in the same terms. */
  upper?: number;
  upperHalfStep?: number;
  qualifier: Exclude<Qualifier, 'range'> | 'range';
  near: boolean;
  currency?: CurrencyForm;
  percent?: PercentInfo;
  unit?: UnitForm;
  unitText?: string;
  /** The second term of a rate of money or a count: "$22.50/hour", "1,200 vehicles a day". */
  per?: PerTerm;
  measure: FoundMeasure | null;
  subject: string | null;
  sentence: [number, number];
  /** Words that frame the sentence, such as a table cell's headers. */
  context?: string;
  /** A pronoun or description standing for the subject when none is named. */
  reference?: string;
}

/** A claim while it is read: what is known so far about the figure at hand. */
export interface Draft {
  start: number;
  end: number;
  figureStart?: number;
  number: number;
  halfStep: number;
  qualifier: RawClaim['qualifier'];
  near: boolean;
  /** The second figure of a range or the top of a "±" interval. */
  upper: Scanned | null;
  /** "2019-20": a season or fiscal year. */
  season: boolean;
  currency?: CurrencyForm;
  percent?: PercentInfo;
  unit?: UnitForm;
  unitText?: string;
  per?: PerTerm;
  /** A period of time after the amount, as written: "/hour", "a day". */
  period?: string;
}
