// Units of science, engineering and trade beyond length, mass and volume (force, torque, light, fuel
// economy, heartbeats, gems, water rights), symbols that are also abbreviations, and "grand" as money.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import type { Claim } from '../src/schema.js';

/** The claims of a one-line text, as [kind, unit or currency, value, text]. */
function read(text: string): [string, string, number, string][] {
  return extractText(text, 'case.txt').map((c: Claim) => [c.kind, c.quantity.currency ?? c.quantity.unit, c.quantity.value, c.text]);
}

function close(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
}

describe('units of science and trade', () => {
  it.each([
    ['The crane arm resists 12 kN at full reach.', 'N', 12_000, '12 kN'],
    ['Each bolt is tightened to 85 N·m before the test.', 'N·m', 85, '85 N·m'],
    ['The motor makes 320 Nm of torque.', 'N·m', 320, '320 Nm'],
    ['The diesel pulls with 410 lb-ft at low revs.', 'N·m', 410 * 1.3558179483314, '410 lb-ft'],
    ['The lamp puts out 1,100 lumens.', 'lm', 1100, '1,100 lumens'],
    ['Office desks need 500 lux of light.', 'lx', 500, '500 lux'],
    ['The hatchback manages 52 mpg on the motorway.', 'm/m3', 52 * 1609.344 / 0.003785411784, '52 mpg'],
    ['The scooter covers 40 kilometres per litre.', 'm/m3', 40e6, '40 kilometres per litre'],
    ['Her resting pulse was 58 bpm.', 'Hz', 58 / 60, '58 bpm'],
    ['The sapphire weighs 4.2 carats.', 'kg', 0.00084, '4.2 carats'],
    ['The district holds rights to 9,000 acre-feet of river water.', 'm3', 9000 * 1233.48183754752, '9,000 acre-feet'],
    ['The freighter carries 60,000 long tons of ore.', 'kg', 60_000 * 1016.0469088, '60,000 long tons'],
    ['The barge moved 800 short tons of gravel.', 'kg', 800 * 907.18474, '800 short tons'],
  ])('%s', (text, unit, value, written) => {
    const got = read(text);
    expect(got).toHaveLength(1);
    const [kind, u, v, t] = got[0] as [string, string, number, string];
    expect([kind, u, t]).toEqual(['quantity', unit, written]);
    expect(close(v, value), `${v} vs ${value}`).toBe(true);
  });
});

describe('symbols that are also abbreviations', () => {
  it.each([
    ['The asteroid came within 0.05 AU of the planet.', 'm', 0.05 * 149597870700],
    ['Its orbit reaches 4.2AU at the far end.', 'm', 4.2 * 149597870700],
    ['The siren is rated at 120 dB at full volume.', 'dB', 120],
    ['Noise near the runway reached 95dB.', 'dB', 95],
  ])('%s', (text, unit, value) => {
    const got = read(text);
    expect(got.map(([k, u]) => [k, u])).toEqual([['quantity', unit]]);
    expect(close((got[0] as [string, string, number])[2], value)).toBe(true);
  });

  it.each([['The 27 AU members met in Addis Ababa.'], ['Route 66 AU Pacific runs weekly.'], ['Its 5 AU delegates voted.']])('%s reads no distance', (text) => {
    expect(read(text).filter(([, u]) => u === 'm')).toEqual([]);
  });
});

describe('"grand" as a thousand of money, unless it describes a noun', () => {
  it.each([
    ['He spent 8 grand on the boat.', [['money', 'USD', 8000]]],
    ['They still owe her 12 grand.', [['money', 'USD', 12_000]]],
    ['She has won 9 grand slams.', [['count', 'count', 9]]],
    ['The fair handed out 3 grand prizes.', [['count', 'count', 3]]],
  ])('%s', (text, want) => {
    expect(read(text).map(([k, u, v]) => [k, u, v])).toEqual(want);
  });
});
