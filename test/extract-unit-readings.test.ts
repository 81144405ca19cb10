// Units read by their surroundings: a table header's bracket gives bare figures below it a unit, a share or
// a scale; "kt" and "nm" take the reading their neighbouring words point to; pounds of a material weigh.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';

/** [text, kind, unit, value] of each claim. */
function read(text: string, file = 'case.txt'): [string, string, string, number][] {
  return extractText(text, file).map((c) => [c.text, c.kind, c.quantity.currency ?? c.quantity.unit, c.quantity.value]);
}

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('a unit in a table header applies to the bare figures below', () => {
  const table = (header: string, cell: string) => `| Item | ${header} |\n|---|---|\n| Plant A | ${cell} |\n`;
  it.each([
    ['Plot size (ha)', '7', 'quantity', 'm2', 70000],
    ['Depth (m)', '120', 'quantity', 'm', 120],
    ['Visitors (m)', '2.5', 'count', 'count', 2500000],
    ['Zinc output (kt)', '12.5', 'quantity', 'kg', 12500000],
    ['Feature size (nm)', '7', 'quantity', 'm', 7e-9],
    ['Cruise range (nm)', '3,000', 'quantity', 'm', 5556000],
    ['Load (t)', '40', 'quantity', 'kg', 40000],
    ['Uptime (%)', '99.5', 'percent', '%', 99.5],
    ['Nickel grade (% Ni)', '1.4', 'percent', '%', 1.4],
    ['Staff (000s)', '2.1', 'count', 'count', 2100],
    ['Shipments (k/month)', '18', 'count', 'count', 18000],
    ['Latency (ms)', '250', 'quantity', 's', 0.25],
    ['Screen (inches)', '13', 'quantity', 'm', 0.3302],
    ['Members (people)', '640', 'count', 'count', 640],
  ])('%s: %s', (header, cell, kind, unit, value) => {
    const got = read(table(header, cell), 'case.md');
    expect(got).toHaveLength(1);
    const [text, k, u, v] = got[0] as [string, string, string, number];
    expect([text, k, u]).toEqual([cell, kind, unit]);
    expect(near(v, value), `${v} vs ${value}`).toBe(true);
  });

  it('takes a row header unit under a column that names an entity', () => {
    const got = read('| Measure | Pit East |\n|---|---|\n| Ore reserve (Mt) | 64 |\n', 'case.md');
    expect(got).toEqual([['64', 'quantity', 'kg', 64e9]]);
  });
});

describe('symbols with two readings follow the words around them', () => {
  it.each([
    ['The smelter cast 85 kt of aluminium last year.', '85 kt', 'kg', 85e6],
    ['Sustained winds reached 70 kt near the eye.', '70 kt', 'm/s', 70 * 0.514444],
    ['The yacht sailed 420 nm across open water.', '420 nm', 'm', 420 * 1852],
    ['The foundry moved its chips to a 3 nm node.', '3 nm', 'm', 3e-9],
  ])('%s', (text, surface, unit, value) => {
    const got = read(text);
    expect(got).toHaveLength(1);
    const [t, k, u, v] = got[0] as [string, string, string, number];
    expect([t, k, u]).toEqual([surface, 'quantity', unit]);
    expect(near(v, value), `${v} vs ${value}`).toBe(true);
  });
});

describe('pounds of a material are a weight', () => {
  it.each([
    ['The mine sold 30 million pounds of nickel.', '30 million pounds', 'quantity', 'kg', 30e6 * 0.45359237],
    ['Farmers shipped 500 pounds of coffee.', '500 pounds', 'quantity', 'kg', 500 * 0.45359237],
    ['The club paid 30 million pounds for the striker.', '30 million pounds', 'money', 'GBP', 30e6],
    ['They raised 2 million pounds of funding.', '2 million pounds', 'money', 'GBP', 2e6],
  ])('%s', (text, surface, kind, unit, value) => {
    const got = read(text);
    expect(got).toHaveLength(1);
    const [t, k, u, v] = got[0] as [string, string, string, number];
    expect([t, k, u]).toEqual([surface, kind, unit]);
    expect(near(v, value), `${v} vs ${value}`).toBe(true);
  });
});

describe('flows, Mach numbers and apertures', () => {
  it.each([
    ['The pump moves 600 litres per minute.', '600 litres per minute', 'm3/s', 0.01, 'exact'],
    ['The spring gives 90 litres an hour.', '90 litres an hour', 'm3/s', 0.000025, 'exact'],
    ['The weir passes 12 cubic metres per second.', '12 cubic metres per second', 'm3/s', 12, 'exact'],
    ['The jet reached Mach 1.6 in tests.', 'Mach 1.6', 'Mach', 1.6, 'exact'],
    ['The glider flies at over Mach 8.', 'over Mach 8', 'Mach', 8, 'gt'],
  ])('%s', (text, surface, unit, value, qualifier) => {
    const got = extractText(text, 'case.txt');
    expect(got.map((c) => [c.text, c.kind, c.quantity.unit, c.quantity.qualifier])).toEqual([[surface, 'quantity', unit, qualifier]]);
    expect(near(got[0]?.quantity.value ?? NaN, value)).toBe(true);
  });

  it('keeps a volume per day as written', () => {
    expect(read('The village uses 8000 litres a day.')).toEqual([['8000 litres', 'quantity', 'm3', 8]]);
  });

  it.each([['The lens opens to f/1.4 indoors.'], ['Stop down to f/ 11 for depth.']])('an aperture is no claim: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe('the cue for a symbol may come in the sentence before', () => {
  it('reads nautical miles after a sentence about range', () => {
    const got = read('Range is what sells the jet. At 6,900 nm it links both capitals.');
    expect(got.map(([t, k, u]) => [t, k, u])).toEqual([['6,900 nm', 'quantity', 'm']]);
    expect(near(got[0]?.[3] ?? NaN, 6900 * 1852)).toBe(true);
  });
});

describe('a foot mark after a figure', () => {
  it.each([
    ["The plank is 4' long.", "4'", 4 * 0.3048],
    ['She stands 5\'6" in socks.', '5\'6"', 5 * 0.3048 + 6 * 0.0254],
    ['He measured 6\u20322\u2033 at the clinic.', '6\u20322\u2033', 6 * 0.3048 + 2 * 0.0254],
  ])('%s', (text, surface, value) => {
    const got = read(text);
    expect(got.map(([t, k, u]) => [t, k, u])).toEqual([[surface, 'quantity', 'm']]);
    expect(near(got[0]?.[3] ?? NaN, value)).toBe(true);
  });

  it('reads both sides of a dimension in feet', () => {
    expect(read("The shed is 10' x 6'.").map(([t, , u, v]) => [t, u, Math.round(v * 1e4) / 1e4])).toEqual([
      ["10'", 'm', 3.048],
      ["6'", 'm', 1.8288],
    ]);
  });

  it.each([["It made her top 5' list."], ["Sales grew in the 80's."]])('no foot mark in %s', (text) => {
    expect(read(text).filter(([, k]) => k === 'quantity')).toEqual([]);
  });
});
