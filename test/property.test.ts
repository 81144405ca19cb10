// Properties every input keeps, on generated text: nothing throws, offsets are in range, a claim's
// text is its slice with whitespace collapsed, values are finite with low ≤ value ≤ high, the report
// validates against its schema, and the same input gives the same output. The seed is fixed and the
// count bounded, so a run is repeatable; `npm run fuzz` runs many more with a random seed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { check, extractText } from '../src/api.js';
import { formatJson } from '../src/report/json.js';
import { ReportSchema, type Claim } from '../src/schema.js';
import { jsonSafe, printable } from '../src/report/printable.js';
import { claimProblems, textArbitrary } from './helpers/claim-properties.js';

const SEED = 20261205;
const RUNS = Number(process.env['PROPERTY_RUNS'] ?? 400);

describe('extraction properties', () => {
  for (const markdown of [false, true]) {
    it(`every claim keeps its invariants (${markdown ? 'markdown' : 'plain text'})`, () => {
      fc.assert(
        fc.property(textArbitrary, (text) => {
          const claims = extractText(text, markdown ? 'doc.md' : 'doc.txt', { markdown });
          expect(claims.flatMap((c) => claimProblems(c, text))).toEqual([]);
          const report = { version: 1 as const, tool: { name: 'claimcheck' as const, version: '0' }, command: 'extract' as const, claims, errors: [] };
          ReportSchema.parse(JSON.parse(formatJson(report)));
          expect(extractText(text, markdown ? 'doc.md' : 'doc.txt', { markdown })).toEqual(claims);
        }),
        { seed: SEED, numRuns: RUNS },
      );
    });
  }
});

describe('check properties', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-prop-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Text with no C0 controls but TAB, LF, CR and ESC: the reader refuses mostly-control files as binary. */
  const textual = textArbitrary.map((t) => t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001A\u001C-\u001F]/g, ' '));

  it('check on two generated files validates and is deterministic', () => {
    let n = 0;
    fc.assert(
      fc.property(textual, textual, (a, b) => {
        const sub = path.join(dir, String(n++));
        fs.mkdirSync(sub);
        fs.writeFileSync(path.join(sub, 'a.txt'), a);
        fs.writeFileSync(path.join(sub, 'b.txt'), b);
        const report = check(['a.txt', 'b.txt'], { cwd: sub });
        ReportSchema.parse(JSON.parse(formatJson(report)));
        const again = check(['a.txt', 'b.txt'], { cwd: sub });
        expect(formatJson(again)).toBe(formatJson(report));
        const texts: Record<string, string> = { 'a.txt': a, 'b.txt': b };
        expect(report.claims.flatMap((c: Claim) => claimProblems(c, texts[c.file] ?? ''))).toEqual([]);
      }),
      { seed: SEED, numRuns: Math.max(10, Math.floor(RUNS / 10)) },
    );
  });
});

describe('printing hostile names', () => {
  const hostile = fc.array(fc.oneof(fc.constantFrom('::', '##[', '#', '[', ':', '\n', '\r', '\u001b', '\u0007', '\u2028', '\u0085', '\\'), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 }).map((p) => p.join(''));

  it('printable text has no control character, no `##[` and no leading `::`', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const out = printable(name);
        expect(out).not.toMatch(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/);
        expect(out).not.toContain('##[');
        expect(out.startsWith('::')).toBe(false);
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
  });

  it('JSON made safe still reads back as the exact name', () => {
    fc.assert(
      fc.property(hostile, (name) => {
        const out = jsonSafe(JSON.stringify({ file: name }));
        expect(out).not.toContain('##[');
        expect(out).not.toMatch(/[\u0000-\u001F\u0085\u2028\u2029]/);
        expect((JSON.parse(out) as { file: string }).file).toBe(name);
      }),
      { seed: SEED, numRuns: RUNS * 5 },
    );
  });
});
