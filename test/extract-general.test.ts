// General mechanisms behind unseen text: words that complete a figure in digits, abbreviated groups,
// signed fractions, short symbols before "of", kitchen and electrical units, a scale named after the
// figure, angles against temperatures, and "A" opening a sentence before a unit.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';

const read = (text: string) => extractText(text, 'case.txt').map((c) => [c.text, c.kind, c.quantity.unit, c.quantity.value] as const);

describe('figures read whole', () => {
  it.each([
    ['The town has 4 million and a half residents.', '4 million and a half residents', 'count', 'count', 4.5e6],
    ['They own 2 million and a quarter shares.', '2 million and a quarter shares', 'count', 'count', 2.25e6],
    ['She bought 3 doz eggs.', '3 doz eggs', 'count', 'count', 36],
    ['The bakery sold 5 dzs.', '5 dzs', 'count', 'count', 60],
    ['The slope is -3/4 on that stretch.', '-3/4', 'ratio', 'ratio', -0.75],
  ])('%s', (text, surface, kind, unit, value) => {
    expect(read(text)).toContainEqual([surface, kind, unit, value]);
  });
});

describe('units found in more places', () => {
  it.each([
    ['Weigh out 250 g of sugar.', '250 g', 'kg', 0.25],
    ['Fill it with 2 l of water.', '2 l', 'm3', 0.002],
    ['The kitten weighed 1 lb 2 oz.', '1 lb 2 oz', 'kg', 0.45359237 + 2 * 0.028349523125],
    ['Whisk in 3 tbsp of butter.', '3 tbsp', 'm3', 3 * 1.478676478125e-5],
    ['Add 2 teaspoons of yeast.', '2 teaspoons', 'm3', 2 * 4.92892159375e-6],
    ['The line carries 132 kV.', '132 kV', 'V', 132000],
    ['The charger draws 500 mA.', '500 mA', 'A', 0.5],
  ])('%s', (text, surface, unit, value) => {
    const hit = read(text).find(([t]) => t === surface);
    expect(hit, JSON.stringify(read(text))).toBeDefined();
    expect(hit?.[2]).toBe(unit);
    expect(hit?.[3] as number).toBeCloseTo(value, 12);
  });
});

describe('degrees: the scale named after the figure, angles by their words', () => {
  it.each([
    ['It fell to 14° on the Fahrenheit scale overnight.', '14° on the Fahrenheit scale', 'degC', -10],
    ['Turn the valve 90° to close it.', '90°', 'rad', Math.PI / 2],
    ['The ramp is inclined at 12°.', '12°', 'rad', (12 * Math.PI) / 180],
    ['It was 31° in the shade and hot.', '31°', 'degC', 31],
    ['Keep the sauce at a simmer, about 85 C.', 'about 85 C', 'degC', 85],
  ])('%s', (text, surface, unit, value) => {
    const hit = read(text).find(([t]) => t === surface);
    expect(hit, JSON.stringify(read(text))).toBeDefined();
    expect(hit?.[2]).toBe(unit);
    expect(hit?.[3] as number).toBeCloseTo(value, 9);
  });
});

describe('"A" opening a sentence', () => {
  it.each([
    ['A litre of milk costs more now.', [['A litre', 'quantity', 'm3', 0.001]]],
    ['A bit more rain fell.', []],
    ['A stone wall ran along the field.', []],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('news forms', () => {
  it.each([
    ['Police held two men aged 23 and 31.', [['two men', 'count', 'count', 2], ['23', 'quantity', 's', 23 * 31557600], ['31', 'quantity', 's', 31 * 31557600]]],
    ['A woman aged 58 was hurt.', [['58', 'quantity', 's', 58 * 31557600]]],
    ['The hosts won 3-1 at home.', []],
    ['Members voted 61-39 to strike.', []],
    ['Prices rose 3-5% last year.', [['3-5%', 'percent', '%', 4]]],
  ])('%s', (text, want) => {
    expect(read(text)).toEqual(want);
  });
});

describe('scale words stacked before a larger one', () => {
  it.each([
    ['The ministry set aside 4 thousand crore for ports.', '4 thousand crore', 'count', 4e10],
    ['Rail spending reached Rs 1.8 lakh crore this year.', 'Rs 1.8 lakh crore', 'INR', 1.8e12],
    ['The treaty freed 6 thousand million dollars.', '6 thousand million dollars', 'USD', 6e9],
    ['Nearly 3 hundred thousand fans queued.', 'Nearly 3 hundred thousand fans', 'count', 3e5],
    ['The grid lost 2 hundred million euros.', '2 hundred million euros', 'EUR', 2e8],
  ])('%s', (text, surface, unit, value) => {
    const got = extractText(text, 'case.txt').map((c) => [c.text, c.quantity.currency ?? c.quantity.unit, c.quantity.value]);
    expect(got).toEqual([[surface, unit, value]]);
  });
});
