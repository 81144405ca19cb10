// Every row of data/currencies.json parses: each code and symbol before a figure, each name after it,
// each subunit as a hundredth. Where a hand-written form takes precedence, that form's reading is expected.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES, GENERATED_CURRENCY_FORMS } from '../src/data/currencies.js';

function money(text: string) {
  return extractText(text, 'case.txt').filter((c) => c.kind === 'money').map((c) => [c.quantity.value, c.quantity.currency]);
}

const before = GENERATED_CURRENCY_FORMS.filter((f) => f.at === 'both');
const after = GENERATED_CURRENCY_FORMS.filter((f) => f.at === 'after');
const subunits = GENERATED_CURRENCY_FORMS.filter((f) => f.at === 'subunit');

describe('data/currencies.json', () => {
  it('covers every ISO 4217 code the runtime knows, bar precious metals and fund units', () => {
    const codes = new Set(GENERATED_CURRENCY_FORMS.map((f) => f.iso));
    for (const code of Intl.supportedValuesOf('currency')) if (!code.startsWith('X')) expect(codes.has(code), code).toBe(true);
  });

  it.each(before.map((f) => [f.form, f.iso]))('%s before a figure reads as %s', (form) => {
    const iso = (CURRENCY_PREFIXES[form.toLowerCase()] as { iso: string }).iso;
    expect(money(`The deposit was ${form} 2,750 in total.`)).toEqual([[2750, iso]]);
  });

  it.each(after.map((f) => [f.form, f.iso]))('%s after a figure reads as %s', (form) => {
    const iso = (CURRENCY_SUFFIXES[form.toLowerCase()] as { iso: string }).iso;
    expect(money(`The deposit was 2.5 million ${form} in total.`)).toEqual([[2.5e6, iso]]);
  });

  it.each(subunits.map((f) => [f.form, f.iso]))('%s is a hundredth of %s', (form) => {
    const info = CURRENCY_SUFFIXES[form.toLowerCase()] as { iso: string; factor?: number };
    expect(info.factor).toBe(0.01);
    expect(money(`The stamp cost 40 ${form} at the counter.`)).toEqual([[0.4, info.iso]]);
  });
});

describe('currency forms around a figure', () => {
  it.each([
    ['Tea there costs 45Rs a glass.', 45, 'INR'],
    ['The plan costs 9.99US$ a month.', 9.99, 'USD'],
    ['The bill came to RM 8 and 50 sen.', 8.5, 'MYR'],
    ['A ticket is 3 pounds 20 pence.', 3.2, 'GBP'],
    ['The snack cost $12 and 15 cents.', 12.15, 'USD'],
    ['Housing grants reached R14,5 billion.', 14.5e9, 'ZAR'],
    ['The bond raised $14,5-billion.', 14.5e9, 'USD'],
    ['The bakery charged 120 zł for the cake.', 120, 'PLN'],
    ['The ferry costs 300 ringgit.', 300, 'MYR'],
  ])('%s', (text, value, iso) => {
    expect(money(text)).toEqual([[value, iso]]);
  });

  it.each([['ALL 5 solutions are wrong.'], ['The droid R2 rolled in.']])('%s holds no money', (text) => {
    expect(money(text)).toEqual([]);
  });
});
