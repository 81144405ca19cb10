#!/usr/bin/env node
// Deterministic news-like corpus for benchmarks.
//
//   node scripts/gen-corpus.mjs --out DIR --articles N [--seed S]
//   node scripts/gen-corpus.mjs --big FILE --mb M [--seed S]
//
// Articles (~4 KB each) come from five domains. Like the news, the corpus is a run of stories, each
// covered by several outlets (STORY_SIZE articles about one entity). Every domain has a set of
// measured things ("facts"); each (entity, fact) pair has one true value, and articles restate it
// exactly, approximately, as a range, in another unit or form, or with a wrong value. So the same
// measured thing recurs across the files of a story with agreeing and disagreeing figures.
import { mkdirSync, openSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

// ---------------------------------------------------------------- randomness

export function mulberry32(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function hashSeed(str) {
  let h = 2166136261;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 16777619);
  return h >>> 0;
}

class Rng {
  constructor(seed) { this.f = mulberry32(seed); }
  next() { return this.f(); }
  int(lo, hi) { return lo + Math.floor(this.f() * (hi - lo + 1)); }
  pick(arr) { return arr[Math.floor(this.f() * arr.length)]; }
  chance(p) { return this.f() < p; }
  /** Log-uniform value in [lo, hi]. */
  logu(lo, hi) { return Math.exp(Math.log(lo) + this.f() * (Math.log(hi) - Math.log(lo))); }
}

// ---------------------------------------------------------------- number formatting

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SCALES = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million'], [1e3, 'thousand']];
const SHORT = { trillion: ['tn', 'trn', ' trillion'], billion: ['bn', 'b', ' billion'], million: ['mn', 'm', ' million'], thousand: ['k', ' thousand'] };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];

function words99(n) {
  if (n < 20) return ONES[n];
  return TENS[Math.floor(n / 10)] + (n % 10 ? '-' + ONES[n % 10] : '');
}

/** Round to `d` significant digits. */
function sig(x, d) {
  if (x === 0) return 0;
  const p = Math.pow(10, d - Math.ceil(Math.log10(Math.abs(x))));
  return Math.round(x * p) / p;
}

function commas(n) {
  const s = String(Math.round(n));
  return s.length <= 3 ? s : s.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function trimNum(x) {
  return String(Number(x.toFixed(2)));
}

/** Number words where they read naturally, else null. */
function asWords(n, r) {
  if (!Number.isInteger(n) || n < 0) return null;
  if (n === 12) return r.pick(['a dozen', 'twelve']);
  if (n === 24) return 'two dozen';
  if (n < 100) return words99(n);
  if (n === 500000) return 'half a million';
  for (const [v, w] of SCALES) {
    if (n >= v && n % v === 0 && n / v < 100) return (n === v ? r.pick(['a ', 'one ']) : words99(n / v) + ' ') + w;
  }
  if (n < 1000 && n % 100 === 0) return ONES[n / 100] + ' hundred';
  return null;
}

/** A plain count: "2,048", "2048", "1.2 million", "twenty-five". */
function fmtCount(n, r) {
  n = Math.round(n);
  if (r.chance(0.2)) { const w = asWords(n, r); if (w) return w; }
  if (n >= 1e6 && r.chance(0.7)) {
    for (const [v, w] of SCALES) if (n >= v) return trimNum(n / v) + (r.chance(0.15) ? SHORT[w][0] : ' ' + w);
  }
  if (n < 10000 && r.chance(0.3)) return String(n);
  return commas(n);
}

const CURRENCY = {
  USD: { sym: ['$', '$', '$', 'US$'], word: 'dollars', code: 'USD' },
  EUR: { sym: ['€'], word: 'euros', code: 'EUR' },
  GBP: { sym: ['£'], word: 'pounds', code: 'GBP' },
  CNY: { sym: ['¥'], word: 'yuan', code: 'RMB' },
};

/** Money in many forms: "$5.6 million", "$5.6mn", "€4.2bn", "100 billion yuan", "$5,600,000". */
function fmtMoney(amount, cur, r) {
  const c = CURRENCY[cur];
  let scale = null, div = 1;
  for (const [v, w] of SCALES) if (amount >= v) { scale = w; div = v; break; }
  if (!scale || (amount < 1e8 && r.chance(0.1))) {
    const num = commas(amount);
    return cur === 'CNY' ? `${num} yuan` : `${r.pick(c.sym)}${num}`;
  }
  if (scale === 'thousand' && r.chance(0.6)) return `${r.pick(c.sym)}${commas(amount)}`;
  const m = trimNum(amount / div);
  const style = r.next();
  if (cur === 'CNY') {
    if (style < 0.6) return `${m} ${scale} yuan`;
    if (style < 0.8) return `${m}${SHORT[scale][0]} yuan`;
    return `${m} ${scale} RMB`;
  }
  if (style < 0.45) return `${r.pick(c.sym)}${m} ${scale}`;
  if (style < 0.8) return `${r.pick(c.sym)}${m}${r.pick(SHORT[scale])}`;
  if (style < 0.9) return `${m} ${scale} ${c.word}`;
  return `${c.code} ${m}${r.pick(SHORT[scale])}`;
}

function fmtPct(x, r) {
  const n = trimNum(x);
  const s = r.next();
  return s < 0.6 ? `${n}%` : s < 0.8 ? `${n} per cent` : `${n} percent`;
}

// Unit families: value is stored in the first unit; alternatives give (factor, names).
const UNITS = {
  power: [[1, ['megawatts', 'MW', 'megawatts']], [1e-3, ['gigawatts', 'GW']]],
  dist: [[1, ['km', 'kilometres', 'kilometers', 'km']], [0.621371, ['miles']]],
  speed: [[1, ['km/h', 'kilometres per hour']], [0.621371, ['mph', 'miles per hour']]],
  energy: [[1, ['gigawatt-hours', 'GWh']], [1e-3, ['terawatt-hours', 'TWh']]],
  mass: [[1, ['tonnes', 'tonnes', 'metric tons']]],
  area: [[1, ['hectares']], [2.47105, ['acres']]],
  storage: [[1, ['megawatt-hours', 'MWh']]],
  weight: [[1, ['kg', 'kilograms']], [2.20462, ['pounds']]],
};

function fmtUnit(x, fam, r, digits) {
  const alts = UNITS[fam];
  let [f, names] = alts[0];
  if (alts.length > 1 && r.chance(0.25)) [f, names] = alts[1];
  const v = sig(x * f, digits ?? 3);
  const name = r.pick(names);
  const num = v >= 1000 ? commas(v) : trimNum(v);
  return /^[A-Za-z]{1,3}$/.test(name) && r.chance(0.5) ? `${num}${name}` : `${num} ${name}`;
}

// ---------------------------------------------------------------- value rendering

const KINDS = {
  count: { fmt: (v, r) => fmtCount(v, r), qualify: true },
  money: { fmt: (v, r, f) => fmtMoney(v, f.cur, r), qualify: true },
  pct: { fmt: (v, r) => fmtPct(v, r), qualify: true, max: 99 },
  pp: { fmt: (v, r) => `${trimNum(v)} percentage points`, qualify: false },
  year: { fmt: (v) => String(v), qualify: false },
  date: { fmt: (v, r) => { const [m, d] = [Math.floor(v / 100), v % 100]; return r.chance(0.7) ? `${MONTHS[m]} ${d}` : `${d} ${MONTHS[m]}`; }, qualify: false },
  nyears: { fmt: (v, r) => (v <= 30 && r.chance(0.3) ? words99(v) ?? String(v) : String(v)), qualify: false },
};
for (const fam of Object.keys(UNITS)) KINDS[fam] = { fmt: (v, r) => fmtUnit(v, fam, r), qualify: true };

const BELOW = ['more than', 'over', 'at least', 'about', 'roughly', 'some', 'an estimated'];
const ABOVE = ['nearly', 'almost', 'just under', 'about', 'around', 'up to', 'less than'];
const EVEN = ['about', 'around', 'roughly', 'approximately'];

/** Format `lo` and `hi` alike; sometimes share the trailing unit: "between 220 and 350 hectares". */
function fmtRange(kind, lo, hi, r, fact) {
  const style = r.int(0, 2 ** 30);
  let a = kind.fmt(lo, new Rng(style), fact);
  const b = kind.fmt(hi, new Rng(style), fact);
  const tail = /[^\d]*$/.exec(a)[0];
  if (tail && tail.length < a.length && b.endsWith(tail) && r.chance(0.5)) a = a.slice(0, a.length - tail.length);
  return r.chance(0.6) ? `between ${a} and ${b}` : `${a} to ${b}`;
}

/** The value phrase for one mention of a fact, true, approximate, ranged or wrong: { text, wrong }. */
function renderValue(fact, truth, r) {
  const kind = KINDS[fact.kind];
  const roll = r.next();
  if (fact.kind === 'year') return { text: String(roll < 0.85 ? truth : truth + r.pick([-2, -1, 1, 1, 2])), wrong: roll >= 0.85 };
  if (fact.kind === 'date') {
    if (roll < 0.85) return { text: kind.fmt(truth, r), wrong: false };
    return { text: kind.fmt(Math.floor(truth / 100) * 100 + Math.max(1, Math.min(28, (truth % 100) + r.pick([-3, -1, 1, 2, 7]))), r), wrong: true };
  }
  const int = fact.int ?? true;
  const norm = (x, d) => {
    x = sig(x, d ?? (r.chance(0.5) ? 2 : 3));
    if (kind.max) x = Math.min(x, kind.max);
    return int && x >= 1 ? Math.round(x) : x;
  };
  if (roll < 0.62 || (!kind.qualify && roll < 0.85)) {
    const text = kind.fmt(truth, r, fact);
    // The same amount in two currencies: "100 billion yuan ($14 billion)".
    return { text: fact.usd && r.chance(0.3) ? `${text} (${fmtMoney(sig(truth * fact.usd, 2), 'USD', r)})` : text, wrong: false };
  }
  if (roll < 0.77 && kind.qualify) {
    const rounded = norm(truth, r.chance(0.6) ? 1 : 2);
    const q = rounded < truth ? r.pick(BELOW) : rounded > truth ? r.pick(ABOVE) : r.pick(EVEN);
    // Rounded to one figure, "about 1,000" may stand for 1,300: looser than a careful writer would be,
    // and than the 10% that claimcheck reads into "about" by default.
    return { text: `${q} ${kind.fmt(rounded, r, fact)}`, wrong: false, loose: Math.abs(rounded - truth) > 0.1 * Math.abs(truth) };
  }
  if (roll < 0.83 && kind.qualify) {
    const lo = norm(truth * 0.8, 2), hi = norm(truth * 1.25, 2);
    if (lo < hi) return { text: fmtRange(kind, lo, hi, r, fact), wrong: false };
  }
  // A figure that disagrees with the others.
  const wrong = fact.kind === 'pct' || fact.kind === 'pp'
    ? Math.max(0.5, truth + r.pick([-12, -5, -2, 3, 6, 15]))
    : truth * r.pick([0.1, 0.5, 0.7, 1.4, 1.5, 2, 3, 10]);
  return { text: kind.fmt(norm(wrong), r, fact), wrong: true };
}

// ---------------------------------------------------------------- pools

const FIRST = ['Liang', 'Maria', 'James', 'Aisha', 'Chen', 'Olga', 'David', 'Priya', 'Tom', 'Sofia', 'Kenji',
  'Fatima', 'Lucas', 'Grace', 'Ahmed', 'Elena', 'Samuel', 'Mei', 'Oscar', 'Nadia', 'Ravi', 'Hannah', 'Jonas', 'Leila'];
const LAST = ['Wenfeng', 'Okafor', 'Lindqvist', 'Patel', 'Moreau', 'Tanaka', 'Schmidt', 'Alvarez', 'Kowalski',
  'Brennan', 'Nakamura', 'Haddad', 'Fischer', 'Osei', 'Rossi', 'Zhang', 'Novak', 'Carter', 'Iyer', 'Dubois'];
/** Companies a story may mention beside its own entity. */
const THIRD_PARTIES = ['Nvidia', 'Broadcom', 'ASML'];

export const CITIES = ['Hangzhou', 'Manchester', 'Lyon', 'Rotterdam', 'Denver', 'Osaka', 'Leeds', 'Porto', 'Gdansk',
  'Austin', 'Bristol', 'Turin', 'Seville', 'Utrecht', 'Calgary', 'Adelaide', 'Nantes', 'Aarhus', 'Bilbao', 'Cork'];
const ROLES = ['an analyst at a brokerage', 'a former executive', 'a spokesperson', 'a senior engineer',
  'a professor of economics', 'a policy researcher', 'the chief executive', 'an industry consultant'];
const OUTLETS = ['the Financial Times', 'Reuters', 'a local newspaper', 'state media', 'the trade press', 'Bloomberg'];

function names(prefixes, suffixes, n, seed, fmt = (a, b) => a + b) {
  const r = new Rng(seed);
  const out = new Set();
  while (out.size < n) out.add(fmt(r.pick(prefixes), r.pick(suffixes)));
  return [...out];
}

const person = (r) => `${r.pick(FIRST)} ${r.pick(LAST)}`;

// Each fact: id, kind, value generator (per entity), and sentence templates (e, value, r) => string.
// Money facts carry a currency; `int: false` allows fractional values.
const DOMAINS = [
  {
    name: 'tech',
    ref: (e) => e,
    entities: names(['Deep', 'Open', 'Quanta', 'Neuro', 'Hyper', 'Vector', 'Cortex', 'Lumen', 'Tensor', 'Aurora', 'Nimbus', 'Helix'],
      ['Seek', 'Mind', ' Labs', ' AI', 'Logic', 'Works', 'Scale', 'Forge', 'Path', 'Wave'], 40, 11),
    facts: [
      { id: 'chips', kind: 'count', gen: (r) => r.pick([512, 1024, 2048, 4096, 10000, 16000, 25000, 50000]),
        t: [(e, v) => `${e} said it trained the model on ${v} Nvidia H800 chips.`,
          (e, v) => `The training run used ${v} H800 GPUs, according to a technical paper from ${e}.`,
          (e, v, r) => `${e} relied on ${v} graphics processors, ${r.pick(['a fraction of', 'far fewer than', 'well below'])} what larger rivals use.`] },
      { id: 'researchers', kind: 'count', gen: (r) => r.int(40, 900),
        t: [(e, v) => `${e} employs ${v} researchers and engineers.`,
          (e, v) => `The lab has a team of ${v} researchers, most of them recent graduates.`,
          (e, v) => `Its staff of ${v} researchers works out of offices in two cities.`] },
      { id: 'cost', kind: 'money', cur: 'USD', gen: (r) => sig(r.logu(2e6, 8e7), 2),
        t: [(e, v) => `The final training run cost ${v}, the company said.`,
          (e, v) => `${e} put the cost of training the model at ${v}.`,
          (e, v) => `Training reportedly cost ${v} in rented computing time.`] },
      { id: 'funding', kind: 'money', cur: 'USD', gen: (r) => sig(r.logu(5e7, 1e10), 2),
        t: [(e, v) => `${e} has raised ${v} from investors since its founding.`,
          (e, v) => `The start-up closed a funding round worth ${v} last month.`] },
      { id: 'params', kind: 'count', gen: (r) => r.pick([7, 13, 34, 70, 236, 405, 671]) * 1e9,
        t: [(e, v) => `The model has ${v} parameters.`,
          (e, v) => `With ${v} parameters, it is among the largest openly released systems.`] },
      { id: 'users', kind: 'count', gen: (r) => sig(r.logu(1e6, 2e8), 2),
        t: [(e, v) => `The chatbot app now has ${v} monthly users.`,
          (e, v) => `${e} says ${v} people used the assistant in its first month.`] },
      { id: 'score', kind: 'pct', int: false, gen: (r) => sig(r.int(600, 970) / 10, 3),
        t: [(e, v) => `The model scored ${v} on a widely used maths benchmark.`,
          (e, v) => `On the coding test it reached ${v}, close to the best proprietary systems.`] },
      { id: 'selloff', kind: 'pct', gen: (r) => r.int(3, 25),
        t: [(e, v) => `Shares in chipmakers fell ${v} after the release of the model from ${e}.`,
          (e, v, r) => `${r.pick(THIRD_PARTIES)} stock dropped ${v} in a single session.`] },
      { id: 'founded', kind: 'year', gen: (r) => r.int(2012, 2023),
        t: [(e, v) => `${e} was founded in ${v} as a spin-off of a hedge fund.`,
          (e, v) => `Since it was set up in ${v}, the lab has published a steady stream of papers.`] },
      { id: 'launch', kind: 'date', gen: (r) => r.int(0, 11) * 100 + r.int(1, 28),
        t: [(e, v) => `The reasoning model was released on ${v}.`,
          (e, v) => `${e} published the weights on ${v}, along with a technical report.`] },
    ],
    traps: [(e, r) => `Analysts compared it with GPT-4 and with ${e}-R1, its predecessor.`,
      (e, r) => `The H800, a slower version of the H100, was designed for the Chinese market.`,
      (e, r) => `${e} is now the second-largest open model developer by downloads, one investor said.`,
      (e, r) => `The weights are available at https://models.example.org/${e.toLowerCase().replace(/ /g, '-')}/v${r.int(2, 4)}.${r.int(0, 9)} for anyone to download.`,
      (e, r) => `Version 3.1.2 of the library fixed a bug that one user had reported.`,
      (e, r) => `Thousands of GPUs sit idle in data centres across the country, one founder said.`],
  },
  {
    name: 'transit',
    ref: (e) => 'the ' + e,
    entities: names(CITIES, [' tram extension', ' metro line', ' bypass', ' rail link', ' bridge upgrade', ' light rail', ' bus corridor'], 60, 22),
    facts: [
      { id: 'length', kind: 'dist', gen: (r) => r.int(4, 120),
        t: [(e, v) => `${e} will run for ${v} through the eastern suburbs.`,
          (e, v) => `Once finished, ${e} will stretch ${v}.`,
          (e, v) => `Work has started on the first ${v} of the route.`] },
      { id: 'stations', kind: 'count', gen: (r) => r.int(4, 38),
        t: [(e, v) => `${e} will serve ${v} stations.`, (e, v) => `Plans include ${v} new stops along the route.`] },
      { id: 'cost', kind: 'money', cur: 'GBP', gen: (r) => sig(r.logu(1e8, 2e10), 2),
        t: [(e, v) => `${e} is expected to cost ${v}.`,
          (e, v) => `Officials put the budget for ${e} at ${v}.`,
          (e, v, r) => `${r.pick(['The transport authority', 'The city council', 'The ministry'])} approved ${v} for the project.`] },
      { id: 'riders', kind: 'count', gen: (r) => sig(r.logu(1e4, 6e5), 2),
        t: [(e, v) => `Planners expect ${v} passengers a day on ${e}.`,
          (e, v) => `The line is forecast to carry ${v} riders daily.`] },
      { id: 'speed', kind: 'speed', gen: (r) => r.pick([60, 80, 100, 120, 160, 200, 250, 320]),
        t: [(e, v) => `Trains will reach speeds of ${v}.`, (e, v) => `Vehicles on ${e} will be limited to ${v}.`] },
      { id: 'lease', kind: 'nyears', gen: (r) => r.pick([10, 15, 20, 25, 30, 40, 99]),
        t: [(e, v) => `The operator signed a ${v}-year lease on the depot.`,
          (e, v) => `A ${v}-year concession was awarded to a private consortium.`] },
      { id: 'opening', kind: 'year', gen: (r) => r.int(2026, 2036),
        t: [(e, v) => `${e} is due to open in ${v}.`, (e, v) => `Services should begin by ${v}, officials said.`] },
      { id: 'overrun', kind: 'pct', gen: (r) => r.int(5, 80),
        t: [(e, v) => `Costs have risen ${v} since the original estimate.`,
          (e, v) => `The project is running ${v} over budget.`] },
      { id: 'jobs', kind: 'count', gen: (r) => sig(r.logu(200, 12000), 2),
        t: [(e, v) => `Construction will create ${v} jobs, the council said.`,
          (e, v) => `Backers say ${e} will support ${v} jobs during the build.`] },
    ],
    traps: [(e, r) => `Drivers on the A${r.int(1, 99)} and Route ${r.int(1, 99)} face diversions during the works.`,
      (e, r) => `It is the second-longest line in the network.`,
      (e, r) => `The new trains are based on a design first used in the 1990s.`,
      (e, r) => `One resident said the noise was “unbearable” at night.`,
      (e, r) => `Details are published at https://transport.example.gov/plans/${r.int(2019, 2025)}-update.`],
  },
  {
    name: 'earnings',
    ref: (e) => e,
    entities: names(['Halvorsen', 'Marlow', 'Brightwell', 'Castellan', 'Norden', 'Pemberton', 'Saxe', 'Vantor', 'Kessler', 'Ardent'],
      [' Group', ' Retail', ' Holdings', ' Foods', ' Logistics', ' Motors', ' Bank', ' Pharma'], 50, 33),
    facts: [
      { id: 'revenue', kind: 'money', cur: 'EUR', gen: (r) => sig(r.logu(5e8, 8e10), 2),
        t: [(e, v) => `${e} reported annual revenue of ${v}.`,
          (e, v) => `Sales at ${e} reached ${v} for the year.`,
          (e, v) => `Turnover came in at ${v}, slightly ahead of forecasts.`] },
      { id: 'profit', kind: 'money', cur: 'EUR', gen: (r) => sig(r.logu(2e7, 5e9), 2),
        t: [(e, v) => `Net profit was ${v}.`, (e, v) => `${e} made a pre-tax profit of ${v}.`] },
      { id: 'growth', kind: 'pct', int: false, gen: (r) => r.int(5, 250) / 10,
        t: [(e, v) => `Revenue grew ${v} from a year earlier.`,
          (e, v) => `${e} said like-for-like sales rose ${v}.`] },
      { id: 'margin', kind: 'pp', int: false, gen: (r) => r.int(2, 45) / 10,
        t: [(e, v) => `The operating margin widened by ${v}.`, (e, v) => `Margins improved ${v} over the period.`] },
      { id: 'staff', kind: 'count', gen: (r) => sig(r.logu(800, 3e5), 2),
        t: [(e, v) => `${e} employs ${v} people worldwide.`, (e, v) => `The group has a workforce of ${v}.`] },
      { id: 'stores', kind: 'count', gen: (r) => r.int(30, 3000),
        t: [(e, v) => `It operates ${v} stores across Europe.`, (e, v) => `${e} plans to close ${v} branches.`] },
      { id: 'cuts', kind: 'count', gen: (r) => sig(r.logu(100, 15000), 2),
        t: [(e, v) => `${e} will cut ${v} jobs as part of a restructuring.`,
          (e, v) => `The plan puts ${v} roles at risk, unions said.`] },
      { id: 'buyback', kind: 'money', cur: 'USD', gen: (r) => sig(r.logu(1e8, 2e10), 2),
        t: [(e, v) => `The board approved a share buyback of ${v}.`, (e, v) => `${e} will return ${v} to shareholders.`] },
      { id: 'results', kind: 'date', gen: (r) => r.int(0, 11) * 100 + r.int(1, 28),
        t: [(e, v) => `${e} published its results on ${v}.`, (e, v) => `Full-year figures are due on ${v}.`] },
      { id: 'share', kind: 'pct', gen: (r) => r.int(4, 45),
        t: [(e, v) => `${e} holds a market share of ${v}.`, (e, v) => `The company controls ${v} of its home market.`] },
    ],
    traps: [(e, r) => `Results for Q${r.int(1, 4)} were in line with guidance, one analyst said.`,
      (e, r) => `${e} is the third-largest company in its sector.`,
      (e, r) => `The firm is a member of the FTSE 100 and the Euro Stoxx 50.`,
      (e, r) => `It leases a fleet of Airbus A320 and Boeing 737 aircraft for staff travel.`,
      (e, r) => `The company restated its 2019 accounts under IFRS 16 rules.`],
  },
  {
    name: 'energy',
    ref: (e) => 'the ' + e,
    entities: names(['North Sea', 'Highland', 'Baltic', 'Sierra', 'Coastal', 'Prairie', 'Atlas', 'Solent', 'Mistral', 'Boreal'],
      [' Wind Farm', ' Solar Park', ' Battery Project', ' Hydro Scheme', ' Power Station', ' Grid Link'], 50, 44),
    facts: [
      { id: 'capacity', kind: 'power', gen: (r) => r.pick([50, 120, 250, 450, 600, 900, 1200, 1500, 2400, 3600]),
        t: [(e, v) => `${e} will have a capacity of ${v}.`,
          (e, v) => `At full output ${e} can generate ${v}.`,
          (e, v) => `Developers plan to install ${v} of generating capacity.`] },
      { id: 'homes', kind: 'count', gen: (r) => sig(r.logu(2e4, 3e6), 2),
        t: [(e, v) => `That is enough to power ${v} homes.`, (e, v) => `${e} will supply electricity to ${v} households.`] },
      { id: 'invest', kind: 'money', cur: 'USD', gen: (r) => sig(r.logu(1e8, 2e10), 2),
        t: [(e, v) => `${e} will cost ${v} to build.`, (e, v) => `Investors have committed ${v} to ${e}.`] },
      { id: 'turbines', kind: 'count', gen: (r) => r.int(12, 300),
        t: [(e, v) => `The site will host ${v} turbines.`, (e, v) => `${v} wind turbines will be installed offshore.`] },
      { id: 'output', kind: 'energy', gen: (r) => sig(r.logu(100, 20000), 2),
        t: [(e, v) => `${e} is expected to produce ${v} a year.`, (e, v) => `Annual output is forecast at ${v}.`] },
      { id: 'co2', kind: 'mass', gen: (r) => sig(r.logu(5e4, 5e6), 2),
        t: [(e, v) => `It will avoid ${v} of carbon dioxide emissions each year.`,
          (e, v) => `Backers say ${e} will cut emissions by ${v} a year.`] },
      { id: 'area', kind: 'area', gen: (r) => sig(r.logu(50, 5000), 2),
        t: [(e, v) => `${e} covers ${v} of farmland.`, (e, v) => `Panels will be spread over ${v}.`] },
      { id: 'cable', kind: 'dist', gen: (r) => r.int(5, 400),
        t: [(e, v) => `A ${v} cable will connect ${e} to the grid.`, (e, v) => `Power will travel ${v} to the nearest substation.`] },
      { id: 'yuan', kind: 'money', cur: 'CNY', usd: 0.14, gen: (r) => sig(r.logu(1e9, 5e11), 2),
        t: [(e, v, r) => `A state-backed fund has pledged ${v} to similar projects.`,
          (e, v) => `Chinese suppliers valued the contract at ${v}.`] },
      { id: 'year', kind: 'year', gen: (r) => r.int(2025, 2034),
        t: [(e, v) => `${e} should be fully operational by ${v}.`, (e, v) => `First power is expected in ${v}.`] },
    ],
    traps: [(e, r) => `The site sits in Zone ${r.int(2, 9)} of the national grid plan.`,
      (e, r) => `It will be the second-biggest project of its kind in Europe.`,
      (e, r) => `One engineer said the turbines were the tallest ever built.`,
      (e, r) => `The consultation runs under section 36 of the Electricity Act.`,
      (e, r) => `The turbines use the SG 14-222 DD design.`],
  },
  {
    name: 'sport-health',
    ref: (e) => e,
    entities: names(['St Anne’s', 'Riverside', 'Westgate', 'Kingsford', 'Elmwood', 'Harbour', 'Meadow', 'Ashton'],
      [' Hospital', ' United', ' Rovers', ' Medical Centre', ' Athletic', ' Clinic Trust'], 40, 55),
    facts: [
      { id: 'fee', kind: 'money', cur: 'GBP', gen: (r) => sig(r.logu(2e6, 1.2e8), 2),
        t: [(e, v) => `${e} paid a fee of ${v} for the striker.`, (e, v) => `The transfer was worth ${v}, including add-ons.`] },
      { id: 'crowd', kind: 'count', gen: (r) => sig(r.logu(5000, 80000), 2),
        t: [(e, v) => `A crowd of ${v} watched the match.`, (e, v) => `${v} fans attended the home game.`] },
      { id: 'seats', kind: 'count', gen: (r) => sig(r.logu(8000, 75000), 3),
        t: [(e, v) => `The stadium holds ${v} spectators.`, (e, v) => `${e} wants to expand its ground to ${v} seats.`] },
      { id: 'patients', kind: 'count', gen: (r) => sig(r.logu(120, 40000), 2),
        t: [(e, v) => `The trial enrolled ${v} patients.`, (e, v) => `Researchers at ${e} followed ${v} patients over two years.`] },
      { id: 'efficacy', kind: 'pct', gen: (r) => r.int(40, 96),
        t: [(e, v) => `The treatment cut the risk of hospital admission by ${v}.`, (e, v) => `It was ${v} effective in the trial.`] },
      { id: 'waiting', kind: 'count', gen: (r) => sig(r.logu(2000, 4e5), 2),
        t: [(e, v) => `The waiting list at ${e} stands at ${v}.`, (e, v) => `${v} people are waiting for treatment.`] },
      { id: 'budget', kind: 'money', cur: 'GBP', gen: (r) => sig(r.logu(5e6, 2e9), 2),
        t: [(e, v) => `${e} has an annual budget of ${v}.`, (e, v) => `Ministers granted ${e} ${v} in extra funding.`] },
      { id: 'contract', kind: 'nyears', gen: (r) => r.int(2, 6),
        t: [(e, v) => `The manager signed a ${v}-year contract.`, (e, v) => `${e} offered the player a ${v}-year deal.`] },
      { id: 'weight', kind: 'weight', gen: (r) => r.int(55, 110),
        t: [(e, v) => `Participants weighed ${v} on average.`, (e, v) => `The average goalkeeper in the league weighs ${v}.`] },
      { id: 'founded', kind: 'year', gen: (r) => r.int(1870, 1990),
        t: [(e, v) => `${e} was founded in ${v}.`, (e, v) => `The club has played at the same ground since ${v}.`] },
    ],
    traps: [(e, r) => `The club finished second in the league, one point behind the leaders.`,
      (e, r) => `COVID-19 admissions have fallen since the winter, one doctor said.`,
      (e, r) => `The striker wears the No. 9 shirt and scored in the 89th minute.`,
      (e, r) => `Emergency services are available 24/7, the trust said.`,
      (e, r) => `The results appear in The Lancet, vol. 403, pages 112-120.`],
  },
];

// Number-free sentences; {E} is the main entity, {P} a person, {R} a role, {O} an outlet, {C} a city.
const FILLER = [
  'The announcement surprised many in the industry, where few had expected such a move so soon after the last round of changes.',
  'Critics said the plan lacked detail and warned that the most difficult decisions had simply been postponed.',
  '{P}, {R}, said the decision reflected a broader shift in the market rather than a change of heart at {E}.',
  '“We are confident in the long-term strategy, and we will keep investing through the cycle,” said {P}.',
  'Officials declined to comment further, citing commercial confidentiality and the ongoing review.',
  'The news was first reported by {O}, which cited people familiar with the discussions.',
  '{E} did not respond to a request for comment on Tuesday evening.',
  'Supporters argue the move is long overdue, while opponents warn of hidden risks that have not been properly assessed.',
  'The full details are expected to be published later this year, once the consultation has closed.',
  'Regulators are watching closely, and several have asked for more information about how the figures were compiled.',
  'Several competitors are pursuing similar plans, although none has yet committed publicly to a timetable.',
  'Local residents have raised concerns about the timetable, the disruption and the lack of consultation so far.',
  '{P} said the figures should be treated with caution until they have been checked by an outside auditor.',
  'The debate is likely to continue for some time, with both sides accusing the other of cherry-picking the evidence.',
  'It is not clear how the estimate was calculated, or which costs were left out of the headline figure.',
  'Investors welcomed the update, and the shares recovered some of the ground they had lost earlier in the week.',
  'The project has drawn attention well beyond {C}, where similar schemes have struggled to get off the ground.',
  'Some experts questioned whether the targets were realistic given the shortage of skilled workers.',
  '“This changes the picture,” {P}, {R}, told {O}, adding that rivals would have to respond.',
  'The company has faced scrutiny over its accounting and over the way it presents its results to investors.',
  'Unions said they had not been consulted and called for an urgent meeting with management.',
  'The timing of the announcement raised eyebrows in {C}, coming just days before a crucial vote.',
  'Much depends on how quickly suppliers can deliver the equipment, which is in short supply worldwide.',
  'The government has promised a review but has not said when it will report or who will lead it.',
  'A spokesperson for {E} said the company was reviewing its options and would make a statement in due course.',
  'Others were more sceptical, pointing out that earlier promises had not been kept.',
  'The figures could not be independently verified, and {E} did not publish the underlying data.',
  'Demand has been stronger than expected, according to people who have seen the internal forecasts.',
  'Analysts said the results were mixed, with strong growth in some areas offset by weakness elsewhere.',
  'The plans still need final approval from regulators, who are expected to rule early next year.',
  '{P}, who has followed {E} for years, described the update as “a serious statement of intent”.',
  'In a statement, {E} said it remained committed to transparency and would answer questions from lawmakers.',
];

// Number-free endings for sentences that carry a figure.
const TAILS = [', the company said in a statement', ', according to people familiar with the matter',
  ', {O} reported', ', {P} told reporters in {C}', ', according to figures seen by {O}',
  ', officials said on Monday', ', a person with knowledge of the plans said', ', {R} said'];

function fill(tpl, e, r) {
  return tpl.replace(/\{([EPROC])\}/g, (_, k) =>
    k === 'E' ? e : k === 'P' ? person(r) : k === 'R' ? r.pick(ROLES) : k === 'O' ? r.pick(OUTLETS) : r.pick(CITIES));
}

// ---------------------------------------------------------------- articles

const HEADLINES = ['{E} unveils new plans', 'Questions grow over {E}', 'Inside the rise of {E}',
  '{E} faces fresh scrutiny', 'What the numbers say about {E}', '{E}: a closer look', 'Why {E} matters'];

function wrap(text, width) {
  const out = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) { out.push(line); line = w; } else line = line ? line + ' ' + w : w;
  }
  if (line) out.push(line);
  return out.join('\n');
}

// Sentence openers that may be lowercased when a clause is joined with ", and".
const JOINABLE = /^(The|It|Its|A|An|That|Shares|Sales|Costs|Plans|Trains|Construction|Training|Revenue|Margins|Annual|First|Work|Services|Power|Panels|Net|Turnover|Developers|Investors|Officials|Backers|Planners|Researchers|Participants|Ministers|Vehicles|On|With|Since|At|Chinese) /i;

function deck(items, r) {
  let left = [];
  return () => {
    if (!left.length) left = items.map((x) => [r.next(), x]).sort((a, b) => a[0] - b[0]).map((x) => x[1]);
    return left.pop();
  };
}

/**
 * Shares of sentences that state a figure and that hold a trap (a model name, a rank, "one analyst").
 * Calibrated so that figures are about as dense as in real news reports: the five DeepSeek articles
 * in the seed set carry about 1,400 figures per MB, and so does this corpus.
 */
const FACT_SHARE = 0.13;
const TRAP_SHARE = 0.04;

/** Articles per story: like the news, each story is covered by several outlets, then the next one comes. */
const STORY_SIZE = 8;

/** The entity a story is about: a pool name, told apart from earlier stories by a city. */
function storyEntity(dom, story) {
  const round = Math.floor(story / DOMAINS.length);
  const base = dom.entities[round % dom.entities.length];
  const k = Math.floor(round / dom.entities.length);
  return k === 0 ? base : `${CITIES[(k - 1) % CITIES.length]} ${base}`;
}

/** Finds each marked value in `text`, in order, allowing line breaks where the value had spaces. */
function locate(text, marks) {
  const out = [];
  let from = 0;
  for (const m of marks) {
    // Whole words only: "3" is not the 3 of "2031", "ten" not the ten of "often".
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${m.text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')}(?![\\p{N}])`, 'giu');
    re.lastIndex = from;
    const hit = re.exec(text);
    if (!hit) continue;
    out.push({ ...m, start: hit.index, end: hit.index + hit[0].length });
    from = hit.index + hit[0].length;
  }
  return out;
}

function makeArticle(seed, index, truthCache) {
  const r = new Rng(hashSeed(`${seed}:${index}`));
  const story = Math.floor(index / STORY_SIZE);
  const dom = DOMAINS[hashSeed(`${seed}/story/${story}`) % DOMAINS.length];
  const e = storyEntity(dom, story);
  const other = storyEntity(dom, Math.max(0, story - 1 - r.int(0, 40)));
  const truth = (ent, f) => {
    const key = `${dom.name}|${ent}|${f.id}`;
    let v = truthCache.get(key);
    if (v === undefined) truthCache.set(key, (v = f.gen(new Rng(hashSeed(`${seed}|${key}`)))));
    return v;
  };
  // Facts, traps and filler come from shuffled decks, so nothing repeats until the deck runs out.
  const nextFact = deck(dom.facts, r), nextTrap = deck(dom.traps, r), nextFiller = deck(FILLER, r);
  // Where each fact's value is stated, whether it is true, and of which entity: the corpus's answer key.
  const marks = [];
  const factSentence = (ent) => {
    const f = ent === e ? nextFact() : r.pick(dom.facts);
    const template = r.pick(f.t); // drawn before the value, as ever, so a seed gives the same corpus
    const value = renderValue(f, truth(ent, f), r);
    const sentence = template(dom.ref(ent), value.text, r);
    // A fact of another entity told without its name ("It operates 7,270 stores") reads as the main
    // entity's: as written, it is wrong.
    // So does a figure said of a third company ("Nvidia stock dropped 9% in a single session"): every
    // story's selloff reads as that company's.
    const about = THIRD_PARTIES.some((t) => sentence.includes(t)) ? 'misattributed' : ent === e ? 'main' : sentence.includes(ent) ? 'other' : 'misattributed';
    marks.push({ fact: f.id, kind: f.kind, entity: ent, main: e, about, text: value.text, wrong: value.wrong, loose: value.loose ?? false });
    return sentence;
  };
  const target = r.int(3300, 4700);
  const title = fill(r.pick(HEADLINES), dom.ref(e), r);
  const paras = [title.charAt(0).toUpperCase() + title.slice(1)];
  if (r.chance(0.5)) paras.push(`By ${person(r)}`);
  let size = paras[0].length;
  while (size < target) {
    const sentences = [];
    const n = r.int(2, 5);
    for (let i = 0; i < n; i++) {
      const roll = r.next();
      let s;
      if (roll < FACT_SHARE) {
        s = factSentence(roll < FACT_SHARE * 0.85 ? e : other);
        if (r.chance(0.15)) {
          const first = marks[marks.length - 1];
          const more = factSentence(e);
          if (JOINABLE.test(more)) {
            s = s.slice(0, -1) + ', and ' + more.charAt(0).toLowerCase() + more.slice(1);
            // "Castellan Holdings plans …, and the group has …": joined to another entity's fact without
            // a name of its own, it reads as that entity's.
            const joined = marks[marks.length - 1];
            if (first && first.entity !== e && !more.includes(e)) joined.about = 'misattributed';
          } else marks.pop();
        }
        if (s.endsWith('.') && !s.includes(' said') && r.chance(0.4)) s = s.slice(0, -1) + fill(r.pick(TAILS), dom.ref(e), r) + '.';
      } else if (roll < FACT_SHARE + TRAP_SHARE) s = nextTrap()(dom.ref(e), r);
      else s = fill(nextFiller(), dom.ref(e), r);
      sentences.push(s.charAt(0).toUpperCase() + s.slice(1));
    }
    const p = sentences.join(' ');
    paras.push(p);
    size += p.length + 2;
  }
  const wrapWidth = r.chance(0.15) ? r.int(68, 80) : 0;
  const body = wrapWidth ? paras.map((p) => wrap(p, wrapWidth)) : paras;
  const text = body.join('\n\n') + '\n';
  return { name: `${dom.name}-${String(index).padStart(6, '0')}.txt`, text, marks: () => locate(text, marks) };
}

/** Deterministic articles: yields {name, text}. */
export function* generateCorpus({ articles, seed = 1 }) {
  const cache = new Map();
  for (let i = 0; i < articles; i++) yield makeArticle(seed, i, cache);
}

/** Write articles as separate files into `dir`; returns {files, bytes}. */
export function writeCorpusDir(dir, { articles, seed = 1 }) {
  mkdirSync(dir, { recursive: true });
  let bytes = 0, files = 0;
  for (const { name, text } of generateCorpus({ articles, seed })) {
    const buf = Buffer.from(text);
    writeFileSync(join(dir, name), buf);
    bytes += buf.length;
    files++;
  }
  return { files, bytes };
}

/** Write one file of at least `megabytes` MB (10^6 bytes) of articles separated by blank lines. */
export function writeBigFile(file, megabytes, { seed = 1 } = {}) {
  const limit = megabytes * 1e6;
  const fd = openSync(file, 'w');
  let bytes = 0, chunk = [], chunkBytes = 0, articles = 0;
  try {
    for (const { text } of generateCorpus({ articles: Infinity, seed })) {
      const buf = Buffer.from(text + '\n');
      chunk.push(buf);
      chunkBytes += buf.length;
      bytes += buf.length;
      articles++;
      if (chunkBytes > 1 << 20 || bytes >= limit) {
        writeSync(fd, Buffer.concat(chunk));
        chunk = [];
        chunkBytes = 0;
      }
      if (bytes >= limit) break;
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, articles };
}

// ---------------------------------------------------------------- CLI

function main(argv) {
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument: ${a}`);
    opts[a.slice(2)] = argv[++i];
  }
  const seed = Number(opts.seed ?? 1);
  const t0 = process.hrtime.bigint();
  let res;
  if (opts.out && opts.articles) res = writeCorpusDir(opts.out, { articles: Number(opts.articles), seed });
  else if (opts.big && opts.mb) res = writeBigFile(opts.big, Number(opts.mb), { seed });
  else {
    process.stderr.write('usage: gen-corpus.mjs --out DIR --articles N [--seed S]\n' +
      '       gen-corpus.mjs --big FILE --mb M [--seed S]\n');
    process.exit(2);
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  process.stderr.write(`${JSON.stringify(res)} in ${(ms / 1000).toFixed(2)} s\n`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) main(process.argv.slice(2));
