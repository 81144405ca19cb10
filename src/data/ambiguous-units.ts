// Unit symbols and names with more than one reading. Each reading lists cue words: the reading whose cues
// appear near the figure (or in a table header) wins; with no cue the first reading stands. A `scale`
// reading makes the symbol a multiplier of a count instead of a unit ("Population (m)": millions).
import type { UnitForm } from './units.js';

export interface UnitReading {
  unit?: UnitForm;
  scale?: number;
  cues: readonly string[];
}

const KNOT: UnitForm = { dimension: 'speed', base: 'm/s', factor: 0.514444 };
const KILOTONNE: UnitForm = { dimension: 'mass', base: 'kg', factor: 1e6 };
const NANOMETRE: UnitForm = { dimension: 'length', base: 'm', factor: 1e-9 };
const NAUTICAL_MILE: UnitForm = { dimension: 'length', base: 'm', factor: 1852 };
const METRE: UnitForm = { dimension: 'length', base: 'm', factor: 1 };

const MASS_CUES = [
  'tonne', 'tonnes', 'ton', 'tons', 'output', 'production', 'produce', 'produced', 'produces', 'producing', 'mine', 'mined',
  'mining', 'ore', 'concentrate', 'metal', 'copper', 'zinc', 'nickel', 'lead', 'iron', 'steel', 'aluminium', 'aluminum',
  'coal', 'cement', 'grain', 'wheat', 'sugar', 'cargo', 'freight', 'shipments', 'tnt', 'yield', 'warhead', 'bomb',
  'emissions', 'co2', 'carbon', 'waste', 'capacity', 'stockpile', 'stocks', 'inventory', 'reserve', 'reserves', 'lithium',
];
const SPEED_CUES = [
  'wind', 'winds', 'gust', 'gusts', 'gusting', 'speed', 'speeds', 'sustained', 'hurricane', 'storm', 'typhoon', 'cyclone',
  'gale', 'breeze', 'airspeed', 'cruise', 'cruising', 'cruised', 'sailed', 'sailing', 'steaming', 'vessel', 'ship', 'boat',
];
const CHIP_CUES = [
  'chip', 'chips', 'node', 'nodes', 'process', 'wavelength', 'transistor', 'transistors', 'semiconductor', 'wafer', 'wafers',
  'fab', 'foundry', 'lithography', 'laser', 'light', 'particle', 'particles', 'feature', 'gate', 'euv', 'film', 'coating',
];
const DISTANCE_CUES = [
  'range', 'flight', 'flights', 'fly', 'flew', 'flown', 'flying', 'route', 'routes', 'sail', 'sailed', 'sailing', 'ship',
  'vessel', 'offshore', 'coast', 'aircraft', 'jet', 'plane', 'airliner', 'distance', 'radius', 'nautical', 'leg', 'sector',
  'nonstop', 'non-stop', 'miles', 'km', 'kilometres', 'kilometers', 'zone', 'limit', 'waters',
];
const LENGTH_CUES = [
  'height', 'length', 'depth', 'width', 'span', 'altitude', 'elevation', 'diameter', 'distance', 'radius', 'tall', 'long',
  'deep', 'wide', 'high', 'thickness', 'clearance', 'draught', 'draft', 'reach', 'runway', 'tower', 'mast',
];

/** Symbols read by context, keyed as written (case matters: "kt", not "KT"). */
export const AMBIGUOUS_SYMBOLS: ReadonlyMap<string, readonly UnitReading[]> = new Map([
  ['kt', [{ unit: KNOT, cues: SPEED_CUES }, { unit: KILOTONNE, cues: MASS_CUES }]],
  ['nm', [{ unit: NANOMETRE, cues: CHIP_CUES }, { unit: NAUTICAL_MILE, cues: DISTANCE_CUES }]],
]);

/** In a table header's brackets, also "m" alone: millions unless the header names a length ("Height (m)"). */
export const AMBIGUOUS_HEADER_SYMBOLS: ReadonlyMap<string, readonly UnitReading[]> = new Map([
  ...AMBIGUOUS_SYMBOLS,
  ['m', [{ scale: 1e6, cues: [] }, { unit: METRE, cues: LENGTH_CUES }]],
]);

/**
 * Materials measured by weight: "pounds of copper", "a million pounds of coffee" are a mass, not money.
 * Money is never "of" one of these.
 */
export const WEIGHED_MATERIALS = new Set([
  'copper', 'zinc', 'nickel', 'lead', 'tin', 'iron', 'steel', 'aluminium', 'aluminum', 'uranium', 'cobalt', 'lithium',
  'gold', 'silver', 'platinum', 'palladium', 'ore', 'concentrate', 'metal', 'scrap', 'coal', 'coffee', 'cocoa', 'tea',
  'sugar', 'rice', 'wheat', 'corn', 'maize', 'soybeans', 'beans', 'flour', 'grain', 'cotton', 'wool', 'rubber', 'beef',
  'pork', 'chicken', 'meat', 'fish', 'salmon', 'cheese', 'butter', 'milk', 'fruit', 'apples', 'potatoes', 'vegetables',
  'produce', 'food', 'feed', 'fertilizer', 'fertiliser', 'plastic', 'plastics', 'waste', 'trash', 'garbage', 'rubbish',
  'cargo', 'freight', 'equipment', 'material', 'materials', 'explosives', 'debris', 'sediment', 'sand', 'gravel',
  'cement', 'concrete', 'paper', 'cardboard', 'glass', 'fuel', 'ice', 'snow', 'salt', 'carbon', 'co2', 'methane',
  'fat', 'muscle', 'weight', 'body', 'payload', 'supplies', 'drugs', 'cocaine', 'heroin',
  'cannabis', 'marijuana', 'meth', 'methamphetamine', 'fentanyl', 'lobster', 'shrimp', 'crab', 'honey', 'chocolate',
]);
