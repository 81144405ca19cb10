import { describe, expect, it } from 'vitest';
import { digitsTail, parseDigits, parseWords, VULGAR_FRACTION_CLASS, WORD_NUMBER_START, type ParsedNumber } from '../src/extract/numbers.js';

/**
 * Each example marks the number with brackets: parsing starts at "[" and must consume exactly
 * what the brackets hold. The brackets are removed before parsing.
 */
function parseMarked(marked: string, parse: (text: string, pos: number) => ParsedNumber | null) {
  const start = marked.indexOf('[');
  const stop = marked.indexOf(']');
  const text = marked.slice(0, start) + marked.slice(start + 1, stop) + marked.slice(stop + 1);
  const result = parse(text, start);
  return { text, start, expected: marked.slice(start + 1, stop), result };
}

function expectParsed(marked: string, value: number, parse = parseWords): ParsedNumber {
  const { text, start, expected, result } = parseMarked(marked, parse);
  expect(result).not.toBeNull();
  const r = result as ParsedNumber;
  expect(r.start).toBe(start);
  expect(text.slice(r.start, r.end)).toBe(expected);
  if (Number.isInteger(value)) expect(r.value).toBe(value);
  else expect(r.value).toBeCloseTo(value, 9);
  return r;
}

describe('parseWords: integers', () => {
  it.each([
    ['The hospital has [twenty-five] beds.', 25],
    ['It cost [one hundred and three] pounds.', 103],
    ['The city counted [one million two thousand two hundred three] residents.', 1002203],
    ['Roughly [two hundred and two thousand] voters turned out.', 202000],
    ['The score stayed at [nought] all game.', 0],
    ['Interest fell to [naught] by spring.', 0],
    ['There were [zero] complaints.', 0],
    ['They planted [ninety - five] trees.', 95],
    ['She bought [a dozen] eggs.', 12],
    ['We ordered [three dozens] of roses.', 36],
    ['The shop sold [three dozen] bagels.', 36],
    ['About [a hundred] people came.', 100],
    ['The prize was [a million] dollars.', 1e6],
  ])('%s', (marked, value) => {
    const r = expectParsed(marked, value);
    expect(r.words).toBe(true);
    expect(r.fraction).toBe(false);
  });

  it.each([
    ['[Twenty-Five] members signed.', 25],
    ['[ONE HUNDRED] days passed.', 100],
    ['It took [twenty one] days.', 21],
    ['The ship carried [twenty-five hundred] tonnes.', 2500],
    ['In [nineteen hundred] the law changed.', 1900],
    ['It paid [seven hundred million] euros.', 7e8],
    ['It held [two hundred thousand and five] books.', 200005],
    ['The budget is [ten crore] rupees.', 1e8],
    ['The loan was [two lakh fifty thousand] rupees.', 250000],
    ['The list ran to [a hundred and fifty thousand] names.', 150000],
    ['The estate was worth [one million and five] dollars.', 1000005],
    ['It spans [twenty\nfive] pages.', 25],
    ['The fund paid [a lakh] rupees.', 1e5],
    ['They waited [two score] years.', 40],
  ])('%s', (marked, value) => {
    expectParsed(marked, value);
  });

  it.each([
    ['It was [twenty-five] years.', 25, 0.5],
    ['It was [twenty] years.', 20, 5],
    ['It was [one hundred and three] years.', 103, 0.5],
    ['It was [one million] years.', 1e6, 5e5],
    ['It was [two hundred and two thousand] years.', 202000, 500],
    ['It was [zero] years.', 0, 0.5],
  ])('half step of %s', (marked, value, halfStep) => {
    expect(expectParsed(marked, value).halfStep).toBe(halfStep);
  });
});

describe('parseWords: decimals', () => {
  it.each([
    ['Growth was [five point five] percent.', 5.5, 0.05],
    ['The error rate is [zero point zero eight] per cent.', 0.08, 0.005],
    ['Yields rose by [nought point nought three] points.', 0.03, 0.005],
    ['The gap is [naught point five] metres.', 0.5, 0.05],
    ['Inflation was [nought point eleven] percent.', 0.11, 0.005],
    ['Turnout was [ninety-nine point nine] percent.', 99.9, 0.05],
    ['They raised [one point five million] dollars.', 1.5e6, 0.05e6],
  ])('%s', (marked, value, halfStep) => {
    const r = expectParsed(marked, value);
    expect(r.halfStep).toBeCloseTo(halfStep, 12);
    expect(r.fraction).toBe(false);
  });

  it('leaves "point" alone when no digit follows', () => {
    expectParsed('At [one] point the talks stalled.', 1);
  });
});

describe('parseWords: fractions', () => {
  it.each([
    ['Turnout reached [two thirds] of the electorate.', 2 / 3],
    ['Only [one-tenth] of the budget was spent.', 0.1],
    ['[Three quarters] of respondents agreed.', 0.75],
    ['Prices fell by [a quarter] last year.', 0.25],
    ['Roughly [a third] of homes lack heating.', 1 / 3],
    ['[One fourth] of the land is forest.', 0.25],
    ['The recipe needs [five eighths] of a cup.', 0.625],
    ['A margin of [a hundredth] of a second decided it.', 0.01],
    ['The sensor detects [a trillionth] of a gram.', 1e-12],
    ['Each heir got [one twenty-fifth] of the estate.', 0.04],
    ['The levy takes [a twenty-first] of the harvest.', 1 / 21],
    ['The rule covers [three twenty-firsts] of cases.', 3 / 21],
    ['The ratio is [twenty-three fifths] overall.', 4.6],
    ['Only [one - fourth] of seats were filled.', 0.25],
    ['Nearly [half] of the staff left.', 0.5],
    ['[An eighth] of the crop failed.', 0.125],
    ['Only [seven tenths] of a second separated them.', 0.7],
    ['About [one third] of them agreed.', 1 / 3],
    ['Spread [two halves] evenly.', 1],
    ['It lasted [a quarter] century.', 0.25],
  ])('%s', (marked, value) => {
    const r = expectParsed(marked, value);
    expect(r.fraction).toBe(true);
    expect(r.halfStep).toBe(0);
  });
});

describe('parseWords: mixed numbers', () => {
  it.each([
    ['The trip took [three and a half] hours.', 3.5],
    ['It grew [three and a fifth] times.', 3.2],
    ['The stock traded at [five and a quarter] dollars.', 5.25],
    ['The board met [forty two and a third] times on average.', 42 + 1 / 3],
    ['Rent rose to [twenty and three fifths] per cent.', 20.6],
    ['The dial read [twenty and three and three fifths] units.', 23.6],
    ['The wall is [one hundred and three quarters] feet long.', 100.75],
    ['The plot is [one hundred and three and two thirds] acres.', 103 + 2 / 3],
    ['The rate is [two and fifty-four hundredths] percent.', 2.54],
    ['The reading was [two hundred and fifty-four hundredths] volts.', 200.54],
    ['She ran [one and a fourth] miles.', 1.25],
    ['It weighs [one hundred and a half] grams.', 100.5],
  ])('%s', (marked, value) => {
    const r = expectParsed(marked, value);
    expect(r.fraction).toBe(true);
    expect(r.halfStep).toBe(0);
  });
});

describe('parseWords: fractions of a scale', () => {
  it.each([
    ['The estate sold for [half a million] pounds.', 5e5],
    ['Some [half million] visitors came.', 5e5],
    ['A [quarter million] signatures were collected.', 2.5e5],
    ['It drew [a quarter million] viewers.', 2.5e5],
    ['Exports hit [three quarters billion] dollars.', 7.5e8],
    ['The fund lost [two thirds of a million] euros.', 2e6 / 3],
    ['The city has [five and a half million] residents.', 5.5e6],
    ['The site had [one million and a half] visits.', 1.5e6],
    ['They borrowed [two million and one half] dollars.', 2.5e6],
    ['Sales reached [five billion and three quarters] yen.', 5.75e9],
    ['The grant was [six million and two thirds] francs.', 6e6 + 2e6 / 3],
    ['They shipped [nine million and five ninths] units.', 9e6 + 5e6 / 9],
    ['It cost [one billion and a quarter million] dollars.', 1.00025e9],
    ['The bakery sold [half a dozen] loaves.', 6],
    ['The bakery sold [a dozen and a half] loaves.', 18],
    ['Some [three-quarters of a billion] people use it.', 7.5e8],
    ['A [half-million] tickets went on sale.', 5e5],
    ['It fell [one and a half billion] short.', 1.5e9],
    ['They spent [two and half million] rupees.', 2.5e6],
  ])('%s', (marked, value) => {
    const r = expectParsed(marked, value);
    expect(r.fraction).toBe(false);
  });

  it('reads a fraction of a million as written to a tenth of a million', () => {
    expect(expectParsed('It sold [half a million] copies.', 5e5).halfStep).toBe(5e4);
    expect(expectParsed('It sold [five and a half million] copies.', 5.5e6).halfStep).toBe(5e4);
  });
});

describe('ratios', () => {
  it.each([
    ['The odds are [one over three] at best.', 1 / 3, parseWords],
    ['The odds are [1 over 3] at best.', 1 / 3, parseDigits],
    ['The weight is [one over twenty] of the total.', 0.05, parseWords],
    ['The chance is [1 over one hundred and twenty one] in theory.', 1 / 121, parseDigits],
    ['A rate of [one over 20] applies.', 0.05, parseWords],
    ['The rate is [-1 over 20] here.', -0.05, parseDigits],
    ['Only [one out of three] applicants passed.', 1 / 3, parseWords],
    ['Just [two out of five hundred] samples failed.', 0.004, parseWords],
    ['About [1 in twenty-one] births are affected.', 1 / 21, parseDigits],
    ['Roughly [one in five] adults smoke.', 0.2, parseWords],
    ['Nearly [four in ten] voters agreed.', 0.4, parseWords],
    ['Only [2 out of 3] adults agreed.', 2 / 3, parseDigits],
    ['It hits [1 in 1,000] people.', 0.001, parseDigits],
    ['It strikes [one in ten thousand] people.', 1e-4, parseWords],
    ['It strikes [1 in 3 million] people.', 1 / 3e6, parseDigits],
    ['It is [one in a million] odds.', 1e-6, parseWords],
    ['It is a [one-in-five] chance.', 0.2, parseWords],
    ['It is a [1-in-20] risk.', 0.05, parseDigits],
  ])('%s', (marked, value, parse) => {
    const r = expectParsed(marked, value, parse);
    expect(r.fraction).toBe(true);
    expect(r.halfStep).toBe(0);
  });

  it.each([
    ['It was [one] in 2019 and two in 2020.', 1, parseWords],
    ['Sales rose [1] over 2019.', 1, parseDigits],
    ['They won [3] in 5 years.', 3, parseDigits],
    ['The shares rose [5] over 10 seasons.', 5, parseDigits],
    ['It closed at [one] in the morning.', 1, parseWords],
    ['The vote went [10] over 5 in favour.', 10, parseDigits],
    ['They drew [2] in 1 match.', 2, parseDigits],
    ['It ended [one] in one.', 1, parseWords],
    ['Pour [1] in 2.5 litres.', 1, parseDigits],
    ['[One] in two thirds of cases.', 1, parseWords],
  ])('no ratio in %s', (marked, value, parse) => {
    expect(expectParsed(marked, value, parse).fraction).toBe(false);
  });
});

describe('unicode fractions', () => {
  it.each([
    ['Add [½] a cup.', 0.5, parseWords],
    ['Add [⅔] of the flour.', 2 / 3, parseWords],
    ['Add [¾] of the milk.', 0.75, parseDigits],
    ['Add [⅙] of the sugar.', 1 / 6, parseDigits],
    ['The board is [1½] inches thick.', 1.5, parseDigits],
    ['The pipe is [3 ½] metres long.', 3.5, parseDigits],
    ['The temperature fell [-1½] degrees.', -1.5, parseDigits],
    ['Use [1⁄2] of it.', 0.5, parseDigits],
  ])('%s', (marked, value, parse) => {
    const r = expectParsed(marked, value, parse);
    expect(r.fraction).toBe(true);
    expect(r.words).toBe(false);
  });
});

describe('parseDigits', () => {
  it.each([
    ['The project cost Rs [12,34,567.89] in total.', 1234567.89, 0.005],
    ['It cost Rs [1,00,000] at launch.', 100000, 50000],
    ['The population was [1 414 021 100].', 1414021100, 50],
    ['The mine produced [2,048] tonnes.', 2048, 0.5],
    ['Growth was [5.6] percent.', 5.6, 0.05],
    ['The rate is [.08] now.', 0.08, 0.005],
    ['There are [2 048] entries.', 2048, 0.5],
    ['There are [2\u202f048] entries.', 2048, 0.5],
    ['There are [2\u00a0048] entries.', 2048, 0.5],
    ['The count reached [2 048.5] exactly.', 2048.5, 0.05],
    ['Some [1.3x10^6] cells.', 1.3e6, 0.05e6],
  ])('%s', (marked, value, halfStep) => {
    const r = expectParsed(marked, value, parseDigits);
    expect(r.halfStep).toBeCloseTo(halfStep, 12);
    expect(r.words).toBe(false);
  });

  it.each([
    ['Mix [3/4] of it.', 0.75],
    ['Mix [1 4/5] cups.', 1.8],
  ])('%s', (marked, value) => {
    expect(expectParsed(marked, value, parseDigits).fraction).toBe(true);
  });

  it('keeps a plain integer plain', () => {
    expect(expectParsed('In [2019] it grew.', 2019, parseDigits).plainInteger).toBe(true);
    expect(expectParsed('It was [2,019] units.', 2019, parseDigits).plainInteger).toBe(false);
  });

  it('stops a spaced group before a decimal comma', () => {
    expectParsed('The value is [2] 048,5 here.', 2, parseDigits);
  });
});

describe('parseWords: what is not an amount', () => {
  it.each([
    ['the [second] half'],
    ['the [third] quarter of the year'],
    ['in the third [quarter] of the year'],
    ['the [second]-most powerful'],
    ['the [third]-largest city'],
    ['just [a] few'],
    ['[a] lot'],
    ['[hundreds] of people'],
    ['[thousands] of people'],
    ['[millions] watched'],
    ['[dozens] of times'],
    ['[a] dozens'],
    ['he won [a third term] in office'],
    ['for [a fifth consecutive year]'],
    ['a [twenty-first] century city'],
    ['the [twenty-first century]'],
    ['the [two hundredth] anniversary'],
    ['the [one hundred and first] day'],
    ['the [half]-life of the isotope'],
    ['with [a third]-party vendor'],
    ['after [a quarter]-final loss'],
    ['[halves] of the pie'],
    ['she got [a score] of 95'],
    ['[score] of 95'],
  ])('%s', (marked) => {
    const { text, start } = parseMarked(marked, parseWords);
    expect(parseWords(text, start)).toBeNull();
  });

  it.each([
    ['In [twenty] twenty the plan changed.', 20],
    ['Take [one] of them.', 1],
    ['Pick [one], two or three.', 1],
    ['Chapters [five] - six cover it.', 5],
    ['She was a [twenty]-something founder.', 20],
    ['It was a [one]-off payment.', 1],
    ['He hired [twenty] first-time buyers.', 20],
    ['The novel [nineteen] eighty-four.', 19],
    ['Somewhere between [one hundred] and two hundred.', 100],
    ['Somewhere between [one thousand] and two thousand.', 1000],
    ['Somewhere between [three] and four and a half.', 3],
    ['Somewhere between [twenty] and thirty.', 20],
    ['It rose [one] and two.', 1],
    ['We hired [one] third-party vendor.', 1],
    ['It fell [half] a percent.', 0.5],
    ['It weighed [one million] and a half billion.', 1e6],
    ['It came [zero] five times.', 0],
    ['It sold [three] millions.', 3],
  ])('stops early in %s', (marked, value) => {
    expectParsed(marked, value);
  });

  it('never joins across a blank line', () => {
    expectParsed('The list ends with [twenty]\n\nfive more.', 20);
    expectParsed('It was [three and a half]\n\nmillion.', 3.5);
    expectParsed('Only [one]\n\nin five.', 1);
  });

  it('never consumes trailing spaces or punctuation', () => {
    expectParsed('It cost [two hundred]  , then more.', 200);
    expectParsed('It cost [two hundred]- and more.', 200);
    expectParsed('[five and a half million] \n', 5.5e6);
  });
});

describe('digitsTail', () => {
  function tail(marked: string, value: number, halfStep: number, scale: number) {
    const open = marked.indexOf('[');
    const text = marked.replace('[', '').replace(']', '');
    const after = marked.indexOf(']') - 1;
    return { text, result: digitsTail(text, open, value, halfStep, scale), expectedEnd: after };
  }

  it.each([
    // [text with the tail in brackets, digits value, digits half step, scale factor, total, fraction]
    ['They baked 3[ dozens] cakes.', 3, 0.5, 1, 36, false],
    ['They baked 3[ dozen and a half] cakes.', 3, 0.5, 1, 42, false],
    ['It raised 3 million[ and a half] dollars.', 3, 0.5, 1e6, 3.5e6, false],
    ['It lasted 3[ and a half] hours.', 3, 0.5, 1, 3.5, true],
    ['They hired 3[ and a half million] workers.', 3, 0.5, 1, 3.5e6, false],
    ['It cost 2 billion[ and a quarter million] dollars.', 2, 0.5, 1e9, 2.00025e9, false],
    ['It cost 5 billion[ and three quarters] dollars.', 5, 0.5, 1e9, 5.75e9, false],
  ] as const)('%s', (marked, value, halfStep, scale, total, fraction) => {
    const { result, expectedEnd } = tail(marked, value, halfStep, scale);
    expect(result).not.toBeNull();
    expect(result?.value).toBeCloseTo(total, 6);
    expect(result?.end).toBe(expectedEnd);
    expect(result?.fraction).toBe(fraction);
  });

  it('scales the half step by a dozen', () => {
    expect(digitsTail('3 dozen eggs', 1, 3, 0.5, 1)?.halfStep).toBe(6);
  });

  it.each([
    ['between 3 and 4 hours', 7, 3, 1],
    ['between 3 and five hours', 7, 3, 1],
    ['1 dozens', 1, 1, 1],
    ['2.5 and a half', 3, 2.5, 1],
    ['3 million and a half billion', 9, 3, 1e6],
    ['3 people', 1, 3, 1],
    ['3and a half', 1, 3, 1],
  ] as const)('nothing after %s', (text, pos, value, scale) => {
    expect(digitsTail(text, pos, value, 0.5, scale)).toBeNull();
  });
});

describe('WORD_NUMBER_START', () => {
  const start = new RegExp(`(?<![\\p{L}\\p{N}_'’-])(?:${WORD_NUMBER_START})|${VULGAR_FRACTION_CLASS}`, 'giu');
  const starts = (text: string) => [...text.matchAll(start)].map((m) => m.index);

  it.each([
    ['a dozen eggs', [0, 2]],
    ['an eighth of it', [0]],
    ['a twenty-first of it', [0, 2]],
    ['a lakh rupees', [0]],
    ['a quarter million', [0, 2]],
    ['nought point five', [0, 13]],
    ['add ½ cup', [4]],
    ['the third quarter', []],
    ['a second look', []],
    ['a score of 95', []],
    ['hundreds of people', []],
    ['the fourteenth day', []],
  ] as const)('%s', (text, expected) => {
    expect(starts(text)).toEqual(expected);
  });

  it('starts where parseWords reads a number', () => {
    const text = 'Of the staff, two thirds stayed and a quarter million left.';
    const read = starts(text).map((pos) => parseWords(text, pos as number)).map((r) => r && text.slice(r.start, r.end));
    expect(read).toEqual(['two thirds', 'a quarter million', 'quarter million']);
  });
});
