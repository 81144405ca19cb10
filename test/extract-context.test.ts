// What a claim takes from the text around it: where it is placed when its qualifier ends the line
// before, and which measure a figure borrows when its own noun only points back ("ones", none).
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';

describe('a qualifier on the line before places the claim at its figure', () => {
  it.each([
    ['The shed cost less than\n$9,500 to build.\n', 'less than $9,500', 2, 1, 2, 7, 14, 'lt'],
    ['Crews laid at least\r\n12 km of pipe.\r\n', 'at least 12 km', 2, 1, 2, 6, 11, 'gte'],
    ['Turnout was roughly\n  41% this year.\n', 'roughly 41%', 2, 3, 2, 6, 12, 'approx'],
    ['The depot stores about 300 buses.\n', 'about 300 buses', 1, 18, 1, 33, 17, 'approx'],
    ['It weighed about 40\nkg in all.\n', 'about 40 kg', 1, 12, 2, 3, 11, 'approx'],
  ])('%j', (text, shown, line, column, endLine, endColumn, start, qualifier) => {
    const [c] = extractText(text, 'case.txt');
    expect([c?.text, c?.line, c?.column, c?.endLine, c?.endColumn, c?.start, c?.quantity.qualifier]).toEqual([shown, line, column, endLine, endColumn, start, qualifier]);
    expect(c?.id).toBe(`case.txt:${line}:${column}`);
  });
});
