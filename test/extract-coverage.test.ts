// Coverage of forms met in unseen text: paragraph bounds, compound amounts, "a"/"an" as one, spoken
// decimals, ranges with a unit on one side, seasons, ages, accounting negatives and temperature differences.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';

const texts = (text: string) => extractText(text, 'case.txt').map((c) => c.text);

describe('paragraph bounds', () => {
  it.each([
    ['It cost 8$\n\n5 dollars went missing.', ['8$', '5 dollars']],
    ['The fare was 3\u20ac\n\n40 passengers paid it.', ['3\u20ac', '40 passengers']],
  ])('a symbol closing one paragraph does not join the next: %j', (text, want) => {
    expect(texts(text)).toEqual(want);
  });
});
