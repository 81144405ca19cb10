// Counts whose noun comes after a name or a model ("36 Northstar Relay satellites", "22 320-2s"), and number
// words in a headline written in title case ("Harbour Town Hires Three Hundred Workers").
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';

function read(text: string) {
  return extractText(text, 'case.txt').map((c) => ({ text: c.text, kind: c.kind, value: c.quantity.value, lemma: c.measure?.lemma ?? null }));
}

describe('a count with a name or a model before its noun', () => {
  it.each([
    ['They launched 36 Northstar Relay satellites.', '36 Northstar Relay satellites', 36, 'satellite'],
    ['The port bought 8 Harbor Master Pro cranes.', '8 Harbor Master Pro cranes', 8, 'crane'],
    ['The airline took 22 320-2s last year.', '22 320-2s', 22, '320-2'],
    ['Crews fitted 12 A330-900s with new seats.', '12 A330-900s', 12, 'a330-900'],
  ])('%s', (text, surface, value, lemma) => {
    expect(read(text)).toEqual([{ text: surface, kind: 'count', value, lemma }]);
  });

  it('still reads a figure grouped with a plain space', () => {
    expect(read('The town has 61 204 residents.')).toEqual([{ text: '61 204 residents', kind: 'count', value: 61204, lemma: 'resident' }]);
  });
});

describe('number words in a title-case headline', () => {
  it.each([
    ['Harbour Town Hires Three Hundred Workers', 'Three Hundred Workers', 300, 'worker'],
    ['# Probe Sends Back Two Dozen Images From Orbit', 'Two Dozen Images', 24, 'image'],
    ['City Council Approves Forty New Buses', 'Forty New Buses', 40, 'bus'],
  ])('%s', (text, surface, value, lemma) => {
    expect(read(text)).toEqual([{ text: surface, kind: 'count', value, lemma }]);
  });

  it.each([['The Six Nations opens on Friday.'], ['She watched Channel Four all evening.']])('a name in running text: %s', (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("a count before a model's number and name", () => {
  it.each([
    ['The carrier wants up to 20 777 Freighters next year.', 'up to 20 777 Freighters', 20, 'lte'],
    ['The lessor placed 12 737 MAX jets with airlines.', '12 737 MAX jets', 12, 'exact'],
  ])('%s', (text, surface, value, qualifier) => {
    const got = extractText(text, 'case.txt').map((c) => [c.text, c.quantity.value, c.quantity.qualifier]);
    expect(got).toEqual([[surface, value, qualifier]]);
  });
});

describe('a count before a hyphenated model number and name', () => {
  it('reads the count and the model as its noun', () => {
    expect(extractText('They ordered 18 320-2 Seaplanes.', 'case.txt').map((c) => [c.text, c.quantity.value, c.measure?.noun])).toEqual([['18 320-2 Seaplanes', 18, '320-2 Seaplanes']]);
  });
});
