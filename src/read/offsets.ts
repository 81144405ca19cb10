// Character offsets are the source of truth. The analysed text may differ in length from the
// decoded file (repaired mojibake); an OffsetMap takes analysed offsets back to the file.

/** Sorted edit points: from `at` (an analysed offset) on, original = analysed + shift. */
export interface OffsetMap {
  at: number[];
  shift: number[];
}

/** Index of the last element of ascending `sorted` that is at most `x`, or -1 when there is none. */
export function lastAtMost(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Maps an offset in the analysed text to the matching offset in the decoded file. */
export function toOriginal(map: OffsetMap, offset: number): number {
  const found = lastAtMost(map.at, offset);
  return found < 0 ? offset : offset + (map.shift[found] as number);
}

/** Start offsets of every line. CRLF, LF and lone CR all end a line. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (text.indexOf('\r') < 0) {
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** 1-based line and column (UTF-16 code units) of an offset. */
export function lineColumn(starts: number[], offset: number): { line: number; column: number } {
  const i = Math.max(0, lastAtMost(starts, offset));
  return { line: i + 1, column: offset - (starts[i] as number) + 1 };
}
