// Dense input in corpus mode: a file's own claims are passed over at once, not walked one by one, so
// a claim with hundreds of twins in its own file still finds, counts and lists another file's figure.
import { describe, expect, it } from 'vitest';
import { checkTexts } from '../src/api.js';

const SENTENCE = 'The plant employs 310 people. ';

describe('own-file claims in corpus mode', () => {
  const cases: [number, number][] = [
    [1, 1],
    [250, 1],
    [300, 3],
  ];
  for (const [twins, others] of cases) {
    it(`${twins} alike in one file, ${others} in another: each is supported by the other file only`, () => {
      const out = checkTexts([
        { file: 'a.txt', text: SENTENCE.repeat(twins) },
        { file: 'b.txt', text: SENTENCE.repeat(others) },
      ]);
      expect(out.length).toBe(twins + others);
      const a = out.filter((c) => c.file === 'a.txt');
      const b = out.filter((c) => c.file === 'b.txt');
      expect(new Set(a.map((c) => `${c.verdict} ${c.supportCount} ${c.supports?.length} ${c.supports?.map((s) => s.file).join(',')}`))).toEqual(
        new Set([`supported ${others} ${others} ${Array(others).fill('b.txt').join(',')}`]),
      );
      expect(new Set(b.map((c) => `${c.verdict} ${c.supportCount} ${c.supports?.length}`))).toEqual(new Set([`supported ${twins} ${Math.min(twins, 20)}`]));
    });
  }

  it('counts leave out the own file exactly when its values differ, and list the other file', () => {
    const a = 'The plant employs 310 people. The plant employs 290 people. '.repeat(150);
    const out = checkTexts([
      { file: 'a.txt', text: a },
      { file: 'b.txt', text: SENTENCE },
    ]);
    const by = (file: string, value: number) => out.filter((c) => c.file === file && c.quantity.value === value);
    expect(new Set(by('a.txt', 310).map((c) => `${c.verdict} ${c.supportCount} ${c.disagreeCount} ${c.supports?.map((s) => s.file)}`))).toEqual(new Set(['supported 1 0 b.txt']));
    expect(by('b.txt', 310).map((c) => `${c.supportCount} ${c.supports?.length}`)).toEqual(['150 20']);
  });
});
