// Digits that are not claims: names, ranks, the pronoun "one", list and section numbers, phone
// numbers, URLs, versions, code, footnote markers, decades and vague amounts.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import type { Claim } from '../src/schema.js';

function overlapping(claims: Claim[], text: string, needle: string): Claim[] {
  const out: Claim[] = [];
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    out.push(...claims.filter((c) => c.start < at + needle.length && at < c.end && !out.includes(c)));
  }
  return out;
}

/**
 * Each row: a text, the trap inside it, and the claim that must still be found in it (or null).
 * No claim may overlap the trap.
 */
type Row = [string, string, string | null];

function expectTrap(text: string, trap: string, real: string | null, file = 'case.txt') {
  expect(text.includes(trap), 'the trap must be in the text').toBe(true);
  const claims = extractText(text, file);
  expect(overlapping(claims, text, trap).map((c) => c.text)).toEqual([]);
  if (real !== null) expect(claims.map((c) => c.text)).toContain(real);
}

describe('model and product names', () => {
  it.each<Row>([
    ['The H800 is slower than its sibling, yet 40% cheaper.', 'H800', '40%'],
    ['The startup ran GPT-4 against 12 rivals.', 'GPT-4', '12 rivals'],
    ['The o1 model scored 87% on the exam.', 'o1', '87%'],
    ['R1 topped the chart with 3 million downloads.', 'R1', '3 million downloads'],
    ['DeepSeek-V3 was trained for $5.6 million.', 'DeepSeek-V3', '$5.6 million'],
    ['The team fine-tuned Llama 3.1 on 900 documents.', 'Llama 3.1', '900 documents'],
    ['She told 36Kr that the lab had 140 staff.', '36Kr', '140 staff'],
    ['The Boeing 747 carried 400 passengers.', '747', '400 passengers'],
    ['The carrier flies Airbus A321 and Embraer 190 jets on 14 routes.', '190 jets', '14 routes'],
    ['Lessees report under IFRS 16 rules, and 212 contracts changed.', '16 rules', '212 contracts'],
    ['The ferries use the KX 12-180 hull design and carry 600 cars.', '12-180 hull', '600 cars'],
    ['Sales of Windows 11 laptops rose by 30%.', '11 laptops', '30%'],
  ])('%s', (text, trap, real) => expectTrap(text, trap, real));
});

describe('label words end at the sentence', () => {
  it('a label word closing the sentence before does not make the next figure a label', () => {
    const claims = extractText('Shares recovered later in the week.\n\n70 to 110 turbines will be built.', 'case.txt');
    expect(claims.map((c) => [c.text, c.quantity.low, c.quantity.high])).toEqual([['70 to 110 turbines', 70, 110]]);
  });
});

describe('labels in table headers', () => {
  it.each<Row>([
    ['| Vela 2 | Figure |\n|---|---|\n| Height | 70 m |\n', 'Vela 2', '70 m'],
    ['| Model | Falcon 9 |\n|---|---|\n| Flights | 300 |\n', 'Falcon 9', '300'],
  ])('%j', (text, trap, real) => expectTrap(text, trap, real, 'case.md'));
});

describe('ranks and ordinals', () => {
  it.each<Row>([
    ['He is the second-most powerful official in a cabinet of 24 ministers.', 'second', '24 ministers'],
    ['She finished 2nd among 60 runners.', '2nd', '60 runners'],
    ['It was the 3rd stop in 10 years.', '3rd', '10 years'],
    ['The team placed first for the fifth year running.', 'first', null],
    ['The firm is the 21st-largest employer, with 900 staff.', '21st', '900 staff'],
    ['The lab is the third-biggest in China.', 'third', null],
  ])('%s', (text, trap, real) => expectTrap(text, trap, real));
});

describe('the pronoun "one"', () => {
  it.each<Row>([
    ['One founder said the lab spent $2 million.', 'One', '$2 million'],
    ['"It was bold," said one of the partners, who joined in 2019.', 'one', '2019'],
    ['One could argue the 7% rise was luck.', 'One', '7%'],
    ['The plan was one the board rejected twice.', 'one', null],
  ])('%s', (text, trap, real) => expectTrap(text, trap, real));
});

describe('list markers and section numbers', () => {
  it.each<Row>([
    ['See Section 3.2 for the 14 stations.', '3.2', '14 stations'],
    ['As clause 4 states, fares rose 6%.', '4', '6%'],
    ['1. The depot employs 85 workers.\n2. The line carries 40,000 riders.', '1.', '85 workers'],
    ['1. The depot employs 85 workers.\n2. The line carries 40,000 riders.', '2.', '40,000 riders'],
    ['Chapter 7 describes a 12% fall.', '7', '12%'],
  ])('%s', (text, trap, real) => expectTrap(text, trap, real));

  it.each<Row>([
    ['1. The depot employs 85 workers.\n2. The line carries 40,000 riders.\n', '1.', '85 workers'],
    ['## 4. Costs\n\nThe depot cost $30 million.\n', '4.', '$30 million'],
    ['3) The depot cost $30 million.\n4) The yard cost $9 million.\n', '4)', '$9 million'],
  ])('in Markdown: %s', (text, trap, real) => expectTrap(text, trap, real, 'case.md'));
});

describe('phone numbers, URLs, e-mail and versions', () => {
  it.each<Row>([
    ['Call 555-123-4567 to book one of 30 seats.', '555-123-4567', '30 seats'],
    ['Call +44 20 7946 0321 to book one of 30 seats.', '+44 20 7946 0321', '30 seats'],
    ['Call (555) 123-4567 to book one of 30 seats.', '(555) 123-4567', '30 seats'],
    ['The report at https://example.org/2024/budget-42 lists 8 sites.', 'https://example.org/2024/budget-42', '8 sites'],
    ['Write to office2024@example.com about the 5 vacancies.', 'office2024@example.com', '5 vacancies'],
    ['Install v2.5.1 before the 3 updates.', 'v2.5.1', '3 updates'],
    ['Install version 2.5.1 before the 3 updates.', '2.5.1', '3 updates'],
    ['Node 20.12.0 is required for 4 tools.', '20.12.0', '4 tools'],
  ])('%s', (text, trap, real) => expectTrap(text, trap, real));
});

describe('code in Markdown', () => {
  it.each<Row>([
    ['Run `workers=512` to use 16 cores.\n', 'workers=512', '16 cores'],
    ['The cluster has 64 nodes.\n\n```\nreplicas: 3000\n```\n', '3000', '64 nodes'],
    ['The cluster has 64 nodes.\n\n~~~python\nbatch = 4096\n~~~\n', '4096', '64 nodes'],
    ['The cluster has 64 nodes.\n\n    limit = 777 requests\n', '777', '64 nodes'],
  ])('%s', (text, trap, real) => expectTrap(text, trap, real, 'case.md'));
});

describe('footnote markers', () => {
  it.each<Row>([
    ['The museum drew 90,000 visitors [3] last year.', '[3]', '90,000 visitors'],
    ['The museum drew 90,000 visitors.[12]', '[12]', '90,000 visitors'],
  ])('%s', (text, trap, real) => expectTrap(text, trap, real));

  it.each<Row>([['The museum drew 90,000 visitors.[^4]\n\n[^4]: Figures from the trust.\n', '[^4]', '90,000 visitors']])(
    'in Markdown: %s',
    (text, trap, real) => expectTrap(text, trap, real, 'case.md'),
  );
});

describe('decades and vague amounts', () => {
  it.each<Row>([
    ['He was born in the 1980s and joined at 25.', '1980s', null],
    ['Prices in the 1990s were 30% lower.', '1990s', '30%'],
    ['The lab bought thousands of GPUs in 2021.', 'thousands of GPUs', '2021'],
    ['Rivals spent hundreds of millions of dollars.', 'hundreds of millions of dollars', null],
    ['Dozens of engineers left in 2022.', 'Dozens', '2022'],
    ['Tens of thousands of fans came.', 'Tens of thousands', null],
  ])('%s', (text, trap, real) => expectTrap(text, trap, real));
});

describe('texts with nothing to claim', () => {
  it.each([
    ['The H800 and the H100 are both restricted.'],
    ['GPT-4, o1 and R1 were compared.'],
    ['One founder said the plan was bold.'],
    ['She is the second-most senior partner.'],
    ['See Section 3.2.'],
    ['Visit www.example.com/page2 today.'],
    ['Upgrade to 2.5.1 now.'],
    ['The 1980s were different.'],
    ['They bought thousands of GPUs.'],
    [''],
    ['   \n\n  '],
    // Words that name properties of every JavaScript object are only words.
    ['The constructor met the toString and valueOf teams in hasOwnProperty Street about __proto__.'],
  ])('%j', (text) => {
    expect(extractText(text, 'case.txt').map((c) => c.text)).toEqual([]);
  });
});
