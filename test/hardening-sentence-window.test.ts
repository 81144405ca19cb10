// A long sentence is carried as a stretch of about 300 characters around its claim, cut on a grid
// of 100 characters of the file: the output stays small, and the same for the same input.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import { LONG_SENTENCE, sentenceWindow } from '../src/normalize/sentence-window.js';

describe('sentence window', () => {
  it.each<[string, [number, number, number, number], [number, number]]>([
    ['a short sentence, whole', [0, 480, 250, 253], [0, 480]],
    ['exactly the limit, whole', [20, 20 + LONG_SENTENCE, 300, 303], [20, 20 + LONG_SENTENCE]],
    ['a long one: the cell before, the claim\'s and the one after', [0, 900, 450, 453], [300, 600]],
    ['a claim at a cell\'s first character', [0, 900, 400, 402], [300, 600]],
    ['a claim at a cell\'s last character', [0, 900, 499, 502], [300, 600]],
    ['near the sentence\'s start, cut there', [120, 1000, 150, 155], [120, 300]],
    ['near its end, cut there', [0, 1000, 950, 960], [800, 1000]],
    ['a claim running past the third cell, to its end\'s cell', [0, 2000, 450, 720], [300, 800]],
  ])('%s', (_, [s, e, start, end], expected) => {
    expect(sentenceWindow(s, e, start, end)).toEqual(expected);
  });

  // A claim's sentence is read at most 400 characters either side of it: near the line's ends that
  // is 500 characters or fewer, and kept whole.
  it('a dense line: each claim carries its cells, and claims of a cell share one', () => {
    const text = '7 '.repeat(2000);
    const claims = extractText(text, 'f.txt');
    expect(claims).toHaveLength(2000);
    const cut = claims.filter((c) => c.start > 100 && c.start < 3900);
    expect(cut).toHaveLength(1899);
    expect(new Set(cut.map((c) => c.sentence.length))).toEqual(new Set([299]));
    expect(new Set(cut.map((c) => c.sentence)).size).toBe(1);
    const c = claims[500]!;
    expect(c.start).toBe(1000);
    expect(c.sentence).toBe(text.slice(900, 1200).trim());
    expect(claims[0]!.sentence).toBe(text.slice(0, 400).trim());
    expect(claims[50]!.sentence).toBe(text.slice(0, 500).trim());
  });

  it.each([
    ['a sentence within the limit is whole', `The plant employs 310 people and ${'ships a great deal, '.repeat(10)}daily.`, [239]],
    ['a long sentence: whole as read near its ends, cut around a claim read past 500', `The plant employs 310 people ${'and ships a great deal, '.repeat(20)}and 42 tonnes ${'and ships a great deal, '.repeat(20)}.`, [418, 299]],
  ])('%s', (_, text, lengths) => {
    const claims = extractText(text, 'f.txt');
    for (const c of claims) {
      expect(text).toContain(c.sentence);
      expect(c.sentence).toContain(c.text);
    }
    expect(claims.map((c) => c.sentence.length)).toEqual(lengths);
  });
});
