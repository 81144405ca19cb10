#!/usr/bin/env node
// Writes data/currencies.json: every ISO 4217 code the runtime knows (Intl.supportedValuesOf),
// its English names singular and plural (Intl.DisplayNames, Intl.NumberFormat), its symbols
// (Intl.NumberFormat symbol and narrow symbol) and the short local symbols of SYMBOLS below.
// A form shared by several currencies is kept only where DEFAULTS names the one it usually means,
// and is then marked `assumed`.
//
//   node scripts/gen-currencies.mjs      (run again after a Node upgrade; the output is sorted)
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'data', 'currencies.json');

/** Local symbols the English locale data leaves out. */
const SYMBOLS = {
  MYR: ['RM'], INR: ['Rs', 'Rs.', '₹'], PKR: ['Rs', 'Rs.'], LKR: ['Rs', 'Rs.'], NPR: ['Rs', 'Rs.'], ZAR: ['R'], PLN: ['zł'],
  SEK: ['kr'], NOK: ['kr'], DKK: ['kr'], ISK: ['kr'], CHF: ['Fr.', 'SFr.'], CZK: ['Kč'], HUF: ['Ft'], RON: ['lei'], IDR: ['Rp'],
  AED: ['Dh', 'Dhs'], SAR: ['SR'], BRL: ['R$'], AUD: ['A$', 'AU$'], NZD: ['NZ$'], SGD: ['S$'], CAD: ['C$', 'CA$'], HKD: ['HK$'],
  TWD: ['NT$'], MXN: ['MX$', 'Mex$'], KES: ['KSh'], NGN: ['₦'], GHS: ['GH₵'], PHP: ['₱'], THB: ['฿'], VND: ['₫'], TRY: ['₺'],
  KZT: ['₸'], UAH: ['₴'], RUB: ['₽'], ILS: ['₪', 'NIS'], KRW: ['₩'], EGP: ['E£'], ARS: ['AR$'], CLP: ['CLP$'], COP: ['COL$'],
};

/** Locale symbols that are also units or abbreviations ("KM" km, "kn" knots, "TL" team leader); single letters too. */
const UNCLEAR_SYMBOLS = new Set(['KM', 'CF', 'RF', 'FG', 'Db', 'Ar', 'Bs', 'SR', 'TL', 'kn', 'ZK', 'Kz']);

/** What a shared form usually means in English news. */
const DEFAULTS = {
  '$': 'USD', '£': 'GBP', '¥': 'JPY', kr: 'SEK', Rs: 'INR', 'Rs.': 'INR', dollar: 'USD', dollars: 'USD', pound: 'GBP', pounds: 'GBP',
  rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF', peso: 'MXN', pesos: 'MXN', dirham: 'AED', dirhams: 'AED',
  riyal: 'SAR', riyals: 'SAR', krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', dinar: 'KWD', dinars: 'KWD',
  shilling: 'KES', shillings: 'KES', rial: 'IRR', rials: 'IRR', crown: 'SEK', crowns: 'SEK',
};

/** Other English forms of a name's last word: the translation ("crowns" for kronor, kroner, korunas), the spelling
 * with or without its diacritics ("złoty"), and the British spelling ("roubles"). Each also follows the country
 * adjective ("Swedish crowns", "Russian roubles"). */
const SPELLINGS = {
  krona: ['crown'], kronor: ['crowns'], krone: ['crown'], kroner: ['crowns'], koruna: ['crown'], korunas: ['crowns', 'korun'],
  'króna': ['crown', 'krona'], 'krónur': ['crowns', 'kronur'], zloty: ['złoty'], zlotys: ['złotys', 'złoty', 'zlotych', 'złotych'],
  ruble: ['rouble'], rubles: ['roubles'], 'lekë': ['leke'],
};

/** Last words that are also ordinary English words: kept only inside a full name ("Brazilian real"). */
const COMMON_WORDS = new Set([
  'real', 'reals', 'sol', 'soles', 'mark', 'marks', 'won', 'rand', 'lek', 'som', 'kip', 'dong', 'colon', 'dram', 'tala', 'rights',
  'gold', 'silver', 'platinum', 'palladium', 'unit', 'units', 'fund', 'leone', 'leones', 'vatu', 'kina', 'lari', 'leu', 'lev', 'lei',
  'pula', 'loti', 'maloti', 'ariary', 'birr', 'dalasi', 'gourde', 'gourdes', 'manat', 'manats', 'cedi', 'cedis', 'tenge', 'pataca',
  'patacas', 'balboa', 'balboas', 'lempira', 'lempiras', 'quetzal', 'quetzals', 'guarani', 'guaranis', 'afghani', 'afghanis', 'dobra',
  'dobras', 'denar', 'denari', 'denars', 'kyat', 'kyats', 'ngultrum', 'ngultrums', 'nakfa', 'nakfas', 'ouguiya', 'ouguiyas',
  'rufiyaa', 'rufiyaas', 'somoni', 'somonis', 'sum', 'kwanza', 'kwanzas', 'kwacha', 'kwachas', 'metical', 'meticals', 'lilangeni',
  'emalangeni', 'florin', 'florins', 'guilder', 'guilders', 'boliviano', 'bolivianos', 'bolívar', 'bolívars', 'córdoba', 'córdobas',
  'colón', 'colones', 'hryvnia', 'hryvnias', 'paʻanga', 'riel', 'riels', 'taka', 'takas', 'dram', 'drams', 'pa’anga', 'escudo', 'escudos',
]);
/** Codes that are also words or names in capitals ("ALL 5 solutions", "AMD 7950X", "RON 95" fuel): named, not coded. */
const WORD_CODES = new Set(['ALL', 'TOP', 'CUP', 'MOP', 'PEN', 'GEL', 'BAM', 'SOS', 'MAD', 'BOB', 'RON', 'DOP', 'AMD', 'CVE', 'ERN', 'BIF', 'SHP', 'BOV', 'HNL', 'LAK']);
const SUBUNITS = {
  USD: ['cent', 'cents'], EUR: ['cent', 'cents'], GBP: ['penny', 'pence'], MYR: ['sen'], INR: ['paisa', 'paise'], RUB: ['kopeck', 'kopecks', 'kopek', 'kopeks'],
  UAH: ['kopiyka', 'kopiykas'], CHF: ['centime', 'centimes', 'rappen'], ZAR: ['cent', 'cents'], AUD: ['cent', 'cents'],
  PLN: ['grosz', 'groszy'], CNY: ['fen', 'jiao'],
};

const codes = Intl.supportedValuesOf('currency').filter((c) => !/^X/.test(c) || c === 'XAF' || c === 'XOF' || c === 'XCD' || c === 'XPF');
const display = new Intl.DisplayNames('en', { type: 'currency' });
const part = (code, n, how) =>
  new Intl.NumberFormat('en', { style: 'currency', currency: code, currencyDisplay: how, minimumFractionDigits: 0, maximumFractionDigits: 0 })
    .formatToParts(n).filter((p) => p.type === 'currency').map((p) => p.value).join('');

/** form -> set of codes, separately for symbols (before or after a figure) and names (after). */
const symbols = new Map();
const names = new Map();
const add = (map, form, code) => {
  form = form.replace(/\s+/gu, ' ');
  if (!form || form === code) return;
  if (!map.has(form)) map.set(form, new Set());
  map.get(form).add(code);
};
for (const code of codes) {
  for (const s of [part(code, 1, 'symbol'), part(code, 1, 'narrowSymbol')]) if (!UNCLEAR_SYMBOLS.has(s) && !/^[A-Za-z]$/.test(s)) add(symbols, s, code);
  for (const s of SYMBOLS[code] ?? []) add(symbols, s, code);
  const full = [display.of(code), part(code, 1, 'name'), part(code, 2, 'name')].map((s) => s.toLowerCase());
  // "Israeli new shekels" is also written "Israeli shekels"; each last word in its other spellings.
  for (const n of [...full]) {
    const words = n.split(' ');
    if (words.length === 3 && words[1] === 'new') full.push(`${words[0]} ${words[2]}`);
  }
  for (const n of [...full]) {
    const words = n.split(' ');
    for (const other of SPELLINGS[words.at(-1)] ?? []) if (other !== words.at(-1)) full.push([...words.slice(0, -1), other].join(' '));
  }
  for (const n of full) {
    add(names, n, code);
    const last = n.split(' ').pop();
    if (last !== n && !COMMON_WORDS.has(last)) add(names, last, code);
  }
}

const rows = [];
for (const code of codes) if (!WORD_CODES.has(code)) rows.push({ form: code, iso: code, at: 'both', code: true });
for (const [map, at] of [[symbols, 'both'], [names, 'after']]) {
  for (const [form, set] of map) {
    const iso = set.size === 1 ? [...set][0] : DEFAULTS[form];
    if (!iso) continue;
    rows.push(set.size === 1 && !DEFAULTS[form] ? { form, iso, at } : { form, iso, at, assumed: true });
  }
}
for (const [iso, forms] of Object.entries(SUBUNITS)) for (const form of forms) rows.push({ form, iso, at: 'subunit', factor: 0.01 });
rows.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.form < b.form ? -1 : a.form > b.form ? 1 : 0));

writeFileSync(OUT, `${JSON.stringify({ source: `Intl (Node ${process.version}, ICU ${process.versions.icu}) and scripts/gen-currencies.mjs`, forms: rows }, null, 0).replace(/\},\{/g, '},\n{')}\n`);
process.stdout.write(`${rows.length} forms for ${codes.length} currencies -> ${OUT}\n`);
