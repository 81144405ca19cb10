// Corpus mode on an earnings story told three ways: segments, quarters, the full year, a year earlier,
// quarter-on-quarter and year-on-year figures sit side by side, and none of them may disagree. The
// figures the sources share are linked.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { check } from '../src/api.js';

const SET = path.join(import.meta.dirname, '..', 'fixtures', 'quarterly-corpus');
interface Expected {
  file: string;
  line: number;
  text: string;
  supports: string[];
  disagrees: string[];
}
const expected = JSON.parse(fs.readFileSync(path.join(SET, 'expected', 'corpus.json'), 'utf8')) as Expected[];
const rel = (file: string) => path.relative(SET, path.resolve(file)).split(path.sep).join('/');
const report = check([path.join(SET, 'sources')]);
const got = report.claims.map((c) => ({
  file: rel(c.file),
  line: c.line,
  text: c.text,
  supports: (c.supports ?? []).map((e) => `${rel(e.file)}:${e.line}`).sort(),
  disagrees: (c.disagrees ?? []).map((e) => `${rel(e.file)}:${e.line}`).sort(),
}));

describe('an earnings story in corpus mode', () => {
  it('never disagrees across segments, periods or change bases', () => {
    expect(got.filter((c) => c.disagrees.length > 0)).toEqual([]);
  });
  it.each(expected.map((e) => [`${e.file}:${e.line} ${e.text}`, e] as const))('%s', (_name, e) => {
    expect(got.find((c) => c.file === e.file && c.line === e.line && c.text === e.text)).toEqual(e);
  });
});
