// Regular expressions built once from the data tables.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of the keys, longest first, with spaces matching any run of whitespace. */
export function alternation(keys: Iterable<string>): string {
  return [...keys]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((k) => escapeRegExp(k).replace(/ /g, '[ \\t\\u00a0]+'))
    .join('|');
}

/** One or more spaces with at most one line break: figures never join across a blank line. */
export const SPACE = '(?:[ \\t\\u00a0\\u2009\\u202f]+(?:\\r?\\n[ \\t\\u00a0]*)?|\\r?\\n[ \\t\\u00a0]*)';
/** Optional SPACE. */
export const SPACE0 = `(?:${SPACE})?`;
