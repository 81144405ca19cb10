// How figures are read: digits, separators, scientific notation, number words, scale words,
// qualifiers and ranges, and the interval each one allows.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import type { Claim, Qualifier } from '../src/schema.js';

/** The one claim whose span overlaps the first occurrence of `anchor` in `sentence`. */
function claimCovering(sentence: string, anchor: string): Claim {
  const at = sentence.indexOf(anchor);
  if (at < 0) throw new Error(`anchor ${JSON.stringify(anchor)} is not in ${JSON.stringify(sentence)}`);
  const claims = extractText(sentence, 'case.txt');
  const hits = claims.filter((c) => c.start < at + anchor.length && at < c.end);
  expect(hits.map((c) => c.text), `claims found: ${JSON.stringify(claims.map((c) => c.text))}`).toHaveLength(1);
  return hits[0] as Claim;
}

function expectNumber(actual: number | null, expected: number | null) {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expect(actual).not.toBeNull();
  const a = actual as number;
  if (expected === 0) expect(a).toBe(0);
  else expect(Math.abs(a - expected) / Math.abs(expected), `${a} vs ${expected}`).toBeLessThan(1e-9);
}

describe('digits', () => {
  it.each([
    ['The archive holds 2,048 maps.', '2,048', 2048],
    ['The archive holds 2048 maps.', '2048', 2048],
    ['The archive holds 2\u2009048 maps.', '2\u2009048', 2048],
    ['The archive holds 2\u00a0048 maps.', '2\u00a0048', 2048],
    ['The archive holds 2\u202f048 maps.', '2\u202f048', 2048],
    ['The registry lists 1,234,567 voters.', '1,234,567', 1234567],
    ['Each sample weighed 12.75 grams.', '12.75', 0.01275],
    ['The survey reached 0.5 million homes.', '0.5', 500000],
    ['The well is .75 metres wide.', '.75', 0.75],
    ['The reactor emits 1.3e6 tonnes of steam a year.', '1.3e6', 1.3e9],
    ['The reactor emits 1.3x10^6 tonnes of steam a year.', '1.3x10^6', 1.3e9],
    ['The reactor emits 1.3\u00d710^6 tonnes of steam a year.', '1.3\u00d710^6', 1.3e9],
    ['The grid lost 2.5E3 homes to the storm.', '2.5E3', 2500],
  ])('%s', (sentence, anchor, value) => {
    expectNumber(claimCovering(sentence, anchor).quantity.value, value);
  });
});

describe('number words', () => {
  it.each([
    ['The orchard has one million trees.', 'one million', 1e6, 'count'],
    ['The choir has twenty-five singers.', 'twenty-five', 25, 'count'],
    ['The choir has twenty five singers.', 'twenty five', 25, 'count'],
    ['The baker sold a dozen loaves.', 'a dozen', 12, 'count'],
    ['The baker sold three dozen loaves.', 'three dozen', 36, 'count'],
    ['The port served half a million passengers.', 'half a million', 5e5, 'count'],
    ['The atlas names one hundred and three rivers.', 'one hundred and three', 103, 'count'],
    ['The museum lent out seven hundred paintings.', 'seven hundred', 700, 'count'],
    ['One-tenth of the harvest was lost.', 'One-tenth', 0.1, 'ratio'],
    ['Three quarters of the members voted.', 'Three quarters', 0.75, 'ratio'],
    ['Two-thirds of the seats were empty.', 'Two-thirds', 2 / 3, 'ratio'],
  ])('%s', (sentence, anchor, value, kind) => {
    const c = claimCovering(sentence, anchor);
    expectNumber(c.quantity.value, value);
    expect(c.kind).toBe(kind);
  });
});

describe('scale words and abbreviations', () => {
  it.each([
    ['The depot stored 3k crates.', '3k', 3000, 'count'],
    ['The depot stored 3 thousand crates.', '3 thousand', 3000, 'count'],
    ['The depot stored 3K crates.', '3K', 3000, 'count'],
    ['The charity raised $5.6mn last winter.', '$5.6mn', 5.6e6, 'money'],
    ['The charity raised $5.6m last winter.', '$5.6m', 5.6e6, 'money'],
    ['The charity raised $5.6 million last winter.', '$5.6 million', 5.6e6, 'money'],
    ['The charity raised $7mln last winter.', '$7mln', 7e6, 'money'],
    ['The charity raised $7MM last winter.', '$7MM', 7e6, 'money'],
    ['The network has 671bn parameters.', '671bn', 6.71e11, 'count'],
    ['The network has 671 billion parameters.', '671 billion', 6.71e11, 'count'],
    ['The fund manages $2.5bn for clients.', '$2.5bn', 2.5e9, 'money'],
    ['The fund manages $4bln for clients.', '$4bln', 4e9, 'money'],
    ['The fund manages $4b for clients.', '$4b', 4e9, 'money'],
    ['Public debt reached $1.2tn this year.', '$1.2tn', 1.2e12, 'money'],
    ['Public debt reached $1.2 trillion this year.', '$1.2 trillion', 1.2e12, 'money'],
    ['The rival bought more than 1mn GPUs.', '1mn', 1e6, 'count'],
    ['The depot stored 1.5 lakh crates.', '1.5 lakh', 1.5e5, 'count'],
    ['The scheme costs Rs 40,000 crore.', '40,000 crore', 4e11, 'money'],
    // A lakh of crores: a trillion.
    ['The budget is ₹3 lakh crore this year.', '3 lakh crore', 3e12, 'money'],
    ['The baker sold 3 dozen loaves.', '3 dozen', 36, 'count'],
  ])('%s', (sentence, anchor, value, kind) => {
    const c = claimCovering(sentence, anchor);
    expectNumber(c.quantity.value, value);
    expect(c.kind).toBe(kind);
  });
});

describe('plain figures allow their rounding', () => {
  it.each([
    ['The charity raised $5.6 million last winter.', '$5.6 million', 5.6e6, 5.55e6, 5.65e6],
    ['The archive holds 2,048 maps.', '2,048', 2048, 2047.5, 2048.5],
    ['The survey had 12.75 replies per site.', '12.75', 12.75, 12.745, 12.755],
    ['The road is 3.25 km long.', '3.25', 3250, 3245, 3255],
    // A trailing zero may be rounding: "140" reads as 135–145 (never wider than ±5%).
    ['The clinic employs 140 nurses.', '140', 140, 135, 145],
  ])('%s', (sentence, anchor, value, low, high) => {
    const q = claimCovering(sentence, anchor).quantity;
    expect(q.qualifier).toBe('exact');
    expectNumber(q.value, value);
    expectNumber(q.low, low);
    expectNumber(q.high, high);
  });
});

describe('qualifiers set the interval', () => {
  type Row = [string, string, Qualifier, number | null, number | null];
  it.each<Row>([
    ['The guild has about 300 members.', '300', 'approx', 270, 330],
    ['The guild has roughly 300 members.', '300', 'approx', 270, 330],
    ['The guild has around 300 members.', '300', 'approx', 270, 330],
    ['The guild has some 300 members.', '300', 'approx', 270, 330],
    ['The guild has approximately 300 members.', '300', 'approx', 270, 330],
    ['The guild has more than 300 members.', '300', 'gt', 300, null],
    ['The guild has over 300 members.', '300', 'gt', 300, null],
    ['The guild has north of 300 members.', '300', 'gt', 300, null],
    ['Bids above $300 million were refused.', '300', 'gt', 3e8, null],
    ['Bids exceeding $300 million were refused.', '300', 'gt', 3e8, null],
    ['The guild has at least 300 members.', '300', 'gte', 300, null],
    ['The guild has no less than 300 members.', '300', 'gte', 300, null],
    ['Costs could exceed $300 million by the end.', '300', 'gt', 3e8, null],
    ['Its fleet surpassed 300 aircraft last year.', '300', 'gt', 300, null],
    ['Scores equal to or greater than 300 pass.', '300', 'gte', 300, null],
    // A bound after the figure says more than "about" before it.
    ['The guild has about 300 or more members.', '300', 'gte', 300, null],
    ['The guild has about 300 or fewer members.', '300', 'lte', 0, 300],
    // "or less than" and a figure: two figures, no bound on the first.
    ['The fee is $5,000 or less than $6,000 with the discount.', '5,000', 'exact', 4750, 5250],
    // A bound after the counted noun.
    ['Firms with 250 employees or more must report.', '250', 'gte', 250, null],
    ['Households of four people or fewer qualify.', 'four', 'lte', 0, 4],
    // "plus" and a figure adds the figure; alone it is a bound.
    ['The deal is worth £300 million plus £20 million in fees.', '300', 'exact', 2.85e8, 3.15e8],
    ['Workers aged 65 plus may retire early.', '65', 'gte', 65, null],
  ])('%s', (sentence, anchor, qualifier, low, high) => {
    const q = claimCovering(sentence, anchor).quantity;
    expect(q.qualifier).toBe(qualifier);
    expectNumber(q.low, low);
    expectNumber(q.high, high);
  });

  it.each<[string, string, Qualifier, number]>([
    ['The guild has less than 300 members.', '300', 'lt', 300],
    ['The guild has under 300 members.', '300', 'lt', 300],
    ['Bids below $300 million were refused.', '300', 'lt', 3e8],
    ['The guild has fewer than 300 members.', '300', 'lt', 300],
    ['The guild has just under 300 members.', '300', 'lt', 300],
    ['The guild has up to 300 members.', '300', 'lte', 300],
    ['The guild has at most 300 members.', '300', 'lte', 300],
    ['The guild has no more than 300 members.', '300', 'lte', 300],
    ['The guild has nearly 300 members.', '300', 'lte', 300],
    ['The guild has almost 300 members.', '300', 'lte', 300],
  ])('%s', (sentence, anchor, qualifier, high) => {
    const q = claimCovering(sentence, anchor).quantity;
    expect(q.qualifier).toBe(qualifier);
    expectNumber(q.high, high);
    expect(q.low === null || q.low < high).toBe(true);
  });

  it.each([
    ['The guild has nearly 300 members.'],
    ['The guild has almost 300 members.'],
    ['The guild has just under 300 members.'],
  ])('"%s" stays close below the figure', (sentence) => {
    const q = claimCovering(sentence, '300').quantity;
    expect(q.low).not.toBeNull();
    expect(q.low as number).toBeGreaterThan(0);
    expect(q.low as number).toBeLessThan(300);
  });

  it.each([
    ['The guild has about 300 members.', 'about'],
    ['The guild has more than 300 members.', 'more than'],
    ['The guild has at least 300 members.', 'at least'],
  ])('the qualifier belongs to the claim text: %s', (sentence, word) => {
    expect(claimCovering(sentence, '300').text.startsWith(word)).toBe(true);
  });
});

describe('ranges', () => {
  it.each([
    ['The town has between 5 and 10 parks.', '5', 5, 10, 'count', 'count'],
    ['The town has 5\u201310 parks.', '5', 5, 10, 'count', 'count'],
    ['The town has 5 to 10 parks.', '5', 5, 10, 'count', 'count'],
    ['The town has 5-10 parks.', '5', 5, 10, 'count', 'count'],
    ['Fares rose between 5% and 10% in spring.', '5%', 5, 10, 'percent', '%'],
    ['Repairs will cost $5-10 million.', '$5', 5e6, 10e6, 'money', 'USD'],
    ['Repairs will cost between $2 million and $3 million.', '$2', 2e6, 3e6, 'money', 'USD'],
    // Both ends carrying the unit or the currency after them, and ends in words.
    ['The farm covers between 1,700 hectares and 2,600 hectares.', '1,700', 1.7e7, 2.6e7, 'quantity', 'm2'],
    ['The deal is worth between 2.2bn yuan and 3.5bn yuan.', '2.2bn', 2.2e9, 3.5e9, 'money', 'CNY'],
    ['The deal is worth 74 billion yuan to 120 billion yuan.', '74', 7.4e10, 1.2e11, 'money', 'CNY'],
    ['The group has a workforce of 9,600 to fifteen thousand.', '9,600', 9600, 15000, 'count', 'count'],
    ['Revenue grew 1.3% to 2% from a year earlier.', '1.3%', 1.3, 2, 'percent', '%'],
  ])('%s', (sentence, anchor, low, high, kind, unit) => {
    const c = claimCovering(sentence, anchor);
    expect(c.kind).toBe(kind);
    expect(c.quantity.unit).toBe(unit);
    expect(c.quantity.qualifier).toBe('range');
    expectNumber(c.quantity.low, low);
    expectNumber(c.quantity.high, high);
    expectNumber(c.quantity.value, (low + high) / 2);
  });

  it.each([['The town has between 5 and 10 parks.'], ['The town has 5 to 10 parks.'], ['Repairs will cost $5-10 million.'], ['The deal is worth between 2.2bn yuan and 3.5bn yuan.']])(
    'a range is one claim, not two: %s',
    (sentence) => {
      expect(extractText(sentence, 'case.txt')).toHaveLength(1);
    },
  );
});

describe('not ranges', () => {
  it.each([['The route runs 5 km to 10 miles, by some counts.'], ['Margins rose from 12% to 13%.'], ['The index rose 30 to 4,500.'], ['The bill was 15 dollars and 3.5 euros.']])('%s', (sentence) => {
    expect(extractText(sentence, 'case.txt').map((c) => c.quantity.qualifier)).toEqual(['exact', 'exact']);
  });
});

describe('one figure, one claim', () => {
  it.each([
    ['The port served half a million passengers.', 'half a million passengers'],
    ['The orchard has one million trees.', 'one million trees'],
    ['The charity raised $5.6 million last winter.', '$5.6 million'],
    ['The company has 2 048 staff.', '2 048 staff'],
    ['The fund manages 100 billion yuan.', '100 billion yuan'],
  ])('%s', (sentence, text) => {
    expect(extractText(sentence, 'case.txt').map((c) => c.text)).toEqual([text]);
  });
});
