// Currencies: how they are written before and after a figure, and their ISO 4217 codes. The forms
// below are the ones news writes most, with their usual reading; data/currencies.json (written by
// scripts/gen-currencies.mjs from Intl) adds every other ISO 4217 code, name, symbol and subunit.
import fs from 'node:fs';

export interface CurrencyForm {
  iso: string;
  /** Factor to whole currency units ("pence" is 0.01 GBP). */
  factor?: number;
  /** The form does not say which currency for sure ("$", "dollars", "£", "¥"). */
  assumed?: boolean;
  /** Read as money only after a scale word ("2 billion won", "361 million pounds"). */
  afterScaleOnly?: boolean;
  /** Read only when written exactly so: codes in capitals ("ALL", "TOP"), symbols such as "R" or "kr". */
  written?: string;
  /** Also an adjective ("5 grand" is money, "5 grand prizes" is not): read as money only where no noun follows. */
  adjective?: boolean;
}

/** Written before the figure: "$5.6m", "US$ 10", "€4bn", "USD 50". Matched case-insensitively for letters. */
export const CURRENCY_PREFIXES: Record<string, CurrencyForm> = {
  '$': { iso: 'USD', assumed: true },
  'us$': { iso: 'USD' },
  '$us': { iso: 'USD' },
  '$a': { iso: 'AUD' },
  '$nz': { iso: 'NZD' },
  '$c': { iso: 'CAD' },
  '$hk': { iso: 'HKD' },
  '$s': { iso: 'SGD' },
  'us $': { iso: 'USD' },
  'u.s. $': { iso: 'USD' },
  'usd': { iso: 'USD' },
  'hk$': { iso: 'HKD' },
  'hk $': { iso: 'HKD' },
  'hkd': { iso: 'HKD' },
  'c$': { iso: 'CAD' },
  'c $': { iso: 'CAD' },
  'ca$': { iso: 'CAD' },
  'cad': { iso: 'CAD' },
  'a$': { iso: 'AUD' },
  'au$': { iso: 'AUD' },
  'aud': { iso: 'AUD' },
  'nz$': { iso: 'NZD' },
  'nzd': { iso: 'NZD' },
  's$': { iso: 'SGD' },
  'sgd': { iso: 'SGD' },
  'r$': { iso: 'BRL' },
  'brl': { iso: 'BRL' },
  'mx$': { iso: 'MXN' },
  'mex$': { iso: 'MXN' },
  'mxn$': { iso: 'MXN' },
  'mxn': { iso: 'MXN' },
  'usd$': { iso: 'USD' },
  'aud$': { iso: 'AUD' },
  'cad$': { iso: 'CAD' },
  'nzd$': { iso: 'NZD' },
  'musd': { iso: 'USD', factor: 1e6 },
  'meur': { iso: 'EUR', factor: 1e6 },
  'mgbp': { iso: 'GBP', factor: 1e6 },
  'maud': { iso: 'AUD', factor: 1e6 },
  '₿': { iso: 'BTC' },
  'btc': { iso: 'BTC' },
  '₡': { iso: 'CRC' },
  '₾': { iso: 'GEL' },
  '₭': { iso: 'LAK' },
  '₴': { iso: 'UAH' },
  '₫': { iso: 'VND' },
  '₪': { iso: 'ILS' },
  '€': { iso: 'EUR' },
  'eur': { iso: 'EUR' },
  '£': { iso: 'GBP', assumed: true },
  'gbp': { iso: 'GBP' },
  '¥': { iso: 'JPY', assumed: true },
  '￥': { iso: 'JPY', assumed: true },
  'jpy': { iso: 'JPY' },
  'rmb': { iso: 'CNY' },
  'cny': { iso: 'CNY' },
  '₹': { iso: 'INR' },
  'rs': { iso: 'INR', assumed: true },
  'rs.': { iso: 'INR', assumed: true },
  'inr': { iso: 'INR' },
  '₩': { iso: 'KRW' },
  'krw': { iso: 'KRW' },
  '₽': { iso: 'RUB' },
  'rub': { iso: 'RUB' },
  'chf': { iso: 'CHF' },
  'sek': { iso: 'SEK' },
  'nok': { iso: 'NOK' },
  'dkk': { iso: 'DKK' },
  'zar': { iso: 'ZAR' },
  'try': { iso: 'TRY' },
  '₺': { iso: 'TRY' },
  '₦': { iso: 'NGN' },
  '₱': { iso: 'PHP' },
  '฿': { iso: 'THB' },
};

/** Written after the figure: "100 billion yuan", "15 euros", "10 us dollars". Matched case-insensitively. */
export const CURRENCY_SUFFIXES: Record<string, CurrencyForm> = {
  'usd': { iso: 'USD' },
  'us dollars': { iso: 'USD' },
  'us dollar': { iso: 'USD' },
  'u.s. dollars': { iso: 'USD' },
  'american dollars': { iso: 'USD' },
  'dollars': { iso: 'USD', assumed: true },
  'dollar': { iso: 'USD', assumed: true },
  'bucks': { iso: 'USD', assumed: true },
  'grand': { iso: 'USD', factor: 1000, assumed: true, adjective: true },
  'cents': { iso: 'USD', factor: 0.01, assumed: true },
  'cent': { iso: 'USD', factor: 0.01, assumed: true },
  'hong kong dollars': { iso: 'HKD' },
  'canadian dollars': { iso: 'CAD' },
  'australian dollars': { iso: 'AUD' },
  'singapore dollars': { iso: 'SGD' },
  'new zealand dollars': { iso: 'NZD' },
  'eur': { iso: 'EUR' },
  'euros': { iso: 'EUR' },
  'euro': { iso: 'EUR' },
  'gbp': { iso: 'GBP' },
  'pounds sterling': { iso: 'GBP' },
  'sterling': { iso: 'GBP' },
  'british pounds': { iso: 'GBP' },
  'pounds': { iso: 'GBP', assumed: true, afterScaleOnly: true },
  'pound': { iso: 'GBP', assumed: true, afterScaleOnly: true },
  'pence': { iso: 'GBP', factor: 0.01 },
  'yuan': { iso: 'CNY' },
  'chinese yuan': { iso: 'CNY' },
  'renminbi': { iso: 'CNY' },
  'rmb': { iso: 'CNY' },
  'cny': { iso: 'CNY' },
  'yen': { iso: 'JPY' },
  'japanese yen': { iso: 'JPY' },
  'jpy': { iso: 'JPY' },
  'rupees': { iso: 'INR', assumed: true },
  'rupee': { iso: 'INR', assumed: true },
  'indian rupees': { iso: 'INR' },
  'inr': { iso: 'INR' },
  'won': { iso: 'KRW', afterScaleOnly: true },
  'korean won': { iso: 'KRW' },
  'swiss francs': { iso: 'CHF' },
  'francs': { iso: 'CHF', assumed: true },
  'chf': { iso: 'CHF' },
  'roubles': { iso: 'RUB' },
  'rubles': { iso: 'RUB' },
  'rub': { iso: 'RUB' },
  'pesos': { iso: 'MXN', assumed: true },
  'reais': { iso: 'BRL' },
  'rand': { iso: 'ZAR' },
  'kronor': { iso: 'SEK' },
  'krona': { iso: 'SEK' },
  'sek': { iso: 'SEK' },
  'nok': { iso: 'NOK' },
  'lira': { iso: 'TRY' },
  'naira': { iso: 'NGN' },
  'turkish lira': { iso: 'TRY' },
  'musd': { iso: 'USD', factor: 1e6 },
  'meur': { iso: 'EUR', factor: 1e6 },
  'mgbp': { iso: 'GBP', factor: 1e6 },
  'btc': { iso: 'BTC' },
  'bitcoin': { iso: 'BTC' },
  'bitcoins': { iso: 'BTC' },
  'satoshi': { iso: 'BTC', factor: 1e-8 },
  'satoshis': { iso: 'BTC', factor: 1e-8 },
  '元': { iso: 'CNY' },
  '₡': { iso: 'CRC' },
  '₾': { iso: 'GEL' },
  '₭': { iso: 'LAK' },
  'ரூ': { iso: 'LKR' },
  'kuai': { iso: 'CNY' },
  'finnish markka': { iso: 'FIM' },
  'markka': { iso: 'FIM' },
  'markkaa': { iso: 'FIM' },
  'pesetas': { iso: 'ESP' },
  'peseta': { iso: 'ESP' },
  'dutch guilders': { iso: 'NLG' },
  'guilders': { iso: 'NLG' },
  'deutsche marks': { iso: 'DEM' },
  'deutsche mark': { iso: 'DEM' },
  'french francs': { iso: 'FRF' },
  'belgian francs': { iso: 'BEF' },
  'lire': { iso: 'ITL' },
  'italian lire': { iso: 'ITL' },
  'shekels': { iso: 'ILS' },
  'zloty': { iso: 'PLN' },
  'ringgit': { iso: 'MYR' },
  'rupiah': { iso: 'IDR' },
  'baht': { iso: 'THB' },
  'dirhams': { iso: 'AED' },
  'riyals': { iso: 'SAR' },
  '€': { iso: 'EUR' },
  '$': { iso: 'USD', assumed: true },
  '£': { iso: 'GBP', assumed: true },
};

interface GeneratedForm {
  form: string;
  iso: string;
  at: 'both' | 'after' | 'subunit';
  assumed?: boolean;
  factor?: number;
  code?: boolean;
}

/** Every form of data/currencies.json, as generated. */
export const GENERATED_CURRENCY_FORMS = (
  JSON.parse(fs.readFileSync(new URL('../../data/currencies.json', import.meta.url), 'utf8')) as { forms: GeneratedForm[] }
).forms;

/** Subunit words after a whole amount: "3 pounds 20 pence", "RM 8 and 50 sen". */
export const SUBUNIT_WORDS = new Set(GENERATED_CURRENCY_FORMS.filter((f) => f.at === 'subunit').map((f) => f.form));

function formOf(f: GeneratedForm): CurrencyForm {
  const out: CurrencyForm = { iso: f.iso };
  if (f.factor !== undefined) out.factor = f.factor;
  if (f.assumed) out.assumed = true;
  // Letters in a code or symbol must be written as the table has them; names are read in any case.
  if (f.at !== 'after' && f.at !== 'subunit' && /\p{L}/u.test(f.form)) out.written = f.form;
  return out;
}

for (const f of GENERATED_CURRENCY_FORMS) {
  const key = f.form.toLowerCase();
  if (f.at === 'both' && !(key in CURRENCY_PREFIXES)) CURRENCY_PREFIXES[key] = formOf(f);
  if (!(key in CURRENCY_SUFFIXES)) CURRENCY_SUFFIXES[key] = formOf(f);
}

// A symbol may follow the figure it belongs to: "9.99US$", "45 HK$".
for (const [key, form] of Object.entries(CURRENCY_PREFIXES)) {
  if (/\p{Sc}/u.test(key) && !(key in CURRENCY_SUFFIXES)) CURRENCY_SUFFIXES[key] = form;
}
