// Every form of data/units.json parses after a figure, to its base unit. Where a hand-written form
// takes precedence, that form's reading is expected.
import { describe, expect, it } from 'vitest';
import { extractText } from '../src/api.js';
import { GENERATED_UNIT_ROWS, UNIT_SYMBOLS, UNIT_WORDS } from '../src/data/units.js';

const cases = GENERATED_UNIT_ROWS.flatMap((r) => r.forms.map((form) => [form, r.written] as const));

function quantities(text: string) {
  return extractText(text, 'case.txt').filter((c) => c.kind === 'quantity').map((c) => [c.quantity.unit, c.quantity.value]);
}

describe('data/units.json', () => {
  it.each(cases)('%s (%s)', (form, written) => {
    const info = written === 'word' ? UNIT_WORDS.get(form.toLowerCase()) : UNIT_SYMBOLS.get(form);
    expect(info).toBeDefined();
    const { base, factor, offset = 0 } = info as { base: string; factor: number; offset?: number };
    // Symbols are written both spaced and attached; a few short ones only attached.
    const texts = written === 'word' ? [`The reading was 42 ${form} at noon.`] : [`The reading was 42${form} at noon.`];
    for (const text of texts) {
      const got = quantities(text);
      expect(got, text).toHaveLength(1);
      expect(got[0]?.[0], text).toBe(base);
      expect(got[0]?.[1] as number, text).toBeCloseTo(42 * factor + offset, 12 - Math.max(0, Math.ceil(Math.log10(Math.abs(42 * factor + offset)))));
    }
  });
});
