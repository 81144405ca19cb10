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

describe('digits with scale words in a chain', () => {
  it.each([
    ['We counted 6 thousand 4 hundred and 12 geese.', '6 thousand 4 hundred and 12 geese', 6412],
    ['The town has 3 million 250 thousand residents.', '3 million 250 thousand residents', 3250000],
    ['They printed 2 hundred and 45 copies.', '2 hundred and 45 copies', 245],
  ])('%s', (text, surface, value) => {
    expect(read(text)).toEqual([{ text: surface, kind: 'count', value, unit: 'count', qualifier: 'exact' }]);
  });

  it('stops where a group would not be smaller', () => {
    expect(read('It had 5000 2 hundred and 30 parts.').map((c) => [c.text, c.value])).toEqual([
      ['5000', 5000],
      ['2 hundred and 30 parts', 230],
    ]);
  });
});

describe('stacked scale words in words', () => {
  it.each([
    ['The plan costs four lakh crore rupees.', 'four lakh crore rupees', 'money', 4e12, 'INR'],
    ['The grant was seven thousand million pounds.', 'seven thousand million pounds', 'money', 7e9, 'GBP'],
    ['They reached two lakh crore.', 'two lakh crore', 'count', 2e12, 'count'],
    ['The club spent nine million pounds.', 'nine million pounds', 'money', 9e6, 'GBP'],
  ])('%s', (text, surface, kind, value, unit) => {
    expect(read(text)).toEqual([{ text: surface, kind, value, unit, qualifier: 'exact' }]);
  });
});

describe('a span of time after a bound, and a fraction after a unit', () => {
  it.each([
    ['The lighthouse has stood for more than a century.', 'more than a century', 'quantity', 3155760000, 's', 'gt'],
    ['Repairs took over a decade.', 'over a decade', 'quantity', 315576000, 's', 'gt'],
    ['The strike lasted less than a week.', 'less than a week', 'quantity', 604800, 's', 'lt'],
    ['The flight took an hour and a half.', 'an hour and a half', 'quantity', 5400, 's', 'exact'],
    ['The hike took a day and a half.', 'a day and a half', 'quantity', 129600, 's', 'exact'],
    ['The trail is 4 miles and a quarter.', '4 miles and a quarter', 'quantity', 4.25 * 1609.344, 'm', 'exact'],
    ['The shelf is 5 and 3/8 inches deep.', '5 and 3/8 inches', 'quantity', 5.375 * 0.0254, 'm', 'exact'],
  ])('%s', (text, surface, kind, value, unit, qualifier) => {
    const got = read(text);
    expect(got.map((c) => [c.text, c.kind, c.unit, c.qualifier])).toEqual([[surface, kind, unit, qualifier]]);
    expect(Math.abs((got[0]?.value ?? NaN) - value)).toBeLessThan(1e-9 * value);
  });

  it.each([['They meet once a year.'], ['Prices rose a year ago.'], ['He runs twice a week.']])('no span in %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('ranges with a sign in words', () => {
  it.each([
    ['Night lows ranged from minus four to minus eleven degrees.', 'from minus four to minus eleven degrees', 'quantity', 'degC', -7.5],
    ['Scores fell between negative six and nine.', 'between negative six and nine', 'count', 'count', 1.5],
    ['The dial reads from minus 2 to 6 degrees.', 'from minus 2 to 6 degrees', 'quantity', 'degC', 2],
    ['Readings sat between minus three and zero.', 'between minus three and zero', 'count', 'count', -1.5],
  ])('%s', (text, surface, kind, unit, value) => {
    expect(read(text)).toEqual([{ text: surface, kind, value, unit, qualifier: 'range' }]);
  });
});

describe('"a" with an adjective of wholeness before a span of time', () => {
  it.each([
    ['The survey runs a full year.', 'a full year', 31557600],
    ['Repairs took a whole week.', 'a whole week', 604800],
    ['The power was out an entire day.', 'an entire day', 86400],
  ])('%s', (text, surface, value) => {
    expect(read(text)).toEqual([{ text: surface, kind: 'quantity', value, unit: 's', qualifier: 'exact' }]);
  });

  it('not before other nouns', () => {
    expect(read('She had a full plate and a whole cake.')).toEqual([]);
  });
});

describe('short scales: a spaced "k" and "mil"', () => {
  it.each([
    ['The post got 250 k views.', '250 k views', 'count', 250000, 'count'],
    ['It sold for $12 mil.', '$12 mil', 'money', 12e6, 'USD'],
    ['The tank sat at 77 K overnight.', '77 K', 'quantity', 77 - 273.15, 'degC'],
  ])('%s', (text, surface, kind, value, unit) => {
    const got = read(text);
    expect(got.map((c) => [c.text, c.kind, c.unit])).toEqual([[surface, kind, unit]]);
    expect(Math.abs((got[0]?.value ?? NaN) - value)).toBeLessThan(1e-9 * Math.abs(value));
  });
});

describe('a length or mass with "a" after a bound', () => {
  it.each([
    ['Drifts reached up to a foot deep.', 'up to a foot', 'm', 0.3048, 'lte'],
    ['Volunteers hauled nearly a ton of litter.', 'nearly a ton', 'kg', 1000, 'lte'],
  ])('%s', (text, surface, unit, value, qualifier) => {
    expect(read(text)).toEqual([{ text: surface, kind: 'quantity', value, unit, qualifier }]);
  });

  it.each([['The horse won by a foot.'], ['A coffee costs about a pound.']])('none in %s', (text) => {
    expect(read(text).filter((c) => c.kind === 'quantity')).toEqual([]);
  });
});

describe('cents after an amount at the end of a line', () => {
  it('reads the bare cents when the line ends there', () => {
    expect(read('The ticket was nine dollars twenty five\nThe bus was late.')).toEqual([{ text: 'nine dollars twenty five', kind: 'money', value: 9.25, unit: 'USD', qualifier: 'exact' }]);
  });
});

describe('a point in time is no span', () => {
  it.each([['Rents were 4% higher than a year earlier.', '4%'], ['The plant shut over a year ago, with 40 jobs lost.', '40 jobs']])('%s', (text, only) => {
    expect(read(text).map((c) => c.text)).toEqual([only]);
  });
});

describe('a power of ten with a caret', () => {
  it.each([
    ['The grid holds 10^6 cells.', '10^6 cells', 1e6],
    ['The error was 10^-3 at most.', '10^-3 at most', 1e-3],
  ])('%s', (text, surface, value) => {
    const got = read(text);
    expect(got.map((c) => c.text)).toEqual([surface]);
    expect(Math.abs((got[0]?.value ?? NaN) - value)).toBeLessThan(1e-12 * value);
  });
});

describe('a group word after "and" counts only what follows "and"', () => {
  it.each([
    ['They baked four hundred and three dozen rolls.', 'four hundred and three dozen rolls', 436],
    ['They baked six dozen rolls.', 'six dozen rolls', 72],
  ])('%s', (text, surface, value) => {
    expect(read(text)).toEqual([{ text: surface, kind: 'count', value, unit: 'count', qualifier: 'exact' }]);
  });
});
