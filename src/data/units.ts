// Physical units: every written form, its dimension, base unit and factor to the base unit. The rows
// below are read first; data/units.json (written by scripts/gen-units.mjs: SI prefixes times base
// units, and the common non-SI units) adds every form they lack.
import fs from 'node:fs';

export interface UnitForm {
  dimension:
    | 'length' | 'mass' | 'power' | 'energy' | 'data' | 'area' | 'volume' | 'speed' | 'time' | 'temperature' | 'angle'
    | 'frequency' | 'dose' | 'radioactivity' | 'pressure' | 'concentration' | 'charge' | 'level' | 'rate' | 'voltage' | 'current'
    | 'force' | 'torque' | 'luminous flux' | 'illuminance' | 'fuel economy';
  base: string;
  factor: number;
  /** Temperatures: value in base = value * factor + offset. */
  offset?: number;
}

type Row = [forms: string[], dimension: UnitForm['dimension'], base: string, factor: number, offset?: number];

/** Symbols, matched case-sensitively ("MW" is not "mW"). */
const SYMBOLS: Row[] = [
  [['mm'], 'length', 'm', 1e-3], [['cm'], 'length', 'm', 1e-2], [['m'], 'length', 'm', 1], [['km', 'Km', 'KM'], 'length', 'm', 1e3],
  [['ft'], 'length', 'm', 0.3048], [['in'], 'length', 'm', 0.0254], [['yd'], 'length', 'm', 0.9144], [['mi'], 'length', 'm', 1609.344],
  [['nm'], 'length', 'm', 1e-9], [['µm', 'μm'], 'length', 'm', 1e-6], [['dm'], 'length', 'm', 0.1],
  [['µg', 'μg', 'mcg'], 'mass', 'kg', 1e-9], [['rad'], 'angle', 'rad', 1], [['°'], 'angle', 'rad', Math.PI / 180],
  [['mg'], 'mass', 'kg', 1e-6], [['g'], 'mass', 'kg', 1e-3], [['kg', 'Kg', 'KG', 'kgs'], 'mass', 'kg', 1], [['t'], 'mass', 'kg', 1e3],
  [['lb', 'lbs'], 'mass', 'kg', 0.45359237], [['oz'], 'mass', 'kg', 0.028349523125], [['Mt'], 'mass', 'kg', 1e9],
  [['W'], 'power', 'W', 1], [['kW'], 'power', 'W', 1e3], [['MW'], 'power', 'W', 1e6], [['GW'], 'power', 'W', 1e9], [['TW'], 'power', 'W', 1e12],
  [['hp', 'bhp'], 'power', 'W', 745.699872],
  [['J'], 'energy', 'J', 1], [['kJ'], 'energy', 'J', 1e3], [['MJ'], 'energy', 'J', 1e6], [['GJ'], 'energy', 'J', 1e9],
  [['Wh'], 'energy', 'J', 3600], [['kWh'], 'energy', 'J', 3.6e6], [['MWh'], 'energy', 'J', 3.6e9], [['GWh'], 'energy', 'J', 3.6e12], [['TWh'], 'energy', 'J', 3.6e15],
  [['kcal'], 'energy', 'J', 4184],
  [['B'], 'data', 'B', 1], [['KB', 'kB'], 'data', 'B', 1e3], [['MB'], 'data', 'B', 1e6], [['GB'], 'data', 'B', 1e9], [['TB'], 'data', 'B', 1e12], [['PB'], 'data', 'B', 1e15],
  [['KiB'], 'data', 'B', 1024], [['MiB'], 'data', 'B', 1024 ** 2], [['GiB'], 'data', 'B', 1024 ** 3], [['TiB'], 'data', 'B', 1024 ** 4],
  [['Kb', 'kb', 'kbit'], 'data', 'B', 125], [['Mb', 'mb', 'Mbit'], 'data', 'B', 1.25e5], [['Gb', 'Gbit'], 'data', 'B', 1.25e8], [['Tb'], 'data', 'B', 1.25e11],
  [['m2', 'm²', 'sq m', 'sqm'], 'area', 'm2', 1], [['km2', 'km²', 'sq km'], 'area', 'm2', 1e6], [['ha'], 'area', 'm2', 1e4],
  [['ft2', 'ft²', 'sq ft'], 'area', 'm2', 0.09290304], [['sq mi'], 'area', 'm2', 2589988.110336], [['cm2', 'cm²'], 'area', 'm2', 1e-4],
  [['m3', 'm³'], 'volume', 'm3', 1], [['l', 'L'], 'volume', 'm3', 1e-3], [['ml', 'mL'], 'volume', 'm3', 1e-6], [['cm3', 'cm³', 'cc'], 'volume', 'm3', 1e-6],
  [['km/h', 'kph', 'kmh', 'km/hr', 'kmph'], 'speed', 'm/s', 1 / 3.6], [['km/s'], 'speed', 'm/s', 1000], [['km/ms'], 'speed', 'm/s', 1e6], [['mph'], 'speed', 'm/s', 0.44704], [['m/s'], 'speed', 'm/s', 1], [['kn', 'kt', 'kts'], 'speed', 'm/s', 0.514444],
  [['ms'], 'time', 's', 1e-3], [['s', 'sec', 'secs'], 'time', 's', 1], [['min', 'mins'], 'time', 's', 60], [['hr', 'hrs', 'h'], 'time', 's', 3600],
  [['°C', '℃', 'ºC', '° C', 'C°', 'deg C', 'deg c', '° Celsius', '°Celsius', '° celsius'], 'temperature', 'degC', 1],
  [['° Fahrenheit', '°Fahrenheit', '° fahrenheit'], 'temperature', 'degC', 5 / 9, -160 / 9], [['°F', '℉', 'ºF', '° F'], 'temperature', 'degC', 5 / 9, -160 / 9], [['K'], 'temperature', 'degC', 1, -273.15],
];

const YEAR = 31557600;
/** Words, matched case-insensitively, singular and plural. */
const WORDS: Row[] = [
  [['picometre', 'picometer', 'picometres', 'picometers'], 'length', 'm', 1e-12],
  [['nanometre', 'nanometer', 'nanometres', 'nanometers'], 'length', 'm', 1e-9],
  [['micrometre', 'micrometer', 'micrometres', 'micrometers', 'micron', 'microns'], 'length', 'm', 1e-6],
  [['millimetre', 'millimeter', 'millimetres', 'millimeters'], 'length', 'm', 1e-3],
  [['decimetre', 'decimeter', 'decimetres', 'decimeters'], 'length', 'm', 0.1],
  [['centimetre', 'centimeter', 'centimetres', 'centimeters'], 'length', 'm', 1e-2],
  [['metre', 'meter', 'metres', 'meters'], 'length', 'm', 1],
  [['kilometre', 'kilometer', 'kilometres', 'kilometers', 'kms'], 'length', 'm', 1e3],
  [['inch', 'inches'], 'length', 'm', 0.0254],
  [['foot', 'feet'], 'length', 'm', 0.3048],
  [['yard', 'yards'], 'length', 'm', 0.9144],
  [['mile', 'miles'], 'length', 'm', 1609.344],
  [['nautical mile', 'nautical miles'], 'length', 'm', 1852],
  [['light-year', 'light-years', 'light year', 'light years'], 'length', 'm', 9.4607304725808e15],
  [['microgram', 'micrograms', 'microgramme', 'microgrammes'], 'mass', 'kg', 1e-9],
  [['milligram', 'milligrams', 'milligramme', 'milligrammes'], 'mass', 'kg', 1e-6],
  [['gram', 'grams', 'gramme', 'grammes'], 'mass', 'kg', 1e-3],
  [['kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'], 'mass', 'kg', 1],
  [['tonne', 'tonnes', 'metric ton', 'metric tons', 'ton', 'tons'], 'mass', 'kg', 1e3],
  [['pound', 'pounds'], 'mass', 'kg', 0.45359237],
  [['ounce', 'ounces'], 'mass', 'kg', 0.028349523125],
  [['stone'], 'mass', 'kg', 6.35029318],
  [['watt', 'watts'], 'power', 'W', 1],
  [['kilowatt', 'kilowatts'], 'power', 'W', 1e3],
  [['megawatt', 'megawatts'], 'power', 'W', 1e6],
  [['gigawatt', 'gigawatts'], 'power', 'W', 1e9],
  [['terawatt', 'terawatts'], 'power', 'W', 1e12],
  [['horsepower'], 'power', 'W', 745.699872],
  [['joule', 'joules'], 'energy', 'J', 1],
  [['kilojoule', 'kilojoules'], 'energy', 'J', 1e3],
  [['megajoule', 'megajoules'], 'energy', 'J', 1e6],
  [['kilowatt-hour', 'kilowatt-hours', 'kilowatt hour', 'kilowatt hours'], 'energy', 'J', 3.6e6],
  [['megawatt-hour', 'megawatt-hours', 'megawatt hour', 'megawatt hours'], 'energy', 'J', 3.6e9],
  [['gigawatt-hour', 'gigawatt-hours', 'gigawatt hour', 'gigawatt hours'], 'energy', 'J', 3.6e12],
  [['terawatt-hour', 'terawatt-hours', 'terawatt hour', 'terawatt hours'], 'energy', 'J', 3.6e15],
  [['calorie', 'calories'], 'energy', 'J', 4184],
  [['byte', 'bytes'], 'data', 'B', 1],
  [['kilobyte', 'kilobytes'], 'data', 'B', 1e3],
  [['megabyte', 'megabytes'], 'data', 'B', 1e6],
  [['gigabyte', 'gigabytes'], 'data', 'B', 1e9],
  [['terabyte', 'terabytes'], 'data', 'B', 1e12],
  [['petabyte', 'petabytes'], 'data', 'B', 1e15],
  [['bit', 'bits'], 'data', 'B', 0.125],
  [['kilobit', 'kilobits'], 'data', 'B', 125],
  [['megabit', 'megabits'], 'data', 'B', 1.25e5],
  [['gigabit', 'gigabits'], 'data', 'B', 1.25e8],
  [['square metre', 'square meter', 'square metres', 'square meters', 'sq metres', 'sq meters'], 'area', 'm2', 1],
  [['square kilometre', 'square kilometer', 'square kilometres', 'square kilometers', 'sq kilometres', 'sq kilometers'], 'area', 'm2', 1e6],
  [['square foot', 'square feet', 'sq feet'], 'area', 'm2', 0.09290304],
  [['square mile', 'square miles', 'sq miles'], 'area', 'm2', 2589988.110336],
  [['square yard', 'square yards'], 'area', 'm2', 0.83612736],
  [['hectare', 'hectares'], 'area', 'm2', 1e4],
  [['acre', 'acres'], 'area', 'm2', 4046.8564224],
  [['cubic metre', 'cubic meter', 'cubic metres', 'cubic meters'], 'volume', 'm3', 1],
  [['cubic foot', 'cubic feet'], 'volume', 'm3', 0.028316846592],
  [['cubic centimetre', 'cubic centimeter', 'cubic centimetres', 'cubic centimeters'], 'volume', 'm3', 1e-6],
  [['litre', 'liter', 'litres', 'liters'], 'volume', 'm3', 1e-3],
  [['millilitre', 'milliliter', 'millilitres', 'milliliters'], 'volume', 'm3', 1e-6],
  [['gallon', 'gallons'], 'volume', 'm3', 0.003785411784],
  [['barrel', 'barrels'], 'volume', 'm3', 0.158987294928],
  [['pint', 'pints'], 'volume', 'm3', 0.000473176473],
  [['kilometres per hour', 'kilometers per hour', 'kilometres an hour', 'kilometers an hour', 'km per hour', 'km an hour'], 'speed', 'm/s', 1 / 3.6],
  [['miles per hour', 'miles an hour', 'mile per hour', 'mile an hour'], 'speed', 'm/s', 0.44704],
  [['metres per second', 'meters per second', 'metre per second', 'meter per second'], 'speed', 'm/s', 1],
  [['knot', 'knots'], 'speed', 'm/s', 0.514444],
  [['millisecond', 'milliseconds'], 'time', 's', 1e-3],
  [['second', 'seconds'], 'time', 's', 1],
  [['minute', 'minutes'], 'time', 's', 60],
  [['hour', 'hours'], 'time', 's', 3600],
  [['day', 'days'], 'time', 's', 86400],
  [['week', 'weeks'], 'time', 's', 604800],
  [['fortnight', 'fortnights'], 'time', 's', 1209600],
  [['month', 'months'], 'time', 's', YEAR / 12],
  [['year', 'years', 'yr', 'yrs', 'years old', 'year old', 'years of age', 'yo', 'y.o.'], 'time', 's', YEAR],
  [['decade', 'decades'], 'time', 's', YEAR * 10],
  [['century', 'centuries'], 'time', 's', YEAR * 100],
  [['degrees celsius', 'degree celsius', 'degrees centigrade', 'celsius', 'centigrade', 'degrees c', 'degree c', 'deg celsius', 'deg c', 'celcius', 'degrees celcius', 'centigrate'], 'temperature', 'degC', 1],
  [['degrees fahrenheit', 'degree fahrenheit', 'fahrenheit', 'degrees f', 'degree f', 'deg fahrenheit', 'deg f', 'farenheit', 'degrees farenheit'], 'temperature', 'degC', 5 / 9, -160 / 9],
  [['degree', 'degrees'], 'angle', 'rad', Math.PI / 180],
  [['radian', 'radians'], 'angle', 'rad', 1],
  [['turn', 'turns', 'revolution', 'revolutions'], 'angle', 'rad', 2 * Math.PI],
  [['kelvin', 'kelvins', 'degrees kelvin'], 'temperature', 'degC', 1, -273.15],
];

/** Short forms read as units only as the second term of a rate, after "/" or "per": "/yr", "per gal". */
const RATE_ONLY_SYMBOLS: Row[] = [
  [['d'], 'time', 's', 86400], [['wk'], 'time', 's', 604800], [['mo', 'mth'], 'time', 's', YEAR / 12], [['y', 'yr', 'yrs'], 'time', 's', YEAR],
  [['gal'], 'volume', 'm3', 0.003785411784], [['ac'], 'area', 'm2', 4046.8564224],
];

function table(rows: Row[], fold: boolean): Map<string, UnitForm> {
  const out = new Map<string, UnitForm>();
  for (const [forms, dimension, base, factor, offset] of rows) {
    for (const f of forms) out.set(fold ? f.toLowerCase() : f, offset === undefined ? { dimension, base, factor } : { dimension, base, factor, offset });
  }
  return out;
}

export interface GeneratedUnitRow {
  forms: string[];
  dimension: UnitForm['dimension'];
  base: string;
  factor: number;
  offset?: number;
  written: 'symbol' | 'word';
}

/** Every row of data/units.json, as generated. */
export const GENERATED_UNIT_ROWS = (
  JSON.parse(fs.readFileSync(new URL('../../data/units.json', import.meta.url), 'utf8')) as { rows: GeneratedUnitRow[] }
).rows;

const generated = (written: GeneratedUnitRow['written']): Row[] =>
  GENERATED_UNIT_ROWS.filter((r) => r.written === written).map((r) => [r.forms, r.dimension, r.base, r.factor, r.offset]);

// Hand-written rows last: where both give a form, theirs is kept.
export const UNIT_SYMBOLS = table([...generated('symbol'), ...SYMBOLS], false);
export const UNIT_WORDS = table([...generated('word'), ...WORDS], true);
/** Symbols read as units only in a rate's second term. */
export const RATE_SYMBOLS = table(RATE_ONLY_SYMBOLS, false);
/** The longest unit word, in words, to bound look-ahead. */
export const MAX_UNIT_WORDS = 3;
