// Words before a number that make it a label, not an amount: "Section 3", "exit 436", "No. 5".
import { table } from './table.js';
export const REFERENCE_WORDS = new Set([
  'section', 'sections', 'chapter', 'chapters', 'figure', 'fig', 'fig.', 'table', 'article', 'page', 'pages', 'p.', 'pp.',
  'part', 'phase', 'version', 'ver', 'v', 'model', 'volume', 'vol', 'vol.', 'no', 'no.', 'nos', 'number', 'item', 'step',
  'exhibit', 'appendix', 'annex', 'rule', 'clause', 'paragraph', 'para', 'level', 'room', 'route', 'highway', 'interstate',
  'exit', 'gate', 'platform', 'flight', 'channel', 'episode', 'season', 'round', 'grade', 'class', 'type', 'category', 'book',
  'act', 'scene', 'verse', 'psalm', 'line', 'lines', 'row', 'column', 'box', 'suite', 'unit', 'apartment', 'apt', 'floor',
  'lot', 'block', 'district', 'ward', 'zone', 'sector', 'bus', 'train', 'tier', 'stage', 'game', 'match', 'week', 'day',
  'issue', 'release', 'build', 'patch', 'series', 'generation', 'gen', 'mark', 'mk', 'code', 'id', 'ref', 'footnote', 'note',
  'id.', 'rev', 'rev.', 'revision', 'edition', 'ed.', 'track', 'lane', 'pier', 'terminal', 'hall', 'bay', 'berth', 'stand',
  'jersey', 'shirt', 'bill', 'resolution', 'order', 'amendment', 'title', 'vs', 'vs.', 'versus', 'covid', 'covid-', 'top',
]);

/** Month names; "May" only when capitalised, since "may" is a verb. */
export const MONTHS: Readonly<Record<string, number>> = table({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
});

/** Verbs that describe a change, after which "from 5 to 10" is two figures, not a range. */
export const CHANGE_WORDS = new Set([
  'rose', 'rise', 'rises', 'risen', 'rising', 'fell', 'fall', 'falls', 'fallen', 'falling', 'increased', 'increase',
  'increases', 'decreased', 'decrease', 'grew', 'grow', 'grown', 'growing', 'up', 'down', 'cut', 'cuts', 'raised', 'raise',
  'lifted', 'lowered', 'jumped', 'climbed', 'dropped', 'declined', 'slipped', 'surged', 'soared', 'plunged', 'doubled',
  'tripled', 'halved', 'reduced', 'expanded', 'shrank', 'boosted', 'upgraded', 'downgraded', 'revised', 'moved', 'went',
  'changed', 'improved', 'widened', 'narrowed', 'swung', 'dipped', 'edged', 'rebounded',
]);

/** Words after a number that say "times": a ratio, not a count. */
export const RATIO_WORDS = new Set(['times', 'fold', 'x', '×']);
