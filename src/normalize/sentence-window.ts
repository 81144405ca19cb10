// How much of a long sentence a claim carries. A sentence over LONG_SENTENCE characters is cut to a
// stretch of about 300 around the claim: the 100-character cell of the file that holds the claim's
// start, the cell before and the cell after (further, to the claim's end, if the claim is longer).
// Cutting on a fixed grid keeps the output small and deterministic, and the figures of one stretch
// of a dense line share one sentence rather than each holding a copy of its own.

/** Sentences up to this many characters are kept whole. */
export const LONG_SENTENCE = 500;
/** The grid the stretch is cut on, in characters of the file. */
export const SENTENCE_GRID = 100;

/**
 * The [from, to) of the sentence [sentenceStart, sentenceEnd) that a claim at [start, end) carries:
 * all of it when it is short, else the claim's grid cells, within the sentence.
 */
export function sentenceWindow(sentenceStart: number, sentenceEnd: number, start: number, end: number): [number, number] {
  if (sentenceEnd - sentenceStart <= LONG_SENTENCE) return [sentenceStart, sentenceEnd];
  const cell = Math.floor(start / SENTENCE_GRID);
  const from = Math.max(sentenceStart, (cell - 1) * SENTENCE_GRID);
  const to = Math.min(sentenceEnd, Math.max((cell + 2) * SENTENCE_GRID, Math.ceil(end / SENTENCE_GRID) * SENTENCE_GRID));
  return [from, to];
}
