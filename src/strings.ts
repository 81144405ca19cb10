// String helpers shared by the stages.

/**
 * A copy of `s` that holds on to nothing else. V8 keeps a slice of a string as a view of the whole: a
 * claim kept for checking would otherwise keep its whole file in memory, and a corpus check every file.
 */
export function own(s: string): string {
  return s.length < 13 ? s : ` ${s}`.slice(1);
}

/** Any character outside ASCII: plain ASCII text can take a cheaper pattern than a Unicode-aware one. */
export const NOT_ASCII = /[^\x00-\x7f]/;
