// Words that say what a year dates, by the event they name.
import { table } from './table.js';
export const EVENT_WORDS: Readonly<Record<string, string>> = table({
  founded: 'found', 'co-founded': 'found', cofounded: 'found', established: 'found', 'set up': 'found', started: 'found',
  launched: 'found', created: 'found', incorporated: 'found', formed: 'found', founding: 'found', founder: 'found',
  opened: 'open', inaugurated: 'open', opening: 'open',
  released: 'release', unveiled: 'release', introduced: 'release', published: 'release',
  born: 'born',
  acquired: 'acquire', bought: 'acquire', merged: 'merge', listed: 'list', closed: 'close', completed: 'complete',
});
