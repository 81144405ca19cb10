// Reads a number written in digits or in words at a given offset. The reading itself lives in digits.ts (digits) and
// spelled-numbers.ts (words), over number-tokens.ts, number-grammar.ts and ratios.ts.

export interface ParsedNumber {
  value: number;
  start: number;
  end: number;
  /**
   * Half the step of the last written digit: "5.6" is 0.05, "140" is 5, "2,048" is 0.5, "one million" is 500,000.
   * 0 for exact fractions ("two thirds", "3/4", "three and a half", "one in five"). A fraction of a scale
   * ("half a million", "five and a half million") reads as written to one decimal of the scale: 0.05 million.
   */
  halfStep: number;
  /** Written in words ("twenty-five", "a dozen"). */
  words: boolean;
  /** Digits with no separators or decimals, as a year would be written. */
  plainInteger: boolean;
  /**
   * A fraction or ratio that no scale multiplies: "two thirds", "3/4", "1 4/5", "three and a half", "one in five".
   * False for "half a million", which is a count.
   */
  fraction: boolean;
}

export { parseDigits } from './digits.js';
export { digitsTail, parseWords, VULGAR_FRACTION_CLASS, WORD_NUMBER_START, type FigureTail } from './spelled-numbers.js';
