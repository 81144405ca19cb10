// The measured things: words that name the same quantity, and the words that mark money.
// Each group lists lemmas (singular, lower case); the first is the group's name.

export const MEASURE_GROUPS: string[][] = [
  ['chip', 'gpu', 'graphics processing unit', 'graphic processing unit', 'graphics chip', 'ai chip', 'processor', 'accelerator', 'semiconductor'],
  ['parameter', 'weight', 'param'],
  ['cost', 'budget', 'price tag', 'price', 'spend', 'spending', 'expense', 'expenditure', 'outlay', 'train', 'training cost', 'development cost', 'bill', 'cost to train', 'build cost', 'construction cost', 'pay'],
  ['staff', 'employee', 'worker', 'workforce', 'headcount', 'personnel', 'member of staff', 'staffer', 'job', 'people employed', 'employ', 'hire', 'team'],
  ['researcher', 'engineer', 'scientist', 'researchers and engineer', 'engineer and researcher'],
  ['revenue', 'sale', 'sales', 'turnover', 'top line', 'income'],
  ['profit', 'net income', 'earnings', 'net profit', 'bottom line'],
  ['investment', 'invest', 'funding', 'fund', 'capital', 'financing', 'raise', 'backing', 'put', 'commit', 'commitment', 'pledge'],
  ['found', 'co-found', 'establish', 'set up', 'start', 'launch', 'create', 'incorporate', 'form', 'founding', 'establishment'],
  ['open', 'inaugurate', 'opening', 'enter service'],
  ['release', 'launch', 'unveil', 'introduce', 'publish', 'debut'],
  ['born', 'birth'],
  ['valuation', 'value', 'worth', 'market value', 'market capitalisation', 'market capitalization', 'market cap'],
  ['user', 'customer', 'subscriber', 'download', 'active user'],
  ['station', 'stop'],
  ['passenger', 'rider', 'traveller', 'traveler', 'journey', 'trip', 'ridership'],
  ['stake', 'holding', 'share', 'shareholding', 'ownership', 'equity'],
  ['margin', 'operating margin', 'profit margin'],
  ['lease', 'concession', 'contract', 'term', 'tenancy'],
  ['plant', 'power station', 'station', 'facility', 'substation', 'capacity', 'generator'],
  ['tunnel', 'bore', 'line', 'track', 'route', 'link'],
  ['job cut', 'cut', 'redundancy', 'layoff', 'lay-off', 'job loss'],
  ['asset', 'assets under management', 'manage', 'aum'],
  ['salary', 'wage', 'pay', 'compensation', 'remuneration'],
  ['fine', 'penalty', 'settlement'],
  ['loan', 'debt', 'borrowing', 'credit'],
  ['population', 'resident', 'inhabitant', 'citizen'],
];

/** Words that say what a sum of money is, searched for in the figure's sentence when no noun follows it. */
export const MONEY_WORDS = new Set([
  'cost', 'budget', 'price', 'tag', 'spend', 'spending', 'expense', 'expenditure', 'outlay', 'train', 'revenue', 'sale',
  'sales', 'turnover', 'profit', 'earnings', 'income', 'loss', 'investment', 'invest', 'funding', 'fund', 'capital',
  'raise', 'valuation', 'value', 'worth', 'salary', 'wage', 'pay', 'fine', 'penalty', 'settlement', 'loan', 'debt',
  'asset', 'manage', 'deal', 'contract', 'bid', 'offer', 'acquisition', 'acquire', 'buy', 'purchase', 'sell', 'grant',
  'subsidy', 'tax', 'fee', 'bonus', 'dividend', 'partnership', 'venture', 'bill', 'payment', 'charge', 'reserve', 'put',
  'commit', 'pledge', 'commitment',
]);

/** Words naming the setting a figure belongs to; two figures in different settings are different facts. */
export const FRAME_WORDS = new Set([
  'stockpile', 'inventory', 'stock', 'cluster', 'supercomputer', 'reserve', 'train', 'training', 'inference', 'pretraining',
  'full-time', 'part-time', 'contractor', 'temporary', 'permanent', 'contract', 'freelance', 'global', 'domestic', 'worldwide',
  'annual', 'quarterly', 'monthly', 'daily', 'weekly', 'total', 'peak', 'target', 'forecast', 'guidance', 'planned', 'plan',
  'expected', 'projected', 'original', 'initial', 'final', 'previous', 'current', 'new', 'former', 'future',
]);
