// Units and kinds: money and currencies, percentages and percentage points, physical quantities in
// base units, compound adjectives, the counted thing, years and dates.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import type { Claim } from '../src/schema.js';

function claimCovering(sentence: string, anchor: string, file = 'case.txt'): Claim {
  const at = sentence.indexOf(anchor);
  if (at < 0) throw new Error(`anchor ${JSON.stringify(anchor)} is not in ${JSON.stringify(sentence)}`);
  const claims = extractText(sentence, file);
  const hits = claims.filter((c) => c.start < at + anchor.length && at < c.end);
  expect(hits.map((c) => c.text), `claims found: ${JSON.stringify(claims.map((c) => c.text))}`).toHaveLength(1);
  return hits[0] as Claim;
}

function expectRelative(actual: number, expected: number) {
  if (expected === 0) expect(actual).toBe(0);
  else expect(Math.abs(actual - expected) / Math.abs(expected), `${actual} vs ${expected}`).toBeLessThan(1e-9);
}

const YEAR_S = 31_557_600;

describe('money', () => {
  it.each([
    ['The museum paid $12 million for the wing.', '$12', 12e6, 'USD'],
    ['The museum paid US$40 million for the wing.', 'US$40', 40e6, 'USD'],
    ['The museum paid HK$300 million for the wing.', 'HK$300', 300e6, 'HKD'],
    ['The museum paid \u20ac12 million for the wing.', '\u20ac12', 12e6, 'EUR'],
    ['The museum paid \u00a38 billion for the wing.', '\u00a38', 8e9, 'GBP'],
    ['The museum paid \u00a5500 million for the wing.', '\u00a5500', 500e6, 'JPY'],
    ['The museum paid USD 20 million for the wing.', 'USD 20', 20e6, 'USD'],
    ['The museum paid 20 million USD for the wing.', '20 million USD', 20e6, 'USD'],
    ['The museum paid EUR 3.5bn for the wing.', 'EUR 3.5bn', 3.5e9, 'EUR'],
    ['The museum paid GBP 600,000 for the wing.', 'GBP 600,000', 600000, 'GBP'],
    ['The museum paid RMB 2 billion for the wing.', 'RMB 2', 2e9, 'CNY'],
    ['The museum paid CNY 7 billion for the wing.', 'CNY 7', 7e9, 'CNY'],
    ['The museum paid 100 billion yuan for the wing.', '100 billion yuan', 1e11, 'CNY'],
    ['The museum paid 50 million RMB for the wing.', '50 million RMB', 5e7, 'CNY'],
    ['The museum paid 30 million dollars for the wing.', '30 million dollars', 3e7, 'USD'],
    ['The museum paid 45 million euros for the wing.', '45 million euros', 4.5e7, 'EUR'],
    ['The museum paid 9 million pounds for the wing.', '9 million pounds', 9e6, 'GBP'],
    ['The ticket costs 12\u20ac at the door.', '12\u20ac', 12, 'EUR'],
    ['The ticket costs 12 \u20ac at the door.', '12 \u20ac', 12, 'EUR'],
    ['The ticket costs $ 12 at the door.', '$ 12', 12, 'USD'],
    ['The ticket costs \u20ac1,250 for a season.', '\u20ac1,250', 1250, 'EUR'],
    ['The charity raised $5.6mn last winter.', '$5.6mn', 5.6e6, 'USD'],
    // A currency word in a compound adjective.
    ['The board declared a 12-cent dividend.', '12-cent', 0.12, 'USD'],
    ['The court imposed a 50-euro fine.', '50-euro', 50, 'EUR'],
    ['The bank issued a 100-yuan note.', '100-yuan', 100, 'CNY'],
  ])('%s', (sentence, anchor, value, currency) => {
    const c = claimCovering(sentence, anchor);
    expect(c.kind).toBe('money');
    expectRelative(c.quantity.value, value);
    expect(c.quantity.unit).toBe(currency);
    expect(c.quantity.currency).toBe(currency);
  });
});

describe('percentages and percentage points', () => {
  it.each([
    ['Turnout rose 12% in the north.', '12%', 12, '%'],
    ['Turnout rose 12 per cent in the north.', '12 per cent', 12, '%'],
    ['Turnout rose 12 percent in the north.', '12 percent', 12, '%'],
    ['Turnout rose 12.5% in the north.', '12.5%', 12.5, '%'],
    ['Turnout rose 3 percentage points in the north.', '3 percentage points', 3, 'pp'],
    ['Turnout rose 0.4 percentage point in the north.', '0.4', 0.4, 'pp'],
  ])('%s', (sentence, anchor, value, unit) => {
    const c = claimCovering(sentence, anchor);
    expect(c.kind).toBe('percent');
    expectRelative(c.quantity.value, value);
    expect(c.quantity.unit).toBe(unit);
  });
});

describe('physical quantities in base units', () => {
  it.each([
    ['The wind farm produces 2.5 GW at peak.', '2.5 GW', 2.5e9, 'W', 'GW'],
    ['The plant is rated at 500 MW.', '500 MW', 5e8, 'W', 'MW'],
    ['The tunnel is 8 km long.', '8 km', 8000, 'm', 'km'],
    ['The pier is 300 metres long.', '300 metres', 300, 'm', 'metres'],
    ['The crate weighs 40 kg empty.', '40 kg', 40, 'kg', 'kg'],
    // A period after the unit is kept with the unit as written; the amount keeps its unit.
    ['The ferry carries 2.3 million tonnes a year.', '2.3 million tonnes', 2.3e9, 'kg', 'tonnes a year'],
    ['The archive fills 4 TB of disk.', '4 TB', 4e12, 'B', 'TB'],
    ['The flat covers 80 square metres.', '80 square metres', 80, 'm2', 'square metres'],
    ['The flat covers 80 m\u00b2.', '80 m\u00b2', 80, 'm2', 'm\u00b2'],
    ['The tank holds 3 cubic metres of water.', '3 cubic metres', 3, 'm3', 'cubic metres'],
    ['Trains run at 120 km/h on the bridge.', '120 km/h', 120 / 3.6, 'm/s', 'km/h'],
    ['Trains run at 120 kilometres an hour on the bridge.', '120 kilometres an hour', 120 / 3.6, 'm/s', 'kilometres an hour'],
    ['The battery stores 300 kWh.', '300 kWh', 1.08e9, 'J', 'kWh'],
    ['The noon reading was 30\u00b0C in the square.', '30\u00b0C', 30, 'degC', '\u00b0C'],
    ['The noon reading was 86\u00b0F in the square.', '86\u00b0F', 30, 'degC', '\u00b0F'],
    ['The inspection took 90 minutes.', '90 minutes', 5400, 's', 'minutes'],
    ['The inspection took two weeks.', 'two weeks', 1209600, 's', 'weeks'],
    ['The inspection took 3 months.', '3 months', 3 * YEAR_S / 12, 's', 'months'],
    ['The inspection took 4 years.', '4 years', 4 * YEAR_S, 's', 'years'],
    ['The wall is 6 ft high.', '6 ft', 6 * 0.3048, 'm', 'ft'],
    // Feet and inches, written apart: the "in" after feet is inches.
    ['The centre is 6 ft 2 in tall.', '6 ft 2 in', 6 * 0.3048 + 2 * 0.0254, 'm', 'ft 2 in'],
  ])('%s', (sentence, anchor, value, unit, originalUnit) => {
    const c = claimCovering(sentence, anchor);
    expect(c.kind).toBe('quantity');
    expectRelative(c.quantity.value, value);
    expect(c.quantity.unit).toBe(unit);
    expect(c.quantity.originalUnit).toBe(originalUnit);
  });

  it.each([
    ['The tunnel is 5 miles long.', '5 miles', 8046.72],
    ['The route runs 21 miles end to end.', '21 miles', 33796.224],
    ['The crate weighs 12 pounds empty.', '12 pounds', 5.44310844],
    ['The mill makes 4.5m tonnes a year.', '4.5m tonnes', 4.5e9],
    ['The field holds 2bn barrels.', '2bn barrels', 317974589.856],
  ])('converts imperial units: %s', (sentence, anchor, value) => {
    const c = claimCovering(sentence, anchor);
    expect(c.kind).toBe('quantity');
    expect(c.quantity.value).toBeCloseTo(value, 4);
  });
});

describe('compound adjectives', () => {
  it.each([
    ['The lab planned a 10,000-chip cluster.', '10,000-chip', 'count', 1e4, 'count', 'chip'],
    ['They released a 70-billion-parameter model.', '70-billion-parameter', 'count', 7e10, 'count', 'parameter'],
    ['They opened a 500-megawatt plant.', '500-megawatt', 'quantity', 5e8, 'W', null],
    ['The port signed a 25-year lease.', '25-year', 'quantity', 25 * YEAR_S, 's', null],
    ['Crews dug a 5-mile tunnel.', '5-mile', 'quantity', 8046.72, 'm', null],
    ['The city ordered a 40-bed shelter.', '40-bed', 'count', 40, 'count', 'bed'],
    ['The 31-year-old pilot landed safely.', '31-year-old', 'quantity', 31 * YEAR_S, 's', 'age'],
  ])('%s', (sentence, anchor, kind, value, unit, lemma) => {
    const c = claimCovering(sentence, anchor);
    expect(c.kind).toBe(kind);
    expectRelative(c.quantity.value, value);
    expect(c.quantity.unit).toBe(unit);
    if (lemma) expect(c.measure?.lemma).toBe(lemma);
  });
});

describe('the thing counted', () => {
  it.each([
    ['The lab trained on 2,048 Nvidia H800 chips.', '2,048', 2048, 'chip', ['nvidia', 'h800']],
    ['The lab hoarded 10,000 H100s last year.', '10,000', 1e4, 'h100', []],
    ['The lab hired just under 140 researchers and engineers.', '140', 140, 'researcher', []],
    ['The clinic employs 85 nurses.', '85', 85, 'nurse', []],
    ['The orchard has one million apple trees.', 'one million', 1e6, 'tree', ['apple']],
    ['The fleet added 12 electric buses.', '12', 12, 'bus', ['electric']],
    ['The network has 671bn parameters.', '671bn', 6.71e11, 'parameter', []],
    ['The school enrolled 40 children this term.', '40', 40, 'child', []],
    ['The survey covered 300 women.', '300', 300, 'woman', []],
    ['The rack holds 512 graphics processing units.', '512', 512, 'unit', ['graphics', 'processing']],
    ['The depot employs 310 people and expects 40 more.', '310', 310, 'people', []],
    ['The mill ran 14 shifts a week.', '14', 14, 'shift', []],
  ])('%s', (sentence, anchor, value, lemma, modifiers) => {
    const c = claimCovering(sentence, anchor);
    expect(c.kind).toBe('count');
    expect(c.quantity.unit).toBe('count');
    expectRelative(c.quantity.value, value);
    expect(c.measure?.lemma).toBe(lemma);
    for (const m of modifiers) expect(c.measure?.modifiers).toContain(m);
  });

  it('"just under" makes the count an upper bound', () => {
    const c = claimCovering('The lab hired just under 140 researchers and engineers.', '140');
    expect(c.quantity.qualifier).toBe('lt');
    expect(c.quantity.high).toBe(140);
  });

  it.each([
    ['The firm trained on 2,048 Nvidia H800 chips.', 'chip', 'h100'],
    ['The firm hoarded 10,000 H100s.', 'h100', 'h800'],
  ])('the model name narrows rather than replaces: %s', (sentence, lemma, notLemma) => {
    const c = claimCovering(sentence, sentence.match(/\d[\d,]*/)![0]);
    expect(c.measure?.lemma).toBe(lemma);
    expect(c.measure?.lemma).not.toBe(notLemma);
  });
});

describe('years and dates', () => {
  it.each([
    ['The bakery was founded in 2015.', '2015', 'year', 2015, 'year'],
    ['The bridge opened in 1998 after a long delay.', '1998', 'year', 1998, 'year'],
    ['By 2023, the mill had closed.', '2023', 'year', 2023, 'year'],
    ['The insurer reissued its 2021 reports in May.', '2021', 'year', 2021, 'year'],
    ['Fans bought the 2024 shirts in a week.', '2024', 'year', 2024, 'year'],
    ['The plant employs 2019 workers, a record.', '2019', 'count', 2019, 'count'],
  ])('%s', (sentence, anchor, kind, value, unit) => {
    const c = claimCovering(sentence, anchor);
    expect(c.kind).toBe(kind);
    expect(c.quantity.value).toBe(value);
    expect(c.quantity.unit).toBe(unit);
  });

  it.each([
    ['The treaty was signed on January 20 in Geneva.', 'January 20'],
    ['The treaty was signed on 20 January 2021 in Geneva.', '20 January 2021'],
    ['The store reopens on March 3.', 'March 3'],
  ])('%s is a date', (sentence, anchor) => {
    const c = claimCovering(sentence, anchor);
    expect(c.kind).toBe('date');
    expect(c.text).toBe(anchor);
  });

  it('a date is not also a count', () => {
    const claims = extractText('The treaty was signed on January 20 in Geneva.', 'case.txt');
    expect(claims.map((c) => [c.text, c.kind])).toEqual([['January 20', 'date']]);
  });
});

describe('kinds across one sentence', () => {
  it('keeps each figure with its own unit', () => {
    const claims = extractText('In 2024 the utility spent \u20ac40 million on 12 substations, cutting losses by 8% over 300 km of line.', 'case.txt');
    expect(claims.map((c) => [c.kind, c.quantity.unit, c.quantity.value])).toEqual([
      ['year', 'year', 2024],
      ['money', 'EUR', 40e6],
      ['count', 'count', 12],
      ['percent', '%', 8],
      ['quantity', 'm', 300000],
    ]);
  });
});

describe('where the measured thing ends', () => {
  it.each([
    // A verb with an object ends the noun phrase.
    ['The 2.5 km bridge carries 40,000 cars a day.', '2.5 km', 'bridge'],
    ['A 40 MW plant supplies the town.', '40 MW', 'plant'],
    // A noun that only looks like a verb does not.
    ['The 12 runway lights were replaced.', '12', 'light'],
    // After "of the", a word in -ing is a noun.
    ['Donors gave 45% of the funding.', '45%', 'funding'],
    ['Roughly 30% of the spending went on wages.', '30%', 'spending'],
  ])('%s', (sentence, anchor, lemma) => {
    const c = claimCovering(sentence, anchor);
    expect(c.measure?.lemma).toBe(lemma);
  });
});

describe('deadlines', () => {
  it.each([
    ['Brennecke plans 2,000 job cuts by the end of 2027.', '2027', 'cut'],
    ['By 2030 the port wants 40 cranes.', '2030', 'crane'],
    ['Orbis wants about 1,200 satellites in its network by 2028.', '2028', 'satellite'],
  ])('%s', (text, anchor, head) => {
    const c = claimCovering(text, anchor);
    expect(c.kind).toBe('year');
    expect(c.measure).toMatchObject({ lemma: 'deadline', head });
  });

  it('a deadline of nothing counted is a plain year', () => {
    expect(claimCovering('The plan runs by 2030.', '2030').measure).toBeNull();
  });
});

describe('a noun left out', () => {
  it.each([
    ['Orbis put 22 satellites into orbit, taking its fleet to 412.', '412', 'satellite', true],
    ['The league has 20 clubs. Next year the clubs want 24 in the top flight.', '24', 'club', true],
    // Not when the next sentence does not name them again, nor when words follow the figure.
    ['The league has 20 clubs. Next year it wants 24 in the top flight.', '24', 'want', false],
    ['The trial ran in 12 countries. Only 18 vaccinated people fell ill.', '18', 'people', false],
    // A verb the measures know keeps its meaning; a noun after the figure is its own.
    ['The firm has 22 satellites and employs 1,200.', '1,200', 'employ', false],
    ['The firm has 22 satellites and 90 engineers.', '90', 'engineer', false],
  ])('%s', (text, anchor, lemma, elided) => {
    const c = claimCovering(text, anchor);
    expect(c.measure?.lemma).toBe(lemma);
    expect(c.measure?.elided ?? false).toBe(elided);
  });

  it.each([
    ['Buses carry 31.5% of commuters, up 2.5 percentage points.', '2.5', 'commuter'],
    ["The bus share of journeys rose to 31.5%, an increase of 2.5 percentage points.", '2.5', 'journey'],
  ])('a change in points is of the share before it: %s', (text, anchor, lemma) => {
    const c = claimCovering(text, anchor);
    expect(c.measure).toMatchObject({ lemma, elided: true });
  });

  it('does not reach into the next paragraph', () => {
    const c = claimCovering('The firm has 22 satellites.\n\nIt wants 40 by 2030.', '40');
    expect(c.measure?.elided ?? false).toBe(false);
  });
});

describe('table headers', () => {
  const table = '| Rocket | Figure |\n|---|---|\n| Payload to low orbit | 15 t |\n| Price per launch | $60m |\n';
  it.each([
    ['15 t', 'quantity', 15000, 'payload'],
    ['$60m', 'money', 6e7, 'price'],
  ])('%s', (anchor, kind, value, lemma) => {
    const c = claimCovering(table, anchor, 'case.md');
    expect(c.kind).toBe(kind);
    expect(c.quantity.value).toBe(value);
    expect(c.measure?.lemma).toBe(lemma);
  });
});

describe('whose figure it is', () => {
  it.each([
    ['KOUROU, French Guiana (Meridian Wire) - Orbis Launch sent 22 satellites into orbit.', '22', 'Orbis Launch'],
    ['Saxe Motors operates 2,000 stores.', '2,000', 'Saxe Motors'],
    ['Each launch of its 70-metre Vela 2 rocket costs $62 million.', '$62 million', null],
    ['The Seville metro line will have 35 stations.', '35', 'Seville metro line'],
    ["Seville's tram extension will cost £3.9bn.", '£3.9bn', 'Seville tram extension'],
    ['Seville has 700,000 residents.', '700,000', 'Seville'],
  ])('%s', (text, anchor, subject) => {
    expect(claimCovering(text, anchor).subject).toBe(subject);
  });

  it.each([
    ['Revenue rose 38% last year.', '38%', 'revenue'],
    ['Last year revenue rose 38%.', '38%', 'revenue'],
    ['Its market share fell 2% in May.', '2%', 'share'],
  ])('what rose: %s', (text, anchor, lemma) => {
    expect(claimCovering(text, anchor).measure?.lemma).toBe(lemma);
  });
});
