// Edge input: overflowing powers, negative amounts and their intervals, terminal control
// sequences, and white space of every kind in reported text.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';

describe('powers of ten', () => {
  it.each([
    ['The lab grew 1x10^400 chips.'],
    ['The lab grew 1×10^999 cells.'],
  ])('%s gives no figure rather than an infinite one', (text) => {
    const claims = extractText(text, 'case.txt');
    for (const c of claims) {
      expect(Number.isFinite(c.quantity.value), c.text).toBe(true);
      expect(c.quantity.low === null || Number.isFinite(c.quantity.low)).toBe(true);
      expect(c.quantity.high === null || Number.isFinite(c.quantity.high)).toBe(true);
    }
    expect(claims.filter((c) => /10/.test(c.text))).toEqual([]);
  });

  it.each([
    ['Decay runs at 3.1×10⁻⁴ per year.', '3.1×10⁻⁴', 3.1e-4],
    ['The error rate was 7.2x10-6 per cell.', '7.2x10-6', 7.2e-6],
    ['The sample held 2.5x10^6 cells.', '2.5x10^6', 2.5e6],
  ])('%s reads one figure', (text, surface, value) => {
    const claims = extractText(text, 'case.txt');
    expect(claims.map((c) => c.text)).toHaveLength(1);
    expect(claims[0]?.text.startsWith(surface)).toBe(true);
    expect(claims[0]?.quantity.value).toBeCloseTo(value, 12);
  });
});

describe('negative amounts', () => {
  it.each([
    ['The fund lost $ -5 on each share.', -5],
    ['It will be under -3 degrees tonight, the weather service said.', -3],
    ['The arm swung to under -3 degrees of tilt.', -3 * Math.PI / 180],
    ['The unit reported -$5 million in operating income.', -5e6],
    ['The account closed at -€12,000.', -12000],
  ])('%s keeps low <= value <= high', (text, value) => {
    const claims = extractText(text, 'case.txt');
    expect(claims).toHaveLength(1);
    const q = claims[0]!.quantity;
    expect(q.value).toBeCloseTo(value, 9);
    if (q.low !== null) expect(q.low).toBeLessThanOrEqual(q.value);
    if (q.high !== null) expect(q.high).toBeGreaterThanOrEqual(q.value);
  });
});

describe('terminal control sequences', () => {
  it.each([
    ['\x1b[2J'],
    ['\x1b[31m servers'],
    ['\x1b[1;31m'],
    ['\x1b[0m\x1b[32mdone\x1b[0m'],
  ])('%j is no claim', (text) => {
    expect(extractText(text, 'case.txt')).toEqual([]);
  });

  it('a figure after a control sequence is still read', () => {
    const claims = extractText('\x1b[1;31m 40 servers failed', 'case.txt');
    expect(claims.map((c) => [c.text, c.quantity.value])).toEqual([['40 servers', 40]]);
  });
});

describe('white space in reported text', () => {
  it.each(['\u2028', '\u2029', '\u2003', '\u3000', '\u205f', '\u1680', '\u2002'])('U+%s collapses to one space', (space) => {
    const claims = extractText(`Exports rose${space}by 12% in the spring.`, 'case.txt');
    expect(claims).toHaveLength(1);
    expect(claims[0]!.sentence).toBe('Exports rose by 12% in the spring.');
  });
});
