#!/usr/bin/env node
// Extraction speed as a ratio to compromise's, on given text files: one file per figure density.
// Runs `extract FILE --format jsonl` RUNS times (median wall time incl. process start, peak RSS),
// and compromise (numbers()+money()+percentages() per line) on the same file for a time budget.
//
//   node scripts/bench-density.mjs [--runs N] [--seconds S] [--cli "node bin/claimcheck.js"] FILE...
//
// Pass a dense generated corpus (`node ../shared/tools/gen-corpus.cjs 16000000 FILE`) and text of
// real-news density (for example articles repeated to a few MB) to see both ratios side by side.
import { mkdtempSync, rmSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommand, runTimed, median, inspectJsonl, fmt } from './bench-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SELF = fileURLToPath(import.meta.url);

/** compromise line by line (a line is a paragraph in these files) until the time budget is used up. */
async function baselineWorker(file, seconds) {
  const { default: nlp } = await import('compromise');
  const paragraphs = readFileSync(file, 'utf8').split(/\n+/);
  const budget = BigInt(Math.round(seconds * 1e9));
  let bytes = 0, i = 0;
  const t0 = process.hrtime.bigint();
  while (i < paragraphs.length && process.hrtime.bigint() - t0 < budget) {
    const p = paragraphs[i++];
    const doc = nlp(p);
    doc.numbers().json();
    doc.money().json();
    doc.percentages().json();
    bytes += Buffer.byteLength(p) + 1;
  }
  process.stdout.write(`${JSON.stringify({ bytes, ms: Number(process.hrtime.bigint() - t0) / 1e6 })}\n`);
}

function parseArgs(argv) {
  const o = { runs: 3, seconds: 10, cli: 'node bin/claimcheck.js', files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--seconds') o.seconds = Number(argv[++i]);
    else if (a === '--cli') o.cli = argv[++i];
    else if (a.startsWith('-')) throw new Error(`unknown option: ${a}`);
    else o.files.push(a);
  }
  if (!o.files.length) throw new Error('usage: bench-density.mjs [--runs N] [--seconds S] [--cli CMD] FILE...');
  return o;
}

async function main() {
  if (process.argv[2] === '--baseline-worker') return baselineWorker(process.argv[3], Number(process.argv[4]));
  const o = parseArgs(process.argv.slice(2));
  const cli = parseCommand(o.cli);
  const tmp = mkdtempSync(join(tmpdir(), 'claimcheck-density-'));
  const out = [];
  try {
    for (const file of o.files) {
      const bytes = statSync(file).size;
      const times = [];
      let rss = 0;
      let lines = 0;
      for (let i = 0; i < o.runs; i++) {
        const stdoutFile = join(tmp, 'out.jsonl');
        const r = await runTimed([...cli, 'extract', file, '--format', 'jsonl'], { stdoutFile, cwd: ROOT, tmp });
        if (r.code !== 0) throw new Error(`extract failed on ${file}: exit ${r.code}\n${r.stderr}`);
        times.push(r.ms);
        rss = Math.max(rss, r.rssMB ?? 0);
        lines = inspectJsonl(stdoutFile).lines;
        rmSync(stdoutFile, { force: true });
      }
      const baseOut = join(tmp, 'baseline.json');
      const b = await runTimed([process.execPath, SELF, '--baseline-worker', file, String(o.seconds)], { stdoutFile: baseOut, cwd: ROOT, tmp });
      if (b.code !== 0) throw new Error(`compromise baseline failed: ${b.stderr}`);
      const base = JSON.parse(readFileSync(baseOut, 'utf8'));
      const ms = median(times);
      const mbps = bytes / 1e6 / (ms / 1000);
      const baseMbps = base.bytes / 1e6 / (base.ms / 1000);
      out.push(
        `${file}: ${fmt.mb(bytes)}, ${fmt.int(lines / (bytes / 1e6))} claims/MB\n` +
          `  extract ${fmt.s(ms)} [${times.map(fmt.s).join(', ')}] ${fmt.x(mbps)} MB/s, peak RSS ${fmt.rss(rss)}\n` +
          `  compromise ${fmt.x(baseMbps, 3)} MB/s over ${fmt.mb(base.bytes)}\n` +
          `  ratio ${fmt.x(mbps / baseMbps, 0)}x`,
      );
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err.message ?? err}\n`);
  process.exit(1);
});
