// Written forms of figures: seasons and fiscal years with a slash, digits with scale words in a chain,
// stacked scale words, spans of time with a fraction, and mixed fractions before a unit.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';

function read(text: string) {
  return extractText(text, 'case.txt').map((c) => ({ text: c.text, kind: c.kind, value: c.quantity.value, unit: c.quantity.currency ?? c.quantity.unit, qualifier: c.quantity.qualifier }));
}

describe('a season or fiscal year written with a slash', () => {
  it.each([
    ['The club expects a profit in the 2027/28 season.', '2027/28', 2027.5],
    ['Spending for 2033/2034 is set.', '2033/2034', 2033.5],
    ['The books for 1999/00 were late.', '1999/00', 1999.5],
  ])('%s', (text, surface, value) => {
    expect(read(text)).toEqual([{ text: surface, kind: 'year', value, unit: 'year', qualifier: 'range' }]);
  });

  it.each([['Support runs 24/7.'], ['The release 2027/41 is a code.']])('not a season: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});
