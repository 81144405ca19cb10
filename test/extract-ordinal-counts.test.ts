// Ordinals that count recurring events: "its fourth landing" says there have been four. Ranks, periods and
// dates are not counts.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';

function read(text: string) {
  return extractText(text, 'case.txt').map((c) => ({ text: c.text, kind: c.kind, value: c.quantity.value, unit: c.quantity.originalUnit, lemma: c.measure?.lemma, column: c.column }));
}

describe('ordinal counts', () => {
  it.each([
    ['The probe made its fourth landing on Tuesday.', 'fourth landing', 4, 'landing'],
    ['She won the cup for the third time in a row.', 'third time', 3, 'time'],
    ['The capsule flew its 12th mission last week.', '12th mission', 12, 'mission'],
    ["The club's twenty-first season begins soon.", 'twenty-first season', 21, 'season'],
    ['The chain opened its 100th store downtown.', '100th store', 100, 'store'],
    ['The crew returned from their second orbital mission.', 'second orbital mission', 2, 'mission'],
  ])('%s', (text, surface, value, lemma) => {
    const column = text.indexOf(surface) + 1;
    expect(read(text)).toEqual([{ text: surface, kind: 'count', value, unit: 'ordinal', lemma, column }]);
  });

  it.each([
    ['Sales rose in the third quarter.'],
    ['It is the second largest bank in the region.'],
    ['He finished third in the race.'],
    ['The vote is on the 9th of May.'],
    ['It was the first time they met.'],
  ])('no count in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('an ordinal count beside other figures', () => {
  it('keeps both', () => {
    expect(read('It was the 4th time in 12 years.').map((c) => [c.text, c.value, c.unit])).toEqual([
      ['4th time', 4, 'ordinal'],
      ['12 years', 378691200, 'years'],
    ]);
  });
});
