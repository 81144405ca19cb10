#!/usr/bin/env node
// Verdict accuracy on the bundled fixtures: each set's drafts checked against its sources, compared
// with expected/verdicts.json. Prints one line per set and a total; lists every mismatch with --verbose.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { check } from '../dist/index.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
const verbose = process.argv.includes('--verbose');
const ALARMS = new Set(['contradicted', 'disputed']);
let total = 0, right = 0, falseAlarms = 0, cleanAlarms = 0;

for (const set of fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, 'expected', 'verdicts.json'))).sort()) {
  const dir = path.join(root, set);
  const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected', 'verdicts.json'), 'utf8'));
  let setTotal = 0, setRight = 0;
  for (const [draft, rows] of Object.entries(expected)) {
    const report = check([draft], { cwd: dir, sources: ['sources'] });
    for (const row of rows) {
      // The claim that starts where the row says, else one on that line that overlaps it.
      const got = report.claims.find((c) => c.line === row.line && c.column === row.column) ??
        report.claims.find((c) => c.line === row.line && c.column <= row.column + row.text.length - 1 && row.column <= c.column + c.text.length - 1);
      const verdict = got?.verdict ?? 'missing';
      setTotal++;
      if (verdict === row.verdict) setRight++;
      else if (verbose) console.log(`  ${set}/${draft}:${row.line} "${row.text}" expected ${row.verdict}, got ${verdict}${got ? ` ("${got.text}")` : ''}`);
      if (ALARMS.has(verdict) && !ALARMS.has(row.verdict)) {
        falseAlarms++;
        if (draft.includes('clean')) cleanAlarms++;
      }
    }
    for (const c of report.claims) {
      if (draft.includes('clean') && ALARMS.has(c.verdict) && !rows.some((r) => r.line === c.line)) cleanAlarms++;
    }
  }
  total += setTotal;
  right += setRight;
  console.log(`${set}: ${setRight}/${setTotal} verdicts right (${((100 * setRight) / setTotal).toFixed(1)}%)`);
}
console.log(`all: verdict accuracy ${((100 * right) / total).toFixed(1)}% (${right}/${total}), false alarms ${falseAlarms}, alarms on clean drafts ${cleanAlarms}`);
