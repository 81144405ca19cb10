// Number and unit forms: short unit symbols before a noun, kitchen and SI-prefixed units, currencies by
// name, decimal commas and dot grouping, spelled signs and fractions of a percentage point.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import type { Claim } from '../src/schema.js';

/** The claims of a one-line text, as [kind, unit or currency, value, text]. */
function read(text: string): [string, string, number, string][] {
  return extractText(text, 'case.txt').map((c: Claim) => [c.kind, c.quantity.currency ?? c.quantity.unit, c.quantity.value, c.text]);
}

function expectOne(text: string, kind: string, unit: string, value: number) {
  const got = read(text);
  expect(got, text).toHaveLength(1);
  const [k, u, v] = got[0] as [string, string, number, string];
  expect([k, u], text).toEqual([kind, unit]);
  expect(Math.abs(v - value) <= 1e-9 * Math.max(1, Math.abs(value)), `${text}: ${v} vs ${value}`).toBe(true);
}

const TSP = 4.92892159375e-6;
const TBSP = 1.478676478125e-5;
const CUP = 2.365882365e-4;
const OZ = 0.028349523125;

describe('short unit symbols after a figure', () => {
  it.each([
    ['Weigh out 300 g of lentils.', 'quantity', 'kg', 0.3],
    ['A slice has 2.7 g of saturated fat.', 'quantity', 'kg', 0.0027],
    ['Toast 80 g almonds until golden.', 'quantity', 'kg', 0.08],
    ['The vet gave 5 mL of syrup.', 'quantity', 'm3', 5e-6],
    ['Dilute with 2 L of cold water.', 'quantity', 'm3', 0.002],
    ['The tanker spilled 600 t of crude oil.', 'quantity', 'kg', 600000],
    ['Pack 14 oz of dried beans.', 'quantity', 'kg', 14 * OZ],
    ['She ordered a 16 oz ribeye.', 'quantity', 'kg', 16 * OZ],
    ['Load 20 \u00b5L of each sample.', 'quantity', 'm3', 2e-8],
    ['Load 20 \u03bcL of each sample.', 'quantity', 'm3', 2e-8],
    ['Add 0.5 mL of the reagent.', 'quantity', 'm3', 5e-7],
    ['The detector runs at 40 millikelvin.', 'quantity', 'degC', 0.04 - 273.15],
    ['The trap held atoms at 500 nK for a second.', 'quantity', 'degC', 5e-7 - 273.15],
    ['Stir in 2 teaspoons of cumin.', 'quantity', 'm3', 2 * TSP],
    ['Drizzle 1 tablespoon of syrup over it.', 'quantity', 'm3', TBSP],
    ['Mix 3 tbsp of soy sauce with the garlic.', 'quantity', 'm3', 3 * TBSP],
    ['The batter takes 2 cups of milk.', 'quantity', 'm3', 2 * CUP],
    ['Bake the loaf at 200C until it sounds hollow.', 'quantity', 'degC', 200],
    ['Roast the peppers at 230C until charred.', 'quantity', 'degC', 230],
  ])('%s', (text, kind, unit, value) => expectOne(text, kind, unit, value));

  it.each([
    // "in" is a word there: the figure is a count, not inches.
    ['The home side won 4 in a row.', 'count', 'count', 4],
    ['Only 3 in ten voters agreed.', 'ratio', 'ratio', 0.3],
  ])('%s', (text, kind, unit, value) => expectOne(text, kind, unit, value));
});

describe('currencies by name', () => {
  it.each([
    ['The ferry ticket was 450 Swedish crowns.', 'SEK', 450],
    ['The fine came to 8,000 Norwegian crowns.', 'NOK', 8000],
    ['Beer costs 60 Danish crowns in the old town.', 'DKK', 60],
    ['The brewery spent 90 million Czech crowns.', 'CZK', 9e7],
    ['The stamp sold for 2 million Russian roubles.', 'RUB', 2e6],
    ['Tickets cost 250 Israeli shekels.', 'ILS', 250],
    ['The flat rents for 4,100 z\u0142oty.', 'PLN', 4100],
    ['The flat rents for 4,100 Polish z\u0142oty.', 'PLN', 4100],
    ['The fine was 700 zlotys.', 'PLN', 700],
    ['The fee was 90 kronor.', 'SEK', 90],
  ])('%s', (text, currency, value) => expectOne(text, 'money', currency, value));

  it('reads bare crowns as money, its currency assumed', () => {
    const [c] = extractText('The print went for 300 crowns.', 'case.txt');
    expect([c?.kind, c?.quantity.value, c?.quantity.currencyAssumed]).toEqual(['money', 300, true]);
  });
});

describe('decimal commas and dot grouping', () => {
  it.each([
    ['A croissant costs \u20ac2,40 at the bakery.', 'money', 'EUR', 2.4],
    ['Turnout fell to 61,5 % this year.', 'percent', '%', 61.5],
    ['Growth was 0,8% in the quarter.', 'percent', '%', 0.8],
    ['The farm sold for 3.400.000 kronor.', 'money', 'SEK', 3400000],
    ['The library holds 1.204.330 volumes.', 'count', 'count', 1204330],
    ['The bill was 1.234,56 euros.', 'money', 'EUR', 1234.56],
    ['The hall seats 1,250 people.', 'count', 'count', 1250],
    ['The hall seats 12,500 people.', 'count', 'count', 12500],
    ['The fee rose to $2.50 this year.', 'money', 'USD', 2.5],
  ])('%s', (text, kind, unit, value) => expectOne(text, kind, unit, value));
});

describe('spelled signs and fractions of a percentage point', () => {
  it.each([
    ['The thermometer showed minus 18 degrees.', 'quantity', 'degC', -18],
    ['Nights fall to -25 degrees in the north.', 'quantity', 'degC', -25],
    ['The car park slopes at 5 degrees.', 'quantity', 'rad', (5 * Math.PI) / 180],
    ['The lender raised its rate by half a percentage point.', 'percent', 'pp', 0.5],
    ['Turnout dipped a quarter of a percentage point.', 'percent', 'pp', 0.25],
    ['Prices rose by half a percent.', 'percent', '%', 0.5],
  ])('%s', (text, kind, unit, value) => expectOne(text, kind, unit, value));

  it('keeps "a percentage of" as no figure', () => {
    expect(read('A percentage of the profit goes to charity.')).toEqual([]);
  });
});

describe('figures that are no claims', () => {
  it.each([
    // telephone numbers
    'Bookings are taken on 0117 496 0555 until the evening.',
    'Ring 020 3946 0742 to reserve a table.',
    'Call 555 0188 for the night desk.',
    'The office is on +44 20 7946 0321 during the week.',
    // a number hyphened to a capitalised word, or fused to a capital before a verb
    'A new 7-Eleven replaced the old bakery.',
    'The adhesives maker 3M said demand was steady.',
    // a capitalised number word inside a name
    'Tickets for the Six Nations went on sale.',
    'The series moved to Channel Four last year.',
    'The band covered a song by the Jackson Five.',
    // a part of a game or a period
    'The home side scored early in the second half.',
    'Margins improved in the first half of the year.',
    'The bridge sits in the northern half of the city.',
    // a model's suffix or a name before its number
    'The carrier flies a 777 Freighter on the route.',
    'The airline flew its 737 MAX again in March.',
    'Windows 11 ships on new laptops.',
    'The studio released its game for PlayStation 5 in May.',
  ])('%s', (text) => {
    expect(read(text).filter(([kind]) => kind === 'count' || kind === 'ratio')).toEqual([]);
  });

  it.each([
    // Counts that look like the forms above stay counts.
    ['The airline ordered 40 Airbus jets.', 'count', 'count', 40],
    ['The firm hired 300 engineers in Leeds.', 'count', 'count', 300],
    ['The lab switched on a 4000-GPU cluster.', 'count', 'count', 4000],
    ['Half of the members voted.', 'ratio', 'ratio', 0.5],
    ['The show drew 3M viewers on Sunday.', 'count', 'count', 3e6],
    ['Six people were rescued from the roof.', 'count', 'count', 6],
    ['The firm has 0.5 percent of the market.', 'percent', '%', 0.5],
  ])('%s', (text, kind, unit, value) => expectOne(text, kind, unit, value));
});

const YEAR_S = 31_557_600;
const DAY_S = 86_400;

/** The one claim of a text as [kind, unit, low, high]. */
function range(text: string): [string, string, number | null, number | null] {
  const claims = extractText(text, 'case.txt').filter((c) => c.kind !== 'count' || c.quantity.low !== c.quantity.high);
  expect(claims, text).toHaveLength(1);
  const q = (claims[0] as Claim).quantity;
  return [(claims[0] as Claim).kind, q.unit, q.low, q.high];
}

describe('million before a plural count, metres otherwise', () => {
  it.each([
    ['The service reached 2.5m subscribers.', 'count', 'count', 2.5e6],
    ['Some 6m commuters use the line.', 'count', 'count', 6e6],
    ['The mast is 12 m high.', 'quantity', 'm', 12],
    ['They put up a 4m fence.', 'quantity', 'm', 4],
  ])('%s', (text, kind, unit, value) => expectOne(text, kind, unit, value));
});

describe('ages and units carried across a range', () => {
  it.each([
    ['Runners aged 40 to 55 took part.', 40, 55],
    ['Pupils aged between 11 and 16 sat the test.', 11, 16],
    ['Ministers want to lift the voting age from 16 to 18.', 16, 18],
  ])('%s', (text, low, high) => {
    expect(range(text)).toEqual(['quantity', 's', low * YEAR_S, high * YEAR_S]);
  });

  it.each([
    ['Loan terms run from 5 years to 30.', 'quantity', 's', 5 * YEAR_S, 30 * YEAR_S],
    ['The trek lasts from 4 hours to 6 in good weather.', 'quantity', 's', 4 * 3600, 6 * 3600],
  ])('%s', (text, kind, unit, low, high) => {
    const claims = extractText(text, 'case.txt');
    const q = claims.map((c) => [c.kind, c.quantity.unit, c.quantity.low, c.quantity.high]);
    expect(q).toContainEqual([kind, unit, expect.closeTo(low as number, 3), expect.closeTo(high as number, 3)]);
  });

  it('reads a single age after "aged"', () => expectOne('A man aged 47 was arrested.', 'quantity', 's', 47 * YEAR_S));

  it.each([
    ['The heatwave lasted 12 straight days.', 12 * DAY_S],
    ['The reactor ran 40 consecutive hours.', 40 * 3600],
    ['Markets fell for 6 successive weeks.', 6 * 7 * DAY_S],
  ])('%s', (text, seconds) => expectOne(text, 'quantity', 's', seconds));
});

describe('a count before a noun and a place', () => {
  it.each([
    ['The developer will build 1,800 flats on the 20-acre plot.', 1800],
    ['The group plans to build 45 schools across the region.', 45],
    ['The studio will release 12 films on its new service.', 12],
  ])('%s', (text, value) => {
    expect(read(text).filter(([kind]) => kind === 'count').map(([, , v]) => v)).toEqual([value]);
  });

  it('keeps a label after a reference word', () => {
    expect(read('Install build 2207 before the update.')).toEqual([]);
  });
});

describe('idioms, names and carried units', () => {
  it.each([
    'One day, the valley will flood again.',
    'One day they will build a bridge here.',
    'She hopes to one day coach the team.',
    'The 3M plant closed in spring.',
    'Formula 1 teams met in Paris.',
  ])('%s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it.each([
    ['The repair took one day.', 'quantity', 's', DAY_S],
    ['The band sold 3M albums.', 'count', 'count', 3e6],
  ])('%s', (text, kind, unit, value) => expectOne(text, kind, unit, value));

  it('gives a bare figure after a change the unit of the figure after "from"', () => {
    const claims = extractText('The wait was cut from 50 minutes to 35.', 'case.txt');
    expect(claims.map((c) => [c.text, c.quantity.unit, c.quantity.value])).toEqual([
      ['50 minutes', 's', 3000],
      ['35', 's', 2100],
    ]);
  });

  it('leaves a bare figure after "to" a count where a noun follows it', () => {
    const claims = extractText('Crews went from 20 minutes to 35 volunteers.', 'case.txt');
    expect(claims.map((c) => [c.quantity.unit, c.quantity.value])).toEqual([
      ['s', 1200],
      ['count', 35],
    ]);
  });
});
