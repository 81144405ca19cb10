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

describe('a figure whose noun points back takes the measure of the figure before', () => {
  /** [text of the claim, noun, lemma, modifiers, elided] of the claim whose text starts with `figure`. */
  function measured(text: string, figure: string): [string, string, string, string[], boolean] | undefined {
    const c = extractText(text, 'case.txt').find((x) => x.text.startsWith(figure));
    return c?.measure ? [c.text, c.measure.noun, c.measure.lemma, c.measure.modifiers, c.measure.elided === true] : undefined;
  }
  it.each([
    ['The yard built 14 ferries and 3 larger ones.', '3', ['3 larger ones', 'larger ferries', 'ferry', ['larger'], true]],
    ['The club has 900 adult members. It added 120 junior ones last spring.', '120', ['120 junior ones', 'junior members', 'member', ['junior'], true]],
    ['The town counted 6,200 voters this spring. That is up from 5,900 a year earlier.', '5,900', ['5,900', 'voters', 'voter', [], true]],
    ['The lab tested 480 samples. This compares with 455 the year before.', '455', ['455', 'samples', 'sample', [], true]],
    ['Rescuers found 40 hikers, and 12 were taken to hospital.', '12', ['12', 'hikers', 'hiker', [], true]],
  ] as const)('%j', (text, figure, want) => {
    expect(measured(text, figure)).toEqual(want);
  });

  it.each([
    // No figure of the same unit with a noun before it: nothing is taken.
    ['Prices rose 4%. That is up from 3 a year earlier.', '3'],
    // A paragraph break ends what a figure can go on from.
    ['The yard built 14 ferries.\n\nThat is down from 11 a year earlier.', '11'],
    // "one" as a pronoun of a person is not a count.
    ['She sold 30 paintings; the gallery kept one.', 'one'],
  ])('%j takes nothing', (text, figure) => {
    expect(measured(text, figure)?.[4] ?? false).toBe(false);
  });
});

describe('a figure after "… of" that a verb follows counts the noun before "of"', () => {
  it.each([
    ['A workforce of 5,400 makes it the largest employer.', '5,400', 'workforce'],
    ['- Membership of about 9,000 puts the club third.\n', 'about 9,000', 'membership'],
    // A plural noun after the figure is still what it counts.
    ['A fleet of 40 trains serves the city.', '40 trains', 'train'],
  ])('%j', (text, shown, lemma) => {
    const c = extractText(text, 'case.md')[0];
    expect([c?.text, c?.measure?.lemma]).toEqual([shown, lemma]);
  });
});
