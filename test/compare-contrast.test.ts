// Words that split one measure into several facts: opposites and number compounds near a figure, the
// tier its own clause names, a goal against an outcome, an earlier period; and hedged figures that
// round to an exact one. One draft against one source at a time, exact verdicts.
import { describe, expect, it } from 'vitest';
import { expectVerdict, type VerdictRow } from './helpers/claim-at.js';
import { numberCompound, opposite, polarWord } from '../src/lexicon/contrasts.js';

describe('opposite narrowing words keep figures apart', () => {
  it.each<VerdictRow>([
    // An adverb against its opposite adjective: direct and indirect employment.
    ['The smelter will employ 900 people directly.', '900', 'The smelter will support about 900 indirect jobs in the valley.', 'unverified'],
    ['Brightwater Ferries carried 410 domestic passengers.', '410', 'Brightwater Ferries carried 410 international passengers.', 'unverified'],
    ['Calder Bank reported net debt of £2.1 billion.', '£2.1 billion', 'Calder Bank reported gross debt of £2.1 billion.', 'unverified'],
    // A number compound against another of the same noun: two-year and five-year rates.
    ['The average two-year fixed mortgage rate was 4.6%.', '4.6%', 'The average five-year fixed mortgage rate was 4.6%.', 'unverified'],
    // A clause that names no compound takes one named before it in its sentence.
    ['The average two-year fixed mortgage rate was 4.6%.', '4.6%', 'Five-year fixed deals were cheaper, averaging 4.6%.', 'unverified'],
    // A compound after the sentence's first verb narrows its own noun, not a later clause's figure.
    ['The board declared a 45-day review and set aside 80 million rand for it.', '80 million', 'The board declared a 30-day review and set aside 80 million rand for it.', 'supported'],
    ['The 10-day forecast gave 30 mm of rain.', '30 mm', 'The 3-day forecast gave 30 mm of rain.', 'unverified'],
    // A compound that is the figure itself is its value: another value disagrees.
    ['Tilbury Cloud members get a 30-day free trial.', '30-day', 'Tilbury Cloud members get a 14-day free trial.', 'contradicted'],
    // The same word on both sides still pairs.
    ['The smelter will employ 900 people directly.', '900', 'Tarn Metals said the smelter would employ 900 people directly.', 'supported'],
    ['The average two-year fixed mortgage rate was 4.6%.', '4.6%', 'The average two-year fixed mortgage rate was 5.1%.', 'contradicted'],
  ])('%s | %s', (...row) => expectVerdict(row));

  it('the lexicon reads opposites by prefix and by pair, and compounds by number and noun', () => {
    expect(polarWord('directly')).toBe('direct');
    expect(opposite('direct', 'indirect')).toBe(true);
    expect(opposite('gross', 'net')).toBe(true);
    expect(opposite('direct', 'direct')).toBe(false);
    expect(numberCompound('two-year')).toBe('2 year');
    expect(numberCompound('12-month')).toBe('12 month');
    expect(numberCompound('well-known')).toBe(null);
  });
});

describe('a tier word narrows the figures of its own clause', () => {
  it.each<VerdictRow>([
    ['Basic members of the Loxley gym pay 12 euros a month.', '12 euros', 'Loxley charges 12 euros a month for basic membership and 30 euros for premium.', 'supported'],
    ['Basic members of the Loxley gym pay 12 euros a month.', '12 euros', 'Every premium member of the Loxley gym pays 30 euros a month.', 'unverified'],
    ['Free accounts on Parcelbox hold 5 GB of files.', '5 GB', 'On Parcelbox, free accounts hold 5 GB and pro accounts hold 200 GB.', 'supported'],
    // A clause with no tier of its own takes the one named before it in its sentence.
    ['Free accounts on Parcelbox hold 5 GB of files.', '5 GB', 'Every pro account on Parcelbox gets more room: 200 GB of files.', 'unverified'],
    ['The default upload timeout is 30 seconds.', '30 seconds', 'The maximum upload timeout is 120 seconds.', 'unverified'],
  ])('%s | %s', (...row) => expectVerdict(row));
});

describe('a goal does not pair with an outcome', () => {
  it.each<VerdictRow>([
    ['Orla Air flew 52 routes last year.', '52', 'Orla Air is targeting 52 routes next year.', 'unverified'],
    ['The council built 300 homes in 2024.', '300', 'The council has a goal of 300 homes in 2024.', 'unverified'],
    // A goal in the source's sentence is not a second value of the outcome: the outcome disagrees.
    ['Orla Air flew 52 routes in 2024.', '52', 'Orla Air flew 41 routes in 2024 and is targeting 52 this year.', 'contradicted'],
    ['Tamsin Labs aims to hire 80 engineers this year.', '80', 'Tamsin Labs aims to hire 80 engineers this year, its chief said.', 'supported'],
    // A goal and a plan or schedule both look ahead: one fact.
    ['The Harbour Line is scheduled to open in 2031.', '2031', 'Transit officials aim to open the Harbour Line in 2031.', 'supported'],
    ['Pell Foods is due to open 40 stores in Ghana next year.', '40', 'Pell Foods aims to open 40 stores in Ghana next year.', 'supported'],
    ['Pell Foods opened 40 stores in Ghana last year.', '40', 'Pell Foods aims to open 40 stores in Ghana next year.', 'unverified'],
  ])('%s | %s', (...row) => expectVerdict(row));
});

describe('a figure of an earlier period is another fact', () => {
  it.each<VerdictRow>([
    // The earlier figure is no support; the current one, in the same words, disagrees.
    ['Harlow Stores made a profit of $410 million.', '$410 million', 'Harlow Stores made a profit of $520 million. A year earlier, it made a profit of $410 million.', 'contradicted'],
    ['Harlow Stores made a profit of $410 million.', '$410 million', 'A year earlier, Harlow Stores made a profit of $380 million.', 'unverified'],
    ['Harlow Stores paid a dividend of $1.10 a share.', '$1.10', 'Harlow Stores paid a prior-year dividend of $1.10 a share.', 'unverified'],
    ['Westmoor Dairy sold 8,200 tonnes of cheese.', '8,200', 'Westmoor Dairy sold 9,100 tonnes of cheese, against 8,200 tonnes the year before.', 'contradicted'],
    // A figure dated by its own year may be the earlier period the other speaks of.
    ['Westmoor Dairy sold 8,200 tonnes of cheese in 2023.', '8,200', 'Westmoor Dairy sold 9,100 tonnes of cheese, against 8,200 tonnes the year before.', 'supported'],
    ['The port handled 2.4 million containers.', '2.4 million', 'The port handled 2.4 million containers, up 6% from a year earlier.', 'supported'],
  ])('%s | %s', (...row) => expectVerdict(row));
});

describe('a hedged figure rounds to an exact one', () => {
  it.each<VerdictRow>([
    ['The festival drew about 6 million visitors.', 'about 6 million', 'The festival drew 5.6 million visitors, the organisers said.', 'supported'],
    ['Wexford Water lost nearly 6,000 customers.', 'nearly 6,000', 'Wexford Water lost 5,860 customers in the year.', 'supported'],
    // A bound read at its own precision: "more than 3,400" cuts 3,460 down, "nearly 6,000" takes 5,860 up;
    // so is a label that names no measure the sentence's noun can be compared with.
    ['More than 3,400 people were hurt in the Ostrava storm.', 'More than 3,400', 'Ostrava storm. Hurt: 3,460. Homes without power: 5,860.', 'supported'],
    ['Nearly 6,000 homes in Ostrava lost power after the storm.', 'Nearly 6,000', 'Ostrava storm. Hurt: 3,460. Homes without power: 5,860.', 'supported'],
    ['Roughly 26,000 fans saw the Ravens win the final.', 'Roughly 26,000', 'Cup final, Ravens against Pike. Attendance: 26,480.', 'supported'],
    ['The Bellmoor trial enrolled close to 1,300 patients.', 'close to 1,300', 'The Bellmoor trial enrolled 1,284 patients at 60 sites.', 'supported'],
    // Below the bound, or past what it says at its precision: no link by value (and a label names no
    // measure to disagree by).
    ['More than 3,400 people were hurt in the Ostrava storm.', 'More than 3,400', 'Ostrava storm. Hurt: 3,390. Homes without power: 5,860.', 'unverified'],
    ['Roughly 26,000 fans saw the Ravens win the final.', 'Roughly 26,000', 'Cup final, Ravens against Pike. Attendance: 31,200.', 'unverified'],
  ])('%s | %s', (...row) => expectVerdict(row));
});
