// Coverage of forms met in unseen text: paragraph bounds, compound amounts, "a"/"an" as one, spoken
// decimals, ranges with a unit on one side, seasons, ages, accounting negatives and temperature differences.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';

const texts = (text: string) => extractText(text, 'case.txt').map((c) => c.text);

describe('paragraph bounds', () => {
  it.each([
    ['It cost 8$\n\n5 dollars went missing.', ['8$', '5 dollars']],
    ['The fare was 3\u20ac\n\n40 passengers paid it.', ['3\u20ac', '40 passengers']],
  ])('a symbol closing one paragraph does not join the next: %j', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
});

/** The one claim whose text is `surface`, with its value and range in base units. */
function only(text: string, surface: string) {
  const claims = extractText(text, 'case.txt');
  const hit = claims.filter((c) => c.text === surface);
  expect(hit.map((c) => c.text), `claims: ${JSON.stringify(claims.map((c) => c.text))}`).toEqual([surface]);
  return hit[0]!.quantity;
}

describe('compound amounts are summed', () => {
  it.each([
    ['The mast stands 9 feet, 4 inches above deck.', '9 feet, 4 inches', 2.8448, 'm'],
    ['The plank was 3 m and 45 cm long.', '3 m and 45 cm', 3.45, 'm'],
    ['The ferry takes 2 h 40 min to cross.', '2 h 40 min', 9600, 's'],
    ['The hearing lasted 3 hours and 10 minutes.', '3 hours and 10 minutes', 11400, 's'],
    ['The stall asked eight dollars and twenty cents for it.', 'eight dollars and twenty cents', 8.2, 'USD'],
  ])('%s', (text, surface, value, unit) => {
    const q = only(text, surface);
    expect(q.value).toBeCloseTo(value, 9);
    expect(q.unit).toBe(unit);
  });

  it.each([
    ['Stations at 12 m 3 dm and 14 m were sampled.', ['12 m', '3 dm', '14 m']],
    ['The trail is 4 km, 900 m further on.', ['4 km, 900 m']],
    ['They ran 5 km and 20 km.', ['5 km', '20 km']],
  ])('decimal units side by side stay apart, a larger second part is its own figure: %s', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
});

describe('short symbols that are words, read as units in context', () => {
  it.each([
    ['The pipe is 3 in wide.', '3 in', 0.0762],
    ['Last night 4 in of snow fell.', '4 in', 0.1016],
    ['The panel measures 20 in by 16 in.', '16 in', 0.4064],
    ['The monitor is 27" wide.', '27"', 0.6858],
    ['The barge carried 8,000 t of coal.', '8,000 t', 8e6],
  ])('%s', (text, surface, value) => {
    expect(only(text, surface).value).toBeCloseTo(value, 9);
  });

  it.each([
    ['Sales rose 5 in 2020.', ['5', '2020']],
    ['He typed "42" and stopped.', ['42']],
  ])('not where the word is a word: %s', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
});

describe('ranges with a unit or qualifier on one side', () => {
  it.each([
    ['Melons grow to between 2 and about 7 kg.', 'between 2 and about 7 kg', 2, 7],
    ['Each drum holds 3 - ~5 litres.', '3 - ~5 litres', 0.003, 0.005],
    ['Routes run from 3km to 9km.', 'from 3km to 9km', 3000, 9000],
    ['Crews laid 4- to 10-metre pipes.', '4- to 10-metre', 4, 10],
    ['The ingot weighed 20.5 ± 0.5 kg.', '20.5 ± 0.5 kg', 20, 21],
  ])('%s', (text, surface, low, high) => {
    const q = only(text, surface);
    expect(q.qualifier).toBe('range');
    expect(q.low).toBeCloseTo(low, 9);
    expect(q.high).toBeCloseTo(high, 9);
  });
});

const YEAR_S = 31_557_600;

describe('news forms around a bare figure', () => {
  it.each([
    ['Jones, 71, opened the shop in 1980.', '71', 71 * YEAR_S, 's'],
    ['The keeper, 29, signed again.', '29', 29 * YEAR_S, 's'],
    ['The boy, who was 12, found the coin.', '12', 12 * YEAR_S, 's'],
    ['A strong 7.1 quake hit the island.', '7.1', 7.1, 'magnitude'],
    ['The bank booked a loss of ($3.20) a share.', '$3.20', -3.2, 'USD'],
    ['Tickets cost 100 euros ($110) each.', '$110', 110, 'USD'],
  ])('%s', (text, surface, value, unit) => {
    const q = only(text, surface);
    expect(q.value).toBeCloseTo(value, 6);
    expect(q.unit).toBe(unit);
  });

  it('an age is measured as an age', () => {
    expect(extractText('Jones, 71, opened the shop.', 'case.txt')[0]?.measure?.lemma).toBe('age');
  });

  it.each([
    ['Sales rose 12 per cent over 2022.', '2022', 'year', 'exact'],
    ['Over 2,000 people came.', 'Over 2,000 people', 'count', 'gt'],
  ])('a year after a percentage is compared with, a count after "over" is a bound: %s', (text, surface, kind, qualifier) => {
    const c = extractText(text, 'case.txt').find((x) => x.text === surface);
    expect([c?.kind, c?.quantity.qualifier]).toEqual([kind, qualifier]);
  });

  it.each([
    ['The 2021-22 season was short.', '2021-22', 2021, 2022],
    ['Output for fiscal 2023-24 was flat.', '2023-24', 2023, 2024],
  ])('a season of two years: %s', (text, surface, low, high) => {
    const c = extractText(text, 'case.txt').find((x) => x.text === surface);
    expect([c?.kind, c?.quantity.low, c?.quantity.high]).toEqual(['year', low, high]);
  });

  it('a bracketed percentage in a table cell is a decline', () => {
    const c = extractText('| Unit | Change |\n|---|---|\n| Retail | (7%) |\n', 'case.md').find((x) => x.text === '7%');
    expect(c?.quantity.value).toBe(-7);
  });
});

describe('"a" or "an" as one before a unit or currency', () => {
  it.each([
    ['The hoist can raise a tonne.', 'a tonne', 1000, 'kg'],
    ['A coffee there costs a euro.', 'a euro', 1, 'EUR'],
    ['The check took an hour.', 'an hour', 3600, 's'],
    ['The well is half a mile away.', 'half a mile', 804.672, 'm'],
    ['Pour in three-quarters of a litre of stock.', 'three-quarters of a litre', 0.00075, 'm3'],
    ['The boulder weighs a quarter-tonne.', 'a quarter-tonne', 250, 'kg'],
  ])('%s', (text, surface, value, unit) => {
    const q = only(text, surface);
    expect(q.value).toBeCloseTo(value, 9);
    expect(q.unit).toBe(unit);
  });

  it.each([
    ['A few workers stayed a day longer.', []],
    ['Cleaners earn $14 an hour.', ['$14']],
    ['She holds a degree in law and a lot of patience.', []],
  ])('not before other words, nor as the "a" of a rate: %s', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
});

describe('units from the words around the figure', () => {
  it.each([
    ['The lake holds 2 km^3 of water.', '2 km^3', 2e9, 'm3'],
    ['They moved 4 km cubed of soil.', '4 km cubed', 4e9, 'm3'],
    ['The plot covers 30 m squared.', '30 m squared', 30, 'm2'],
    ['The van needs 7.5 l/100 km in town.', '7.5 l/100 km', 7.5e-8, 'm3/m'],
    ['Night lows fell to -9C in the valley.', '-9C', -9, 'degC'],
    ['The bath is kept warm at 38 C.', '38 C', 38, 'degC'],
    ['The stock ended at 315p on Friday.', '315p', 3.15, 'GBP'],
    ['The bike did 60 mph (97 km/h) downhill.', '97 km/h', 97 / 3.6, 'm/s'],
    ['A 150-hp motor drives it.', '150-hp', 150 * 745.699872, 'W'],
    ['Summers warmed by 1.8 Fahrenheit.', '1.8 Fahrenheit', 1, 'degC'],
    ['The gauge showed 3 point 7 at noon.', '3 point 7', 3.7, 'count'],
    ['The index slipped by point 45.', 'point 45', 0.45, 'count'],
    ['The state owes four thousand million dollars.', 'four thousand million dollars', 4e9, 'USD'],
  ])('%s', (text, surface, value, unit) => {
    const q = only(text, surface);
    expect(q.value).toBeCloseTo(value, 9);
    expect(q.unit).toBe(unit);
  });

  it.each([
    ['The stream is 1080p video.', []],
    ['At one point 20 people waited.', ['20 people']],
    ['Earnings were 14.7C/ per unit.', []],
  ])('not where the letters are something else: %s', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
});

describe('a measure keeps the words that narrow it', () => {
  it.each([
    ['Cloud revenue rose to $4.1 billion.', '$4.1 billion', 'revenue', ['cloud']],
    ['Net income was $2.3 billion in the quarter.', '$2.3 billion', 'income', ['net']],
    ['Operating margin widened to 31%.', '31%', 'margin', ['operating']],
  ])('%s', (text, surface, lemma, modifiers) => {
    const c = extractText(text, 'case.txt').find((x) => x.text === surface);
    expect([c?.measure?.lemma, c?.measure?.modifiers]).toEqual([lemma, modifiers]);
  });

  it('a column naming a period or setting narrows the row label', () => {
    const table = '| Segment | Q2 FY25 | Prior year |\n|---|---|---|\n| Storage | $4.1 billion | $3.2 billion |\n';
    const claims = extractText(table, 'case.md');
    expect(claims.map((c) => [c.text, c.measure?.lemma, c.measure?.modifiers])).toEqual([
      ['$4.1 billion', 'storage', ['q2', 'fy25']],
      ['$3.2 billion', 'storage', ['prior', 'year']],
    ]);
  });
});
