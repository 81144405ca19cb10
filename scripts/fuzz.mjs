// Fuzzing: generated text through extraction and through check, with the invariants of the property
// tests checked on every claim. The seed is random unless given, and printed first, so a failure can
// be replayed.
//   node scripts/fuzz.mjs [--seed N] [--extract COUNT] [--check COUNT]
// Runs on the built package (`npm run fuzz` builds first). Exit 1 when an input breaks an invariant.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { check, extractText } from '../dist/api.js';
import { ReportSchema } from '../dist/schema.js';
import { formatJson } from '../dist/report/json.js';
import { claimProblems, textArbitrary } from './claim-properties.mjs';

function options(argv) {
  const o = { seed: Math.floor(Math.random() * 2 ** 31), extract: 1_000_000, check: 100_000 };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]?.replace(/^--/, '');
    if (!key || !(key in o)) throw new Error(`unknown option ${argv[i]}`);
    o[key] = Number(argv[++i]);
  }
  return o;
}

const BATCH = 10_000;
const opts = options(process.argv.slice(2));
process.stdout.write(`fuzz seed ${opts.seed}: ${opts.extract} extract inputs, ${opts.check} check inputs\n`);

const failures = [];
function fail(kind, input, problem) {
  failures.push({ kind, input, problem });
  if (failures.length <= 20) process.stdout.write(`FAIL ${kind}: ${problem}\n  input ${JSON.stringify(input)}\n`);
}

function validates(claims) {
  const report = { version: 1, tool: { name: 'claimcheck', version: '0' }, command: 'extract', claims, errors: [] };
  return ReportSchema.safeParse(JSON.parse(formatJson(report))).success;
}

const started = process.hrtime.bigint();
let extracted = 0;
let claimCount = 0;
for (let batch = 0; extracted < opts.extract; batch++) {
  const inputs = fc.sample(textArbitrary, { seed: opts.seed + batch, numRuns: Math.min(BATCH, opts.extract - extracted) });
  for (const text of inputs) {
    const markdown = extracted % 2 === 1;
    const file = markdown ? 'doc.md' : 'doc.txt';
    try {
      const claims = extractText(text, file, { markdown });
      claimCount += claims.length;
      for (const c of claims) for (const p of claimProblems(c, text)) fail('extract', text, p);
      if (!validates(claims)) fail('extract', text, 'report does not validate against ReportSchema');
      if (JSON.stringify(extractText(text, file, { markdown })) !== JSON.stringify(claims)) fail('extract', text, 'not deterministic');
    } catch (e) {
      fail('extract', text, `threw ${e instanceof Error ? e.message : String(e)}`);
    }
    extracted++;
  }
  if (batch % 10 === 9) process.stdout.write(`  extract ${extracted} inputs, ${claimCount} claims, ${failures.length} failures\n`);
}
const extractSeconds = Number(process.hrtime.bigint() - started) / 1e9;

/** Check reads files: each input is a pair of texts written to a scratch folder, which is reused. */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-fuzz-'));
const textual = textArbitrary
  .map((t) => t.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001A\u001C-\u001F]/g, ' '))
  .filter((t) => !/10\^\s*\d{3,}/.test(t));
const checkStart = process.hrtime.bigint();
let checked = 0;
try {
  for (let batch = 0; checked < opts.check; batch++) {
    const pairs = fc.sample(fc.tuple(textual, textual), { seed: opts.seed + 1_000_000 + batch, numRuns: Math.min(BATCH / 10, opts.check - checked) });
    for (const [a, b] of pairs) {
      fs.writeFileSync(path.join(dir, 'a.txt'), a);
      fs.writeFileSync(path.join(dir, 'b.txt'), b);
      try {
        const report = check(['a.txt', 'b.txt'], { cwd: dir });
        if (!ReportSchema.safeParse(JSON.parse(formatJson(report))).success) fail('check', [a, b], 'report does not validate against ReportSchema');
        const texts = { 'a.txt': a, 'b.txt': b };
        for (const c of report.claims) for (const p of claimProblems(c, texts[c.file] ?? '')) fail('check', [a, b], p);
      } catch (e) {
        fail('check', [a, b], `threw ${e instanceof Error ? e.message : String(e)}`);
      }
      checked++;
    }
    if (batch % 10 === 9) process.stdout.write(`  check ${checked} inputs, ${failures.length} failures\n`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
const checkSeconds = Number(process.hrtime.bigint() - checkStart) / 1e9;

process.stdout.write(
  `fuzz seed ${opts.seed}: extract ${extracted} inputs (${claimCount} claims) in ${extractSeconds.toFixed(0)} s; ` +
    `check ${checked} inputs in ${checkSeconds.toFixed(0)} s; ${failures.length} failure(s)\n`,
);
process.exitCode = failures.length ? 1 : 0;
