// Rates and what a figure measures in earnings-style text: a rate keeps its second term, a sum keeps the
// words that narrow its noun, and a table row takes its measure from the top-left cell and its period
// from the column.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import type { Claim } from '../src/schema.js';

function one(text: string, surface: string, markdown = false): Claim {
  const claims = extractText(text, markdown ? 'case.md' : 'case.txt', { markdown });
  const hit = claims.filter((c) => c.text === surface);
  expect(hit.map((c) => c.text), `claims: ${JSON.stringify(claims.map((c) => c.text))}`).toEqual([surface]);
  return hit[0] as Claim;
}

describe('a rate keeps its second term', () => {
  it.each([
    // A unit of its own: the amount as written, the second term in the unit.
    ['Petrol sold for €1.80 per litre in the valley.', '€1.80 per litre', 'money', 1.8, 'EUR/l', 'per litre'],
    ['Seed costs $40/kg this season.', '$40/kg', 'money', 40, 'USD/kg', '/kg'],
    ['Farmers spread 120 kg per hectare of nitrogen.', '120 kg per hectare', 'quantity', 120, 'kg/ha', 'kg per hectare'],
    ['The sled braked at 4.2 m/s² on the ice.', '4.2 m/s²', 'quantity', 4.2, 'm/s2', 'm/s²'],
    ['The van burns 8.5 l/100 km when loaded.', '8.5 l/100 km', 'quantity', 8.5e-8, 'm3/m', 'l/100 km'],
    // A period of time: kept with the unit as written; the amount keeps its unit and its text.
    ['Pickers are paid $19.75/hour at the orchard.', '$19.75', 'money', 19.75, 'USD', '/hour'],
    ['Porters earn £11 an hour at the station.', '£11', 'money', 11, 'GBP', 'an hour'],
    ['The ferry carries 3,400 cars a week.', '3,400 cars', 'count', 3400, 'count', 'a week'],
    ['The well gives 900 litres per day.', '900 litres', 'quantity', 0.9, 'm3', 'litres per day'],
  ])('%s', (text, surface, kind, value, unit, written) => {
    const c = one(text, surface);
    expect(c.kind).toBe(kind);
    expect(c.quantity.value).toBeCloseTo(value, 12);
    expect(c.quantity.unit).toBe(unit);
    expect(c.quantity.originalUnit).toBe(written);
  });

  it.each([
    ['She came second a second time, 3 points behind.', '3 points'],
    ['The fund raised $5 million a few weeks ago.', '$5 million'],
  ])('"a" before a noun is no rate: %s', (text, surface) => {
    expect(one(text, surface).quantity.originalUnit).toBeUndefined();
  });
});

describe('a sum keeps the words that narrow its noun', () => {
  it.each([
    ['Diluted EPS of $0.87 topped estimates.', '$0.87', 'eps', ['diluted']],
    ['Underlying EPS was $2.05, which missed forecasts.', '$2.05', 'eps', ['underlying']],
    ['EPS rose 12% to $3.40.', '12%', 'eps', []],
    ['Cloud revenue climbed to $6.2 billion.', '$6.2 billion', 'revenue', ['cloud']],
    ['Net income reached $410 million.', '$410 million', 'income', ['net']],
    ['The restructuring bill of about EUR 180mn looks manageable.', 'about EUR 180mn', 'bill', ['restructuring']],
  ])('%s', (text, surface, lemma, modifiers) => {
    const m = one(text, surface).measure;
    expect(m?.lemma).toBe(lemma);
    expect(m?.modifiers).toEqual(modifiers);
  });
});

const SEGMENTS = `| Sales (€m) | Q3 FY26 | Prior year |
|---|---|---|
| Orchards | 410 | 380 |
| Cold storage | 95 | 88 |
`;

const ASSETS = `| Asset | Figure |
|---|---|
| Pump houses | 14 |
| Harbour crane | 2 |
`;

const SETTINGS = `| Setting | Default | Maximum |
|---|---|---|
| Queue length | 50 | 400 |
`;

describe('a table row takes its measure from the top-left cell and its period from the column', () => {
  it.each([
    [SEGMENTS, '410', 'Orchards sales', 'sales', ['orchards', 'q3', 'fy26'], 410e6],
    [SEGMENTS, '88', 'Cold storage sales', 'sales', ['cold', 'storage', 'prior', 'year'], 88e6],
    // A top-left cell that only names the kind of row, under columns that are no periods, gives nothing.
    [ASSETS, '14', 'Pump houses', 'house', ['pump', 'figure'], 14],
    [SETTINGS, '400', 'Queue length', 'length', ['queue', 'maximum'], 400],
  ])('%#: %s', (table, surface, noun, lemma, modifiers, value) => {
    const c = one(table, surface, true);
    expect(c.measure?.noun).toBe(noun);
    expect(c.measure?.lemma).toBe(lemma);
    expect(c.measure?.modifiers).toEqual(modifiers);
    expect(c.quantity.value).toBe(value);
  });
});
