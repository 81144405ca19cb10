#!/usr/bin/env node
// Writes data/units.json: SI prefixes times base units, as symbols and as words, plus the common
// non-SI units. Rows: { forms, dimension, base, factor, written } where `written` is "symbol"
// (matched as written) or "word" (matched in any case, singular and plural).
//
//   node scripts/gen-units.mjs
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'units.json');

const PREFIXES = {
  n: ['nano', 1e-9], µ: ['micro', 1e-6], m: ['milli', 1e-3], c: ['centi', 1e-2], d: ['deci', 1e-1], h: ['hecto', 1e2],
  k: ['kilo', 1e3], M: ['mega', 1e6], G: ['giga', 1e9], T: ['tera', 1e12], P: ['peta', 1e15], E: ['exa', 1e18],
};
const ALL = Object.keys(PREFIXES);
const BIG = ['k', 'M', 'G', 'T', 'P', 'E'];

// [symbol, singular names, plural names, dimension, base, factor, prefixes allowed (symbols shunned where they are words or clock
// times), offset (temperatures: base = value × factor + offset)]
const BASES = [
  ['m', ['metre', 'meter'], ['metres', 'meters'], 'length', 'm', 1, ['n', 'µ', 'm', 'c', 'd', 'k']],
  ['g', ['gram', 'gramme'], ['grams', 'grammes'], 'mass', 'kg', 1e-3, ['n', 'µ', 'm', 'k']],
  ['t', ['tonne'], ['tonnes'], 'mass', 'kg', 1e3, ['k', 'M', 'G']],
  ['W', ['watt'], ['watts'], 'power', 'W', 1, ['m', 'k', 'M', 'G', 'T']],
  ['J', ['joule'], ['joules'], 'energy', 'J', 1, ['k', 'M', 'G', 'T', 'P']],
  ['Wh', ['watt-hour', 'watt hour'], ['watt-hours', 'watt hours'], 'energy', 'J', 3600, BIG],
  ['eV', ['electronvolt', 'electron volt', 'electron-volt'], ['electronvolts', 'electron volts', 'electron-volts'], 'energy', 'J', 1.602176634e-19, ['k', 'M', 'G', 'T']],
  ['Hz', ['hertz'], ['hertz'], 'frequency', 'Hz', 1, ['k', 'M', 'G', 'T']],
  ['Gy', ['gray'], ['grays'], 'dose', 'Gy', 1, ['m', 'µ']],
  ['Sv', ['sievert'], ['sieverts'], 'dose', 'Sv', 1, ['m', 'µ', 'n']],
  ['Bq', ['becquerel'], ['becquerels'], 'radioactivity', 'Bq', 1, ['k', 'M', 'G', 'T', 'P']],
  ['Pa', ['pascal'], ['pascals'], 'pressure', 'Pa', 1, ['h', 'k', 'M', 'G']],
  ['L', ['litre', 'liter'], ['litres', 'liters'], 'volume', 'm3', 1e-3, ['n', 'µ', 'm', 'c', 'd', 'h']],
  ['B', ['byte'], ['bytes'], 'data', 'B', 1, BIG],
  ['bit', ['bit'], ['bits'], 'data', 'B', 0.125, BIG],
  ['s', ['second'], ['seconds'], 'time', 's', 1, ['n', 'µ', 'm']],
  ['V', ['volt'], ['volts'], 'voltage', 'V', 1, ['m', 'k', 'M']],
  ['A', ['ampere', 'amp'], ['amperes', 'amps'], 'current', 'A', 1, ['m', 'k']],
  // Kelvin is read in degrees Celsius: base = value × factor − 273.15.
  ['K', ['kelvin'], ['kelvins'], 'temperature', 'degC', 1, ['n', 'µ', 'm'], -273.15],
  ['N', ['newton'], ['newtons'], 'force', 'N', 1, ['k', 'M']],
  ['lm', ['lumen'], ['lumens'], 'luminous flux', 'lm', 1, ['k']],
  ['lx', ['lux'], ['lux', 'luxes'], 'illuminance', 'lx', 1, ['k']],
];

/** Non-SI units in common use. */
const OTHERS = [
  [['Btu', 'BTU', 'btu'], ['British thermal unit', 'British thermal units'], 'energy', 'J', 1055.05585262],
  [['MMBtu', 'mmBtu'], ['million British thermal units'], 'energy', 'J', 1055.05585262e6],
  [['oz t', 'ozt', 'troy oz'], ['troy ounce', 'troy ounces'], 'mass', 'kg', 0.0311034768],
  [['oz'], ['ounce', 'ounces'], 'mass', 'kg', 0.028349523125],
  [['nmi', 'NM'], ['nautical mile', 'nautical miles'], 'length', 'm', 1852],
  [['kn', 'kt', 'kts'], ['knot', 'knots'], 'speed', 'm/s', 1852 / 3600],
  [['mph'], ['mile per hour', 'miles per hour', 'mile an hour', 'miles an hour'], 'speed', 'm/s', 0.44704],
  [['kph', 'km/h', 'kmh', 'km/hr'], ['kilometre per hour', 'kilometres per hour', 'kilometer per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour'], 'speed', 'm/s', 1 / 3.6],
  [['sq mi', 'mi²', 'mi2'], ['square mile', 'square miles'], 'area', 'm2', 2589988.110336],
  [['sq km', 'km²', 'km2'], ['square kilometre', 'square kilometres', 'square kilometer', 'square kilometers'], 'area', 'm2', 1e6],
  [['km³', 'km3'], ['cubic kilometre', 'cubic kilometres', 'cubic kilometer', 'cubic kilometers'], 'volume', 'm3', 1e9],
  [['mi³'], ['cubic mile', 'cubic miles'], 'volume', 'm3', 4168181825.440579],
  [['in³'], ['cubic inch', 'cubic inches'], 'volume', 'm3', 1.6387064e-5],
  [['yd³'], ['cubic yard', 'cubic yards'], 'volume', 'm3', 0.764554857984],
  [['cl', 'cL'], ['centilitre', 'centilitres', 'centiliter', 'centiliters'], 'volume', 'm3', 1e-5],
  [['hl', 'hL'], ['hectolitre', 'hectolitres', 'hectoliter', 'hectoliters'], 'volume', 'm3', 0.1],
  [['fl oz'], ['fluid ounce', 'fluid ounces'], 'volume', 'm3', 2.95735295625e-5],
  [['qt'], ['quart', 'quarts'], 'volume', 'm3', 0.000946352946],
  // US customary kitchen measures.
  [['tsp'], ['teaspoon', 'teaspoons', 'teaspoonful', 'teaspoonfuls'], 'volume', 'm3', 4.92892159375e-6],
  [['tbsp', 'Tbsp', 'tbs'], ['tablespoon', 'tablespoons', 'tablespoonful', 'tablespoonfuls'], 'volume', 'm3', 1.478676478125e-5],
  [[], ['cup', 'cups'], 'volume', 'm3', 2.365882365e-4],
  [['rpm', 'RPM', 'r/min'], ['revolutions per minute'], 'frequency', 'Hz', 1 / 60],
  [['ppm'], ['parts per million'], 'concentration', 'ppm', 1],
  [['ppb'], ['parts per billion'], 'concentration', 'ppm', 1e-3],
  [['ppt'], ['parts per trillion'], 'concentration', 'ppm', 1e-6],
  [['mAh'], ['milliamp-hour', 'milliamp-hours', 'milliampere-hour', 'milliampere-hours'], 'charge', 'C', 3.6],
  [['Ah'], ['amp-hour', 'amp-hours', 'ampere-hour', 'ampere-hours'], 'charge', 'C', 3600],
  [['psi'], ['pounds per square inch'], 'pressure', 'Pa', 6894.757293168],
  [['mbar'], ['millibar', 'millibars'], 'pressure', 'Pa', 100],
  // Data rates: bits per second, in bytes per second.
  // "bps" alone is left to basis points, as finance writes it.
  [['bit/s'], ['bit per second', 'bits per second'], 'rate', 'B/s', 0.125],
  [['kbps', 'Kbps', 'kbit/s'], ['kilobit per second', 'kilobits per second'], 'rate', 'B/s', 125],
  [['Mbps', 'Mbit/s'], ['megabit per second', 'megabits per second'], 'rate', 'B/s', 1.25e5],
  [['Gbps', 'Gbit/s'], ['gigabit per second', 'gigabits per second'], 'rate', 'B/s', 1.25e8],
  [['Tbps', 'Tbit/s'], ['terabit per second', 'terabits per second'], 'rate', 'B/s', 1.25e11],
  [['atm'], ['atmosphere', 'atmospheres'], 'pressure', 'Pa', 101325],
  [['mmHg'], ['millimetres of mercury', 'millimeters of mercury'], 'pressure', 'Pa', 133.322387415],
  [['dB'], ['decibel', 'decibels'], 'level', 'dB', 1],
  [['hp', 'bhp'], ['horsepower', 'brake horsepower'], 'power', 'W', 745.699872],
  [['cal'], ['calorie', 'calories'], 'energy', 'J', 4.184],
  [['kcal'], ['kilocalorie', 'kilocalories'], 'energy', 'J', 4184],
  [['ha'], ['hectare', 'hectares'], 'area', 'm2', 1e4],
  [['ac'], ['acre', 'acres'], 'area', 'm2', 4046.8564224],
  [['AU'], ['astronomical unit', 'astronomical units'], 'length', 'm', 149597870700],
  [['ly'], ['light-year', 'light-years', 'light year', 'light years'], 'length', 'm', 9.4607304725808e15],
  [['pc'], ['parsec', 'parsecs'], 'length', 'm', 3.0856775814913673e16],
  [['st'], ['stone', 'stones'], 'mass', 'kg', 6.35029318],
  [['gal'], ['gallon', 'gallons'], 'volume', 'm3', 0.003785411784],
  [['bbl'], ['barrel', 'barrels'], 'volume', 'm3', 0.158987294928],
  [['mcf', 'Mcf'], ['thousand cubic feet'], 'volume', 'm3', 28.316846592],
  [['bcf', 'Bcf'], ['billion cubic feet'], 'volume', 'm3', 28316846.592],
  [[], ['acre-foot', 'acre-feet', 'acre foot', 'acre feet'], 'volume', 'm3', 1233.48183754752],
  [[], ['long ton', 'long tons', 'imperial ton', 'imperial tons'], 'mass', 'kg', 1016.0469088],
  [[], ['short ton', 'short tons'], 'mass', 'kg', 907.18474],
  [[], ['carat', 'carats'], 'mass', 'kg', 0.0002],
  [['bpm'], ['beats per minute', 'beat per minute'], 'frequency', 'Hz', 1 / 60],
  [['N·m', 'N⋅m', 'Nm', 'N-m'], ['newton-metre', 'newton-metres', 'newton metre', 'newton metres', 'newton-meter', 'newton-meters', 'newton meter', 'newton meters'], 'torque', 'N·m', 1],
  [['lb-ft', 'lb·ft', 'lb ft', 'lbf·ft'], ['pound-foot', 'pound-feet', 'pound feet', 'foot-pound', 'foot-pounds'], 'torque', 'N·m', 1.3558179483314],
  // Fuel economy: distance per volume, the inverse of fuel use (l/100 km).
  [['mpg', 'MPG'], ['miles per gallon', 'mile per gallon'], 'fuel economy', 'm/m3', 1609.344 / 0.003785411784],
  [['km/l', 'kmpl'], ['kilometres per litre', 'kilometers per liter', 'kilometres per liter', 'kilometers per litre'], 'fuel economy', 'm/m3', 1e6],
];

/** Symbols that are ordinary words or abbreviations in prose: read only where the context says so. */
const SHUNNED = new Set(['am', 'pm', 'Pm', 'dam', 'hm', 'Em', 'Eg', 'Es', 'ms', 'Ms', 'PB', 'pc', 'st', 'ac', 'cal', 'gal', 'ly', 'ppt', 'NM', 'Gs', 'Ts', 'ks', 'cs', 'ds', 'hs', 'Mt', 'Gt', 'kt']);

const rows = [];
const row = (forms, dimension, base, factor, written, offset) =>
  forms.length && rows.push({ forms, dimension, base, factor: Number(factor.toPrecision(15)), ...(offset === undefined ? {} : { offset }), written });
for (const [sym, singular, plural, dimension, base, factor, prefixes, offset] of BASES) {
  row([sym].filter((s) => !SHUNNED.has(s) && s.length > 1), dimension, base, factor, 'symbol', offset);
  row([...singular, ...plural], dimension, base, factor, 'word', offset);
  for (const p of prefixes) {
    const [name, f] = PREFIXES[p];
    // The micro sign (U+00B5) and the Greek mu (U+03BC) are both written.
    const symbols = [`${p}${sym}`, ...(p === 'µ' ? [`μ${sym}`] : [])].filter((s) => !SHUNNED.has(s));
    row(symbols, dimension, base, factor * f, 'symbol', offset);
    row([...singular, ...plural].map((n) => `${name}${n}`), dimension, base, factor * f, 'word', offset);
  }
}
for (const [symbols, words, dimension, base, factor] of OTHERS) {
  row(symbols.filter((s) => !SHUNNED.has(s)), dimension, base, factor, 'symbol');
  row(words, dimension, base, factor, 'word');
}
writeFileSync(OUT, `${JSON.stringify({ source: 'scripts/gen-units.mjs', rows }).replace(/\},\{/g, '},\n{')}\n`);
process.stdout.write(`${rows.length} rows, ${rows.reduce((n, r) => n + r.forms.length, 0)} forms -> ${OUT}\n`);
