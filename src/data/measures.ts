// The measured things: words that name the same quantity, and the words that mark money.
// Each group lists lemmas (singular, lower case); the first is the group's name.
import { table } from './table.js';

export const MEASURE_GROUPS: string[][] = [
  ['chip', 'gpu', 'graphics processing unit', 'graphic processing unit', 'graphics chip', 'ai chip', 'processor', 'accelerator', 'semiconductor'],
  ['parameter', 'weight', 'param'],
  ['cost', 'budget', 'price tag', 'tag', 'price', 'spend', 'spending', 'expense', 'expenditure', 'outlay', 'train', 'training cost', 'development cost', 'bill', 'cost to train', 'build cost', 'construction cost', 'pay'],
  ['staff', 'employee', 'worker', 'workforce', 'headcount', 'personnel', 'member of staff', 'staffer', 'job', 'people employed', 'employ', 'hire', 'team'],
  ['researcher', 'engineer', 'scientist', 'researchers and engineer', 'engineer and researcher'],
  ['revenue', 'sale', 'sales', 'turnover', 'top line', 'income'],
  ['profit', 'net income', 'earnings', 'net profit', 'bottom line'],
  ['eps', 'earnings per share'],
  ['investment', 'invest', 'funding', 'fund', 'capital', 'financing', 'raise', 'backing', 'put', 'commit', 'commitment', 'pledge', 'partnership', 'joint venture', 'spend'],
  ['found', 'co-found', 'establish', 'set up', 'start', 'launch', 'create', 'incorporate', 'form', 'founding', 'establishment'],
  ['open', 'inaugurate', 'opening', 'enter service'],
  ['release', 'launch', 'unveil', 'introduce', 'publish', 'debut'],
  ['born', 'birth'],
  ['valuation', 'value', 'worth', 'market value', 'market capitalisation', 'market capitalization', 'market cap'],
  ['user', 'customer', 'subscriber', 'download', 'active user'],
  ['station', 'stop'],
  ['tunnel boring machine', 'boring machine', 'tbm'],
  ['passenger', 'rider', 'traveller', 'traveler', 'journey', 'trip', 'ridership'],
  ['stake', 'holding', 'shareholding', 'ownership', 'equity'],
  ['order', 'order intake', 'intake', 'booking'],
  ['margin', 'operating margin', 'profit margin'],
  ['lease', 'concession', 'contract', 'term', 'tenancy'],
  ['plant', 'power station', 'station', 'facility', 'substation', 'capacity', 'generator'],
  ['tunnel', 'bore'],
  ['route', 'line', 'run', 'length', 'network'],
  ['interval', 'headway', 'frequency'],
  ['job cut', 'cut', 'redundancy', 'layoff', 'lay-off', 'job loss'],
  ['asset', 'assets under management', 'manage', 'aum', 'fund'],
  ['salary', 'wage', 'pay', 'compensation', 'remuneration'],
  ['fine', 'penalty', 'settlement'],
  ['loan', 'debt', 'borrowing', 'credit'],
  ['population', 'resident', 'inhabitant', 'citizen'],
  ['altitude', 'orbit', 'orbital altitude', 'fly', 'circle'],
  ['payload', 'payload capacity', 'lift', 'carry', 'lift capacity'],
  ['weight', 'weigh', 'mass'],
  ['height', 'tall', 'high'],
];

/**
 * Verbs that say who a plain count of people is: "employs 1,200 people" counts staff. The count's
 * measured thing becomes the group named here.
 */
const PEOPLE: Record<string, string> = { employ: 'staff', house: 'resident' };
const JOBS: Record<string, string> = { cut: 'job cut', shed: 'job cut', axe: 'job cut', slash: 'job cut', eliminate: 'job cut', lose: 'job cut' };

/**
 * Verbs that say what a plain count is of: "employs 1,200 people" counts staff, "will cut 2,000 jobs"
 * counts job cuts. By the counted noun, then the verb right before the figure.
 */
export const COUNTED_BY_VERB: Readonly<Record<string, Readonly<Record<string, string>>>> = table({
  people: table(PEOPLE), person: table(PEOPLE), individual: table(PEOPLE),
  job: table(JOBS), role: table(JOBS), position: table(JOBS), post: table(JOBS),
});

/** Words that say what a share is, searched for in the figure's sentence when no noun follows it. */
export const PERCENT_WORDS = new Set([
  'margin', 'stake', 'share', 'rate', 'growth', 'rise', 'increase', 'fall', 'decline', 'drop', 'gain', 'yield', 'return',
  'unemployment', 'inflation', 'interest', 'turnout', 'approval', 'support', 'majority', 'discount', 'tariff', 'tax',
  'ownership', 'holding', 'efficiency', 'accuracy', 'occupancy', 'utilisation', 'utilization', 'penetration', 'premium',
]);

/** Words that say what a sum of money is, searched for in the figure's sentence when no noun follows it. */
export const MONEY_WORDS = new Set([
  'cost', 'budget', 'price', 'tag', 'spend', 'spending', 'expense', 'expenditure', 'outlay', 'train', 'revenue', 'sale',
  'sales', 'turnover', 'profit', 'earnings', 'income', 'loss', 'investment', 'invest', 'funding', 'fund', 'capital',
  'raise', 'valuation', 'value', 'worth', 'salary', 'wage', 'pay', 'fine', 'penalty', 'settlement', 'loan', 'debt',
  'asset', 'manage', 'deal', 'contract', 'bid', 'offer', 'acquisition', 'acquire', 'buy', 'purchase', 'sell', 'grant',
  'subsidy', 'tax', 'fee', 'bonus', 'dividend', 'partnership', 'venture', 'bill', 'payment', 'charge', 'reserve', 'put',
  'commit', 'pledge', 'commitment', 'order', 'intake', 'booking', 'ebit', 'ebitda', 'eps',
]);

/**
 * Words naming the setting a figure belongs to, by class. Two figures set in different classes are
 * different facts: a stockpile is not a training run, a quarter is not a full year.
 */
export const FRAME_CLASSES: Readonly<Record<string, string>> = table({
  stockpile: 'stock', inventory: 'stock', reserve: 'stock', reserves: 'stock', hoard: 'stock', stockpiled: 'stock',
  cluster: 'cluster', supercomputer: 'cluster',
  train: 'training', training: 'training', trained: 'training', pretraining: 'training',
  inference: 'inference',
  'full-time': 'full-time', permanent: 'full-time',
  'part-time': 'part-time',
  contractor: 'contract', contractors: 'contract', freelance: 'contract', temporary: 'contract', agency: 'contract',
  annual: 'year', 'full-year': 'year', yearly: 'year', annually: 'year',
  quarter: 'quarter', quarterly: 'quarter', 'third-quarter': 'quarter', 'second-quarter': 'quarter', 'first-quarter': 'quarter', 'fourth-quarter': 'quarter',
  monthly: 'month', weekly: 'week', daily: 'day',
  guidance: 'outlook', forecast: 'outlook', forecasts: 'outlook', outlook: 'outlook', expects: 'outlook', expected: 'outlook',
  expect: 'outlook', projected: 'outlook', projection: 'outlook', target: 'outlook', targets: 'outlook', planned: 'outlook',
  plans: 'outlook', plan: 'outlook', intend: 'outlook', estimate: 'outlook', estimated: 'outlook', wants: 'outlook', aims: 'outlook', aim: 'outlook', goal: 'outlook',
  ambition: 'outlook', hopes: 'outlook', intends: 'outlook', envisages: 'outlook', will: 'outlook', would: 'outlook',
  could: 'outlook', might: 'outlook',
  peak: 'peak',
});

/**
 * Verbs that say whether a figure is a level ("has 412 satellites", "employs 3,000") or a change in
 * one ("launched 22 satellites", "hired 300"). A level and a change of the same thing are different
 * facts that may both be right, so they never disagree.
 */
export const ACTION_CLASSES: Readonly<Record<string, 'level' | 'change'>> = table({
  has: 'level', have: 'level', had: 'level', owns: 'level', own: 'level', owned: 'level', operates: 'level', operate: 'level',
  operated: 'level', employs: 'level', employ: 'level', employed: 'level', totals: 'level', totalled: 'level', totaled: 'level',
  reaches: 'level', reach: 'level', reached: 'level', numbers: 'level', numbered: 'level', counts: 'level', runs: 'level',
  fleet: 'level', stockpile: 'level', total: 'level', workforce: 'level', headcount: 'level', population: 'level', holds: 'level', held: 'level', stands: 'level', stood: 'level', now: 'level',
  launched: 'change', launches: 'change', launch: 'change', sent: 'change', sends: 'change', put: 'change', puts: 'change',
  added: 'change', adds: 'change', add: 'change', hired: 'change', hires: 'change', hire: 'change', recruited: 'change',
  bought: 'change', buys: 'change', buy: 'change', sold: 'change', sells: 'change', sell: 'change', delivered: 'change',
  delivers: 'change', deliver: 'change', built: 'change', builds: 'change', build: 'change', opened: 'change', opens: 'change',
  open: 'change', cut: 'change', cuts: 'change', lost: 'change',
  loses: 'change', shed: 'change', sheds: 'change', ordered: 'change', orders: 'change', order: 'change', shipped: 'change',
  ships: 'change', installed: 'change', installs: 'change', retired: 'change', retires: 'change', acquired: 'change',
  acquires: 'change', gained: 'change', gains: 'change', created: 'change', creates: 'change', create: 'change',
});

/** Verb forms the English lexicon reads only as other words ("rose" the flower, "left" the side). */
export const IRREGULAR_VERBS: Readonly<Record<string, string>> = table({
  rose: 'rise', risen: 'rise', grown: 'grow', fallen: 'fall', built: 'build', lost: 'lose', drew: 'draw', sought: 'seek',
  overtook: 'overtake', outsold: 'outsell', undercut: 'undercut', forecast: 'forecast', shed: 'shed', slid: 'slide',
  sank: 'sink', shrank: 'shrink', shrunk: 'shrink', swung: 'swing', flew: 'fly', flown: 'fly',
});

/** Nouns for a group of things that a bare figure counts the members of: "its fleet to 412". */
export const COLLECTIVE_NOUNS = new Set([
  'fleet', 'constellation', 'network', 'total', 'tally', 'portfolio', 'roster', 'lineup', 'collection', 'estate', 'count',
]);

