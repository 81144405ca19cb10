#!/usr/bin/env node
// Benchmarks for the claimcheck CLI: extraction throughput and memory, a compromise baseline,
// linearity, and corpus-mode check at scale. Progress goes to stderr, the report to stdout.
//
//   node scripts/bench.mjs [--quick] [--only extract|check|html|pairing|hardening] [--cli "node bin/claimcheck.js"] [--seed N]
//                          [--timeout SECONDS]   (per CLI run, default 300) [--scale]
//
// --scale then also runs the dense inputs at 1 and 4 MB (bench-hardening.mjs --quick) and corpus-mode
// check against extract at 10 and 40 MB (bench-pairing.mjs --no-dense): an hour or more on a busy machine.
//
// Corpora are generated into a temporary directory and deleted afterwards. The exit status is 0
// whatever the figures are; it is 1 only when the CLI fails.
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir, cpus, platform, arch } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBigFile, writeCorpusDir } from './gen-corpus.mjs';
import { parseCommand, runTimed, killRunning, median, inspectJsonl, fmt, table } from './bench-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

class CliError extends Error {}

function parseArgs(argv) {
  const o = { quick: false, only: null, cli: 'node bin/claimcheck.js', seed: 1, timeout: 300, scale: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--quick') o.quick = true;
    else if (a === '--only') o.only = argv[++i];
    else if (a === '--scale') o.scale = true;
    else if (a === '--cli') o.cli = argv[++i];
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--timeout') o.timeout = Number(argv[++i]);
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: bench.mjs [--quick] [--only extract|check] [--cli CMD] [--seed N] [--timeout SECONDS]\n');
      process.exit(0);
    } else throw new Error(`unknown option: ${a}`);
  }
  if (o.only && !['extract', 'check', 'html', 'pairing', 'cache', 'hardening'].includes(o.only)) throw new Error('--only takes extract, check, html, pairing, cache or hardening');
  return o;
}

// ---------------------------------------------------------------- compromise baseline (child mode)

/** Run compromise paragraph by paragraph from the start of FILE until the time budget is used up. */
async function baselineWorker(file, seconds) {
  const { default: nlp } = await import('compromise');
  const paragraphs = readFileSync(file, 'utf8').split(/\n\s*\n/);
  const budget = BigInt(Math.round(seconds * 1e9));
  let bytes = 0, found = 0, i = 0;
  const t0 = process.hrtime.bigint();
  while (i < paragraphs.length && process.hrtime.bigint() - t0 < budget) {
    const p = paragraphs[i++];
    const doc = nlp(p);
    found += doc.numbers().json().length + doc.money().json().length + doc.percentages().json().length;
    bytes += Buffer.byteLength(p) + 2;
  }
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const { version } = JSON.parse(readFileSync(join(ROOT, 'node_modules/compromise/package.json'), 'utf8'));
  process.stdout.write(JSON.stringify({ bytes, ms, paragraphs: i, found, version }) + '\n');
}

async function runBaseline(file, seconds, tmp) {
  const out = join(tmp, 'baseline.json');
  const r = await runTimed([process.execPath, fileURLToPath(import.meta.url), '--baseline-worker', file, String(seconds)],
    { stdoutFile: out, cwd: ROOT, tmp });
  if (r.code !== 0) {
    log(`compromise baseline failed (exit ${r.code}):\n${r.stderr}`);
    return null;
  }
  return JSON.parse(readFileSync(out, 'utf8'));
}

// ---------------------------------------------------------------- CLI runs

/** One timed CLI run; throws a CliError when it fails. */
async function runOnce(ctx, label, args, okCodes) {
  const stdoutFile = join(ctx.tmp, 'out.jsonl');
  const r = await runTimed([...ctx.cli, ...args], { stdoutFile, cwd: ROOT, tmp: ctx.tmp, timeoutMs: ctx.timeout * 1000 })
    .catch((err) => { throw new CliError(`${label}: cannot run ${ctx.cli.join(' ')}: ${err.message}`); });
  const out = inspectJsonl(stdoutFile);
  rmSync(stdoutFile, { force: true });
  // `check` may signal contradictions with exit 1; it still must have written a report.
  const ok = r.code === 0 || (okCodes.includes(r.code) && out.size > 0 && out.valid);
  if (!ok) {
    throw new CliError(`${label} failed: ${ctx.cli.join(' ')} ${args.join(' ')}\n` +
      (r.timedOut ? `killed after ${ctx.timeout} s\n` : `exit ${r.code ?? r.signal}\n`) + (r.stderr.trim() || '(no stderr)'));
  }
  return { ms: r.ms, rssMB: r.rssMB, out };
}

/**
 * Run each of `specs` ({ label, args, okCodes }) once per round, in turn, for `runs` rounds (fewer if
 * runs are slow: stops once another round would exceed `budgetMs`). Taking turns keeps a machine
 * that slows down or speeds up part-way from favouring one of them. Returns, for each spec,
 * { times, ms (median), rssMB (max), out } where out describes the last run's stdout.
 */
async function measureInTurn(ctx, specs, { runs, budgetMs = Infinity }) {
  const results = specs.map(() => ({ times: [], rssMB: null, out: null }));
  let spent = 0;
  for (let i = 0; i < runs; i++) {
    let round = 0;
    for (const [k, { label, args, okCodes = [0] }] of specs.entries()) {
      const r = await runOnce(ctx, label, args, okCodes);
      const res = results[k];
      res.times.push(r.ms);
      res.out = r.out;
      if (r.rssMB != null) res.rssMB = Math.max(res.rssMB ?? 0, r.rssMB);
      round += r.ms;
      log(`${label}: run ${i + 1}/${runs} ${fmt.s(r.ms)}, peak RSS ${fmt.rss(r.rssMB)}, ${fmt.int(r.out.lines)} lines`);
    }
    spent += round;
    if (i + 1 < runs && spent + round > budgetMs) {
      log(`stopping after ${i + 1} round(s) to keep within the time budget`);
      break;
    }
  }
  return results.map((r) => ({ ...r, ms: median(r.times) }));
}

/** Run the CLI `runs` times; see `measureInTurn`. */
async function measure(ctx, label, args, { runs, budgetMs = Infinity, okCodes = [0] }) {
  const [r] = await measureInTurn(ctx, [{ label, args, okCodes }], { runs, budgetMs });
  return r;
}

// ---------------------------------------------------------------- sections

async function benchExtract(ctx, results) {
  const big = ctx.quick ? 4 : 16, small = ctx.quick ? 1 : 4, runs = ctx.quick ? 1 : 3;
  const bigFile = join(ctx.tmp, `news-${big}mb.txt`), smallFile = join(ctx.tmp, `news-${small}mb.txt`);
  const tinyFile = join(ctx.tmp, 'news-tiny.txt');
  log(`generating ${big} MB and ${small} MB text files`);
  const bigInfo = writeBigFile(bigFile, big, { seed: ctx.seed });
  const smallInfo = writeBigFile(smallFile, small, { seed: ctx.seed });
  writeBigFile(tinyFile, 0.001, { seed: ctx.seed });

  // Fixed cost (process start, module load) measured on one short article; also a warm-up.
  const t = await measure(ctx, 'start-up', ['extract', tinyFile, '--format', 'jsonl'], { runs: 3 });
  const b = await measure(ctx, `extract ${big} MB`, ['extract', bigFile, '--format', 'jsonl'], { runs });
  const s = await measure(ctx, `extract ${small} MB`, ['extract', smallFile, '--format', 'jsonl'], { runs });

  const seconds = ctx.quick ? 3 : 10;
  log(`compromise baseline (${seconds} s budget)`);
  const base = await runBaseline(bigFile, seconds, ctx.tmp);

  const mbps = bigInfo.bytes / 1e6 / (b.ms / 1000);
  const warmMbps = bigInfo.bytes / 1e6 / (Math.max(1, b.ms - t.ms) / 1000);
  const baseMbps = base ? base.bytes / 1e6 / (base.ms / 1000) : null;
  const rawLinearity = (b.ms / bigInfo.bytes) / (s.ms / smallInfo.bytes);
  const linearity = ((b.ms - t.ms) / bigInfo.bytes) / ((s.ms - t.ms) / smallInfo.bytes);
  const lines = [
    `Extraction: extract FILE --format jsonl (news-like text, ${runs} run(s), median wall time incl. process start)`,
    `  ${fmt.mb(bigInfo.bytes)}: ${fmt.s(b.ms)} [${b.times.map(fmt.s).join(', ')}]  ${fmt.x(mbps)} MB/s  ` +
      `peak RSS ${fmt.rss(b.rssMB)}  ${fmt.int(b.out.lines)} output lines (${fmt.int(b.out.lines / (bigInfo.bytes / 1e6))}/MB)`,
    `  ${fmt.mb(smallInfo.bytes)}: ${fmt.s(s.ms)} [${s.times.map(fmt.s).join(', ')}]  ` +
      `${fmt.x(smallInfo.bytes / 1e6 / (s.ms / 1000))} MB/s  peak RSS ${fmt.rss(s.rssMB)}`,
    `  start-up (one short article): ${fmt.s(t.ms)}`,
    `  linearity: cost per MB at ${big} MB / at ${small} MB = ${fmt.x(linearity)} with start-up subtracted, ` +
      `${fmt.x(rawLinearity)} without`,
  ];
  if (base) {
    lines.push(`  compromise ${base.version} baseline: numbers()+money()+percentages() per paragraph, ` +
      `${fmt.int(base.paragraphs)} paragraphs (${fmt.mb(base.bytes)}) from the start of the same file in ${fmt.s(base.ms)} ` +
      `= ${fmt.x(baseMbps, 3)} MB/s (in-process, module load excluded)`);
    lines.push(`  speed ratio claimcheck/compromise: ${fmt.x(mbps / baseMbps, 0)}x ` +
      `(both per-byte rates over the same text; claimcheck over all ${fmt.mb(bigInfo.bytes)}, compromise over the sample)`);
    lines.push(`  like for like (claimcheck's start-up left out too, as compromise's module load is): ` +
      `${fmt.x(warmMbps)} MB/s, ${fmt.x(warmMbps / baseMbps, 0)}x`);
  }
  results.sections.push(lines.join('\n'));
  results.rows.push(
    ['extract throughput', `${fmt.x(mbps)} MB/s`, '', ''],
    [`extract peak RSS (${big} MB)`, fmt.rss(b.rssMB), '<= 300 MB', b.rssMB == null ? '?' : b.rssMB <= 300],
    ['speed vs compromise', base ? `${fmt.x(mbps / baseMbps, 0)}x` : 'n/a', '>= 100x', base ? mbps / baseMbps >= 100 : '?'],
    ['  same, start-up left out on both sides', base ? `${fmt.x(warmMbps / baseMbps, 0)}x` : 'n/a', '>= 100x', base ? warmMbps / baseMbps >= 100 : '?'],
    [`linearity (${big} MB vs ${small} MB)`, fmt.x(linearity), '<= 1.3', linearity <= 1.3],
  );
}

async function benchCheck(ctx, results) {
  const big = ctx.quick ? 1000 : 10000, small = ctx.quick ? 250 : 2500;
  const bigDir = join(ctx.tmp, `corpus-${big}`), smallDir = join(ctx.tmp, `corpus-${small}`);
  log(`generating ${big} and ${small} articles`);
  const t0 = process.hrtime.bigint();
  const bigInfo = writeCorpusDir(bigDir, { articles: big, seed: ctx.seed });
  const smallInfo = writeCorpusDir(smallDir, { articles: small, seed: ctx.seed });
  log(`generated ${fmt.mb(bigInfo.bytes + smallInfo.bytes)} in ${fmt.s(Number(process.hrtime.bigint() - t0) / 1e6)}`);

  const runs = ctx.quick ? 1 : 5;
  const budgetMs = 240_000;
  const checkCodes = [0, 1];
  // extract and check take turns: the ratio is read from runs made side by side.
  const [e, c] = await measureInTurn(ctx, [
    { label: `extract ${big} files`, args: ['extract', bigDir, '--format', 'jsonl'] },
    { label: `check ${big} files`, args: ['check', bigDir, '--format', 'jsonl'], okCodes: checkCodes },
  ], { runs, budgetMs });
  const cs = await measure(ctx, `check ${small} files`, ['check', smallDir, '--format', 'jsonl'], { runs: Math.min(runs, 3), budgetMs, okCodes: checkCodes });

  // Two readings of one figure: the ratio of the median times, and the median of the ratios of the
  // runs made side by side. The figure passes only when both do.
  const pairRatios = c.times.map((t, i) => t / e.times[i]);
  const ratioOfMedians = c.ms / e.ms, medianOfRatios = median(pairRatios);
  const ratio = Math.max(ratioOfMedians, medianOfRatios), scale = c.ms / cs.ms;
  const sizeRatio = bigInfo.bytes / smallInfo.bytes;
  results.sections.push([
    `Check: corpus mode, check DIR --format jsonl (median wall time incl. process start; extract and check take turns, ${c.times.length} round(s))`,
    `  extract ${fmt.int(big)} files (${fmt.mb(bigInfo.bytes)}): ${fmt.s(e.ms)} [${e.times.map(fmt.s).join(', ')}]  ` +
      `${fmt.x(bigInfo.bytes / 1e6 / (e.ms / 1000))} MB/s  peak RSS ${fmt.rss(e.rssMB)}`,
    `  check   ${fmt.int(big)} files (${fmt.mb(bigInfo.bytes)}): ${fmt.s(c.ms)} [${c.times.map(fmt.s).join(', ')}]  ` +
      `peak RSS ${fmt.rss(c.rssMB)}  ${fmt.int(c.out.lines)} output lines`,
    `  check   ${fmt.int(small)} files (${fmt.mb(smallInfo.bytes)}): ${fmt.s(cs.ms)} [${cs.times.map(fmt.s).join(', ')}]  ` +
      `peak RSS ${fmt.rss(cs.rssMB)}`,
    `  check/extract time: ${fmt.x(ratioOfMedians)} (ratio of medians), ${fmt.x(medianOfRatios)} (median of the ${pairRatios.length} ` +
      `side-by-side ratios [${pairRatios.map((x) => fmt.x(x)).join(', ')}]); figure: the larger, ${fmt.x(ratio)}`,
    `  check time ${fmt.int(big)}/${fmt.int(small)} files: ${fmt.x(scale)} (input ${fmt.x(sizeRatio)}x larger)`,
  ].join('\n'));
  results.rows.push(
    [`check/extract time (${fmt.int(big)} files)`, fmt.x(ratio), '<= 1.5', ratio <= 1.5],
    [`check scaling (${fmt.int(big)} vs ${fmt.int(small)} files)`, fmt.x(scale), '<= 4.6', scale <= 4.6],
    [`check peak RSS (${fmt.int(big)} files)`, fmt.rss(c.rssMB), '<= 1024 MB', c.rssMB == null ? '?' : c.rssMB <= 1024],
  );
}

// ---------------------------------------------------------------- main

async function main() {
  const argv = process.argv.slice(2);
  if (argv[0] === '--baseline-worker') return baselineWorker(argv[1], Number(argv[2]));
  const opts = parseArgs(argv);
  if (opts.only === 'html') return import('./bench-html.mjs').then((m) => m.main({ quick: opts.quick, seed: opts.seed, cli: opts.cli }));
  const tmp = mkdtempSync(join(tmpdir(), 'claimcheck-bench-'));
  const cleanup = () => rmSync(tmp, { recursive: true, force: true });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { killRunning(); cleanup(); process.exit(130); });
  const ctx = { ...opts, cli: parseCommand(opts.cli), tmp };
  const results = { sections: [], rows: [] };
  const started = process.hrtime.bigint();
  try {
    // Pairing cost and adversarial inputs have their own scripts (scripts/bench-pairing.mjs, bench-hardening.mjs).
    if (opts.only === 'pairing' || opts.only === 'hardening') {
      const { status } = spawnSync(process.execPath, [join(ROOT, `scripts/bench-${opts.only}.mjs`), '--cli', opts.cli, ...(opts.quick ? ['--quick'] : [])], { stdio: 'inherit' });
      cleanup();
      process.exit(status ?? 1);
    }
    if (opts.only === 'cache') results.rows.push(...(await (await import('./bench-cache.mjs')).benchCache({ cli: opts.cli.replace(/(^|\s)bin\//, `$1${ROOT}/bin/`), seed: opts.seed, runs: opts.quick ? 1 : 3 })).rows.map((r) => [r[0], r[1], r[2], r[3] === '' ? '' : r[3] === 'pass']));
    else {
      if (opts.only !== 'check') await benchExtract(ctx, results);
      if (opts.only !== 'extract') await benchCheck(ctx, results);
    }
  } catch (err) {
    cleanup();
    if (err instanceof CliError) {
      process.stderr.write(`\n${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  cleanup();
  const total = Number(process.hrtime.bigint() - started) / 1e6;
  const mark = (v) => (v === '' ? '' : v === '?' ? '?' : v ? 'pass' : 'FAIL');
  process.stdout.write([
    `claimcheck benchmark${opts.quick ? ' (quick)' : ''}: node ${process.version}, ${platform()} ${arch()}, ` +
      `${cpus().length} CPUs, seed ${opts.seed}, MB = 10^6 bytes`,
    '',
    ...results.sections.flatMap((s) => [s, '']),
    table([['metric', 'value', 'target', ''], ...results.rows.map((r) => [r[0], r[1], r[2], mark(r[3])])]),
    '',
    `total bench time ${fmt.s(total)}`,
    '',
  ].join('\n'));
  for (const [script, flag] of opts.scale ? [['hardening', '--quick'], ['pairing', '--no-dense']] : []) {
    spawnSync(process.execPath, [join(ROOT, `scripts/bench-${script}.mjs`), '--cli', opts.cli, flag], { stdio: 'inherit' });
  }
}

main().catch((err) => {
  process.stderr.write(`${err.stack ?? err}\n`);
  process.exit(2);
});
