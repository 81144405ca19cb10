// Which claims are compared, and how: one draft sentence against one source text at a time.
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../src/api.js';
import type { Claim } from '../src/schema.js';

/** A draft, the figure in it to look at, a source, and the verdict that figure must get. */
type Row = [draft: string, figure: string, source: string, verdict: Claim['verdict']];

function verdictOf(draft: string, figure: string, source: string): Claim {
  const claims = checkTexts([{ file: 'draft.txt', text: draft }], [{ file: 'source.txt', text: source }]);
  const at = draft.indexOf(figure);
  expect(at, 'the figure must be in the draft').toBeGreaterThanOrEqual(0);
  const claim = claims.find((c) => c.start <= at && at < c.end);
  expect(claim, `a claim at "${figure}"`).toBeDefined();
  return claim as Claim;
}

const expectVerdict = (draft: string, figure: string, source: string, verdict: Claim['verdict']) => {
  const claim = verdictOf(draft, figure, source);
  expect(claim.verdict, JSON.stringify({ text: claim.text, supports: claim.supports, disagrees: claim.disagrees })).toBe(verdict);
};

describe('overlapping intervals agree', () => {
  it.each<Row>([
    // Closed ends meet: "at least 100" and "at most 100" both allow 100.
    ['Corvid Capital raised at least $100m for the fund.', 'at least $100m', 'Corvid Capital raised at most $100m for the fund.', 'supported'],
    ['The club signed the 24-year-old striker Tomas Reyes.', '24-year-old', 'The club signed Tomas Reyes, a 24-year-old striker.', 'supported'],
    ['Marlow Labs trained the model for $5.6 million.', '$5.6 million', 'Training the model cost Marlow Labs less than $6 million.', 'supported'],
    ['The Tidewater clinic has at most 140 beds.', 'at most 140', 'The Tidewater clinic has roughly 130 beds.', 'supported'],
    ['Corvid Capital raised at least $100bn for the fund.', 'at least $100bn', 'Corvid Capital raised $100 billion for the fund.', 'supported'],
    ['Brenlow Water will spend over £2 billion on new pipes.', 'over £2 billion', 'Brenlow Water will spend £2.4bn on new pipes.', 'supported'],
    ['The Harrowgate plant has a capacity of 0.45 GW.', '0.45 GW', 'Harrowgate is a 450-megawatt plant.', 'supported'],
    ['Quayside Books signed a 25-year lease on the warehouse.', '25-year', 'Quayside Books signed a quarter-century lease on the warehouse.', 'supported'],
    ['Ostrava Robotics employs 1,200 people.', '1,200', 'Ostrava Robotics has a workforce of about 1,200.', 'supported'],
    ['Fenwick Rail runs 36 stations.', '36 stations', 'Fenwick Rail runs thirty-six stations across the county.', 'supported'],
    ['The Lindmark site covers 1.2 square kilometres.', '1.2', 'The Lindmark site covers 120 hectares.', 'supported'],
    ['Lindmark makes 4.5m tonnes of steel a year.', '4.5m', 'Lindmark makes 4.5 million tonnes of steel a year.', 'supported'],
    ['Skyline Air flies 30 Boeing 737 jets.', '30', 'Skyline Air flies 30 Boeing 737 jets on short routes.', 'supported'],
    // A noun left out is taken from the count before it.
    ['Orbis put 22 satellites into orbit, taking its fleet to 412.', '412', 'Orbis now has 412 satellites.', 'supported'],
  ])('%s', (draft, figure, source, verdict) => expectVerdict(draft, figure, source, verdict));
});

describe('disjoint intervals disagree', () => {
  it.each<Row>([
    // Ages, and rounded figures whose intervals only touch (23.5–24.5 and 24.5–25.5).
    ['The club signed the 25-year-old striker Tomas Reyes.', '25-year-old', 'The club signed Tomas Reyes, a 24-year-old striker.', 'contradicted'],
    ['Fenwick Rail runs 24 stations.', '24 stations', 'Fenwick Rail runs 25 stations.', 'contradicted'],
    ['Marlow Labs trained the model for about $7 million.', 'about $7 million', 'Marlow Labs trained the model for $5.6 million.', 'contradicted'],
    ['The Kestrel model has 405 billion parameters.', '405 billion', 'The Kestrel model has 450bn parameters.', 'contradicted'],
    ['Fenwick Rail runs 36 stations.', '36 stations', 'Fenwick Rail runs 32 stations.', 'contradicted'],
    ['Crews are boring a 5-mile tunnel under the Ashby estuary.', '5-mile', 'Crews are boring a 5 km tunnel under the Ashby estuary.', 'contradicted'],
    ['Pelham Group bought a 35% stake in Nordvik.', '35%', 'Pelham Group bought a 40 per cent stake in Nordvik.', 'contradicted'],
  ])('%s', (draft, figure, source, verdict) => expectVerdict(draft, figure, source, verdict));
});

describe('one measured thing under different words', () => {
  it.each<Row>([
    ['The constructor Harlan Build has 640 staff.', '640', 'Harlan Build, a constructor, employs 640 people.', 'supported'],
    ['The Solenne cluster holds 4,096 GPUs.', '4,096', 'The Solenne cluster holds 4,096 graphics processing units.', 'supported'],
    ['Veyra trained a 70-billion-parameter model.', '70-billion', 'Veyra trained a model with 70bn parameters.', 'supported'],
    ['The Lindqvist bridge had a budget of €80 million.', '€80 million', 'The Lindqvist bridge cost €80 million.', 'supported'],
    ['Harbour Foods has 3,400 staff.', '3,400', 'Harbour Foods has 3,400 employees.', 'supported'],
    ['Harbour Foods has 3,400 staff.', '3,400', 'Harbour Foods has a workforce of 3,400.', 'supported'],
    ['Tamsin Retail reported revenue of $2.1 billion.', '$2.1 billion', 'Tamsin Retail reported sales of $2.1 billion.', 'supported'],
    ['Brennecke will cut 2,000 jobs.', '2,000', 'Brennecke plans 2,000 job cuts.', 'supported'],
    ['Brennecke will cut 2,500 jobs.', '2,500', 'Brennecke plans 2,000 job cuts.', 'contradicted'],
    // A partnership's size and what the partners plan to spend.
    ['Corvid Capital signed a $40 billion partnership with Norden Bank to build data centres.', '$40 billion', 'Corvid Capital and Norden Bank plan to spend at least $40bn on data centres.', 'supported'],
    // "by" names who did it here, not the size of a change.
    ['The Ashby tunnel was dug by two boring machines.', 'two', 'Ashby used two tunnel boring machines for the tunnel.', 'supported'],
    // What they plan to spend can agree with the deal but not contradict it.
    ['Corvid Capital signed a $40 billion partnership with Norden Bank to build data centres.', '$40 billion', 'Corvid Capital and Norden Bank plan to spend $25bn on data centres.', 'unverified'],
    ['Corvid Capital plans a $40 billion partnership with Norden Bank to build data centres.', '$40 billion', 'Corvid Capital and Norden Bank plan to spend $25bn on data centres.', 'contradicted'],
  ])('%s', (draft, figure, source, verdict) => expectVerdict(draft, figure, source, verdict));
});

describe('different things are not compared', () => {
  it.each<Row>([
    // A product code on each side: an H800 is not an H100.
    ['Orvane trained its model on 2,048 H800 chips.', '2,048', 'Orvane owns 10,000 H100 chips.', 'unverified'],
    // Another subject's figure.
    ['Orvane has 140 researchers.', '140', 'Kestrel Labs has 300 researchers.', 'unverified'],
    // A stockpile is not a training run.
    ['Orvane used 2,048 chips for the training run.', '2,048', 'Orvane has a stockpile of 10,000 chips.', 'unverified'],
    // Contractors are not full-time staff.
    ['Harbour Foods has 3,400 full-time staff.', '3,400', 'Harbour Foods uses 900 contractors.', 'unverified'],
    // Two companies whose names share a word.
    ['Inside Pemberton Motors. Pemberton Motors posted results. It operates 7,270 stores in Europe.', '7,270',
      'Inside Saxe Motors. Saxe Motors posted results. Saxe Motors operates roughly 2,000 stores in Europe.', 'unverified'],
    // A model's name and number: a Boeing 737 is not a Boeing 747.
    ['Skyline Air flies 30 Boeing 737 jets.', '30', 'Skyline Air flies 24 Boeing 747 jets.', 'unverified'],
    // Names that share a word, a city or a form are different names.
    ['Brightwell Bank has 3,000 staff.', '3,000', 'Brightwell Logistics has 5,000 staff.', 'unverified'],
    ['The Harbour Medical Centre has 400 beds.', '400', 'The Riverside Medical Centre has 250 beds.', 'unverified'],
    ['St Anne’s Hospital has 400 beds.', '400', 'St Anne’s Clinic has 250 beds.', 'unverified'],
    ['Elmwood United was founded in 1984.', '1984', 'Hangzhou opened its bridge in 2036. Hangzhou was founded in 2036.', 'unverified'],
    ['The Seville metro line will have 35 stations.', '35', 'The Seville rail link will have 22 stations.', 'unverified'],
    // Currencies are never converted.
    ['Brenlow Water will spend £2 billion on pipes.', '£2 billion', 'Brenlow Water will spend $2.6 billion on pipes.', 'unverified'],
    // The earlier value of a change is not the current one.
    ['Tarnby Foods has revenue of $5.2 billion.', '$5.2 billion', 'Tarnby Foods said revenue rose to $5.2 billion from $4.1 billion.', 'supported'],
    ['Tarnby Foods had revenue of $4.1 billion in the previous year.', '$4.1 billion', 'Tarnby Foods said revenue rose to $5.2 billion from $4.1 billion a year earlier.', 'supported'],
    ['Tarnby Foods has revenue of $4.6 billion.', '$4.6 billion', 'Tarnby Foods said revenue rose to $5.2 billion from $4.1 billion.', 'contradicted'],
    // A level and a change in it may both be right.
    ['Orbis now has 412 satellites in orbit.', '412', 'Orbis launched 22 satellites on Friday.', 'unverified'],
    ['Orbis launched 22 satellites on Friday.', '22', 'Orbis now has 412 satellites in orbit.', 'unverified'],
    ['Orbis launched 22 satellites on Friday, taking its fleet to 412.', '412', 'Orbis launched 22 satellites on Friday.', 'unverified'],
    // A target is not an actual figure.
    ['Orbis wants 1,500 satellites in orbit.', '1,500', 'Orbis has 412 satellites in orbit.', 'unverified'],
    // What a verb's figure is about: the site is not the warehouse.
    ['The Lindmark site covers 1.2 square kilometres.', '1.2', 'The Lindmark warehouse in Lulea covers 500,000 square feet.', 'unverified'],
    // A verb alone does not say what covers the ground.
    ['The Lindmark warehouse covers 46,000 m².', '46,000', 'Lindmark will cover 120 hectares.', 'unverified'],
    // A gap is not a total.
    ['Kestrel Rovers finished on 58 points.', '58', 'Kestrel Rovers finished 12 points behind the leaders.', 'unverified'],
    ['Harbour Foods has 3,400 staff.', '3,400', 'Harbour Foods will hire 300 more staff.', 'unverified'],
    ['Harbour Foods has 3,400 staff.', '3,400', 'Harbour Foods cut its staff by 300 last year.', 'unverified'],
    // Shares in chipmakers are not the shares of the company the file is about.
    ['Kestrel Labs released its model on Monday. Shares in chipmakers fell 10 per cent.', '10 per cent', 'Kestrel Labs faced questions. Shares in chipmakers fell 14 per cent after Orvane released a model.', 'unverified'],
    // Different years of one measure.
    ['Tamsin Retail had revenue of $2.1 billion in 2024.', '$2.1 billion', 'Tamsin Retail had revenue of $1.7 billion in 2023.', 'unverified'],
  ])('%s', (draft, figure, source, verdict) => expectVerdict(draft, figure, source, verdict));

  it('never compares amounts in different currencies, however many sources there are', () => {
    const claims = checkTexts([{ file: 'draft.txt', text: 'Norden Foods reported revenue of $5.2 billion for the year.' }], [
      { file: 'a.txt', text: 'Norden Foods reported revenue of €4.8 billion for the year.' },
      { file: 'b.txt', text: 'Norden Foods reported revenue of $5.2 billion for the year, it said.' },
    ]);
    const [claim] = claims;
    expect([claim?.verdict, claim?.supportCount, claim?.disagreeCount, claim?.supports.map((e) => e.file)]).toEqual(['supported', 1, 0, ['b.txt']]);
  });
});

describe('figures that can only agree', () => {
  it.each<Row>([
    // They still agree when their values meet.
    ['Varn Mining had bought 900 trucks by March.', '900', 'Varn Mining has a fleet of 900 trucks.', 'supported'],
    ['Orbis plans 1,200 satellites.', '1,200', 'Orbis aims for 1,200 satellites.', 'supported'],
    // Both plans: they can disagree.
    ['Orbis plans 1,500 satellites.', '1,500', 'Orbis plans 1,200 satellites.', 'contradicted'],
    ['Brannock Mills will cut 600 jobs.', '600', 'Brannock Mills plans to cut 400 jobs.', 'contradicted'],
  ])('%s', (draft, figure, source, verdict) => expectVerdict(draft, figure, source, verdict));

  it('says why a pairing may not disagree', () => {
    const claim = verdictOf('Orbis now has 22 satellites.', '22', 'Orbis launched 22 satellites on Friday.');
    expect(claim.supports[0]?.reason).toContain('one is a level and the other a change');
  });
});

describe('deadlines', () => {
  it.each<Row>([
    ['Brennecke plans 2,000 job cuts by the end of 2027.', '2027', 'Brennecke said it plans 2,000 job cuts by the end of 2027.', 'supported'],
    ['It plans 2,000 job cuts by the end of 2027.', '2027', 'Brennecke said it plans 2,000 job cuts by the end of 2027.', 'supported'],
    ['Brennecke plans 2,000 job cuts by 2028.', '2028', 'Brennecke plans 2,000 job cuts by 2027.', 'contradicted'],
    // A deadline of something else, or of someone else.
    ['Brennecke plans 2,000 job cuts by 2028.', '2028', 'Brennecke expects charges of €180m by 2027.', 'unverified'],
    ['Brennecke plans 2,000 job cuts by 2028.', '2028', 'Saxe Motors plans 2,000 job cuts by 2027.', 'unverified'],
  ])('%s', (draft, figure, source, verdict) => expectVerdict(draft, figure, source, verdict));
});

describe('why a pair was made', () => {
  it('each piece of evidence has a score and a reason', () => {
    const claim = verdictOf('Harbour Foods has 3,400 staff.', '3,400', 'Harbour Foods has 3,400 employees.');
    expect(claim.supports).toHaveLength(1);
    const [e] = claim.supports;
    expect(e).toMatchObject({ file: 'source.txt', line: 1, column: 19, text: '3,400 employees', value: 3400, unit: 'count' });
    expect(e?.score).toBeGreaterThanOrEqual(0.5);
    expect(e?.reason).toMatch(/staff|employee/);
  });
});
