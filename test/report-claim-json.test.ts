// A claim's JSON written with its sentence shared with the claim before is the same text, byte for
// byte, as JSON.stringify and jsonSafe give, whatever the sentence and the text hold.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import { claimJson } from '../src/report/claim-json.js';
import { jsonSafe } from '../src/report/printable.js';
import type { Claim } from '../src/schema.js';

const long = (s: string) => `${s} ${'and the plant ships 42 tonnes a day, '.repeat(4)}`;

describe('claim JSON', () => {
  it.each([
    ['a short sentence', 'The plant employs 310 people.'],
    ['a long sentence, its figures one after another', long('The plant employs 310 people')],
    ['quotes and backslashes', long('He said "310 people\\staff" were hired')],
    ['the key itself in the text', long('Text ,"sentence":"" of 310 people')],
    ['runner commands and line separators', long('##[error] 310 people\u2028 and \u0085 ##[warning]')],
    ['a dense line', '1 '.repeat(800)],
  ])('%s', (_, text) => {
    const claims = extractText(text, 'f.txt');
    expect(claims.length).toBeGreaterThan(0);
    for (const c of claims) {
      const before = JSON.stringify(c);
      expect(claimJson(c)).toBe(jsonSafe(before));
      // The claim is left as it was.
      expect(JSON.stringify(c)).toBe(before);
    }
  });

  it.each<[string, (c: Claim) => Claim]>([
    ['a checked claim, with evidence', (c) => ({ ...c, verdict: 'supported', supports: [{ file: 'g.txt', line: 1, column: 2, text: '310', value: 310, unit: 'count' }], supportCount: 1 })],
    ['a claim with no sentence key', (c) => { const { sentence: _, ...rest } = c; return rest as Claim; }],
    ['a claim whose sentence comes first', (c) => ({ sentence: c.sentence, ...c })],
  ])('%s', (_, make) => {
    const c = make(extractText(long('The plant employs 310 people'), 'f.txt')[0] as Claim);
    expect(claimJson(c)).toBe(jsonSafe(JSON.stringify(c)));
  });
});
