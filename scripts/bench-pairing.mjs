#!/usr/bin/env node
// Pairing cost: corpus-mode check against extract on the same files, at 10 MB and 40 MB of figure-dense
// news, and dense inputs that stress blocking (one figure repeated, a very wide table, one very long
// sentence checked against itself). Progress to stderr, the report to stdout.
//
//   node scripts/bench-pairing.mjs [--cli "node bin/claimcheck.js"] [--generator PATH] [--quick] [--no-dense] [--runs N] [--timeout SECONDS]
//
// --runs N runs each command N times (default 1): times are the median, peak RSS the largest.
// Bounds: check <= 1.5x extract; check at 40 MB <= 4.6x check at 10 MB; peak RSS <= 1 GB; each dense
// input <= 10 s and <= 1 GB at 4 MB. --quick uses 2.5 and 10 MB corpora and 1 MB dense inputs;
// --no-dense leaves the dense inputs to bench-hardening.mjs. The exit status is 1 only when the CLI fails.
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseCommand, runTimed, killRunning, fmt, table, denseTexts, inspectJsonl, median } from './bench-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (msg) => process.stderr.write(`[bench pairing] ${msg}\n`);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const quick = args.includes('--quick');
const withDense = !args.includes('--no-dense');
const cli = parseCommand(opt('--cli', 'node bin/claimcheck.js'));
const generator = resolve(ROOT, opt('--generator', '../shared/tools/gen-corpus.cjs'));
const timeoutMs = Number(opt('--timeout', '1800')) * 1000;
const DENSE = quick ? 1_000_000 : 4_000_000;
const RUNS = Math.max(1, Number(opt('--runs', '1')));

/** Runs a command RUNS times: the median time, the largest peak RSS. */
async function timed(label, cmdArgs, tmp) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    log(RUNS > 1 ? `${label} (run ${i + 1} of ${RUNS})` : label);
    const r = await runTimed([...cli, ...cmdArgs], { stdoutFile: join(tmp, 'out.jsonl'), cwd: ROOT, tmp, timeoutMs });
    if (r.code !== 0 && r.code !== 1) throw new Error(`${label}: exit ${r.code} ${r.signal ?? ''} ${r.stderr.slice(-300)}`);
    runs.push(r);
  }
  const rss = runs.map((r) => r.rssMB).filter((x) => x !== null);
  return { ...runs[runs.length - 1], ms: median(runs.map((r) => r.ms)), rssMB: rss.length ? Math.max(...rss) : null };
}

/** Dense inputs of about `bytes`, written to `dir`: each a draft checked against a source of the same text. */
function denseInputs(dir, bytes) {
  const inputs = denseTexts(bytes, 'the plant cost $5.6 million and employs 310 people, ');
  for (const [name, text] of Object.entries(inputs)) writeFileSync(join(dir, name), text);
  return Object.keys(inputs);
}

async function main() {
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  if (!existsSync(generator)) throw new Error(`no corpus generator at ${generator} (--generator PATH)`);
  const tmp = mkdtempSync(join(tmpdir(), 'bench-pairing-'));
  const rows = [];
  try {
    const sizes = quick ? [[2_500_000, 625], [10_000_000, 2500]] : [[10_000_000, 2500], [40_000_000, 10_000]];
    const checkMs = [];
    for (const [bytes, articles] of sizes) {
      const dir = join(tmp, `corpus-${bytes}`);
      const g = spawnSync(process.execPath, [generator, String(bytes), dir, '--articles', String(articles)], { encoding: 'utf8' });
      if (g.status !== 0) throw new Error(`generator failed: ${g.stderr}`);
      const ex = await timed(`extract ${fmt.mb(bytes)}`, ['extract', dir, '--format', 'jsonl'], tmp);
      const claims = inspectJsonl(join(tmp, 'out.jsonl')).lines;
      const ch = await timed(`check ${fmt.mb(bytes)}`, ['check', dir, '--format', 'jsonl', '--fail-on', 'never'], tmp);
      checkMs.push(ch.ms);
      const ratio = ch.ms / ex.ms;
      const perClaim = ch.rssMB === null ? 'n/a' : `${((ch.rssMB * 1024) / claims).toFixed(2)} KB/claim`;
      rows.push([`corpus ${bytes / 1e6} MB, ${fmt.int(articles)} articles, ${fmt.int(claims)} claims`, `extract ${fmt.s(ex.ms)}, ${fmt.rss(ex.rssMB)}`, `check ${fmt.s(ch.ms)}`,
        `check/extract ${ratio.toFixed(2)} (<= 1.5) ${ratio <= 1.5 ? 'ok' : 'OVER'}`, `check peak RSS ${fmt.rss(ch.rssMB)} ${ch.rssMB === null || ch.rssMB <= 1024 ? 'ok' : 'OVER'} (${perClaim})`]);
      rmSync(dir, { recursive: true, force: true });
    }
    const growth = checkMs[1] / checkMs[0];
    rows.push([`growth`, '', '', `check ${sizes[1][0] / 1e6} MB / ${sizes[0][0] / 1e6} MB ${growth.toFixed(2)} (<= 4.6) ${growth <= 4.6 ? 'ok' : 'OVER'}`, '']);
    if (!withDense) return;
    const denseDir = join(tmp, 'dense');
    rmSync(denseDir, { recursive: true, force: true });
    spawnSync('mkdir', ['-p', denseDir]);
    for (const name of denseInputs(denseDir, DENSE)) {
      const file = join(denseDir, name);
      const r = await timed(`dense ${name}`, ['check', file, '--sources', file, '--format', 'jsonl', '--fail-on', 'never'], tmp);
      rows.push([`dense ${name} ${DENSE / 1e6} MB`, '', `check ${(r.ms / 1000).toFixed(1)} s ${r.ms <= 10_000 ? 'ok' : 'OVER'}`, '', `peak RSS ${r.rssMB?.toFixed(0) ?? '?'} MB ${r.rssMB === null || r.rssMB <= 1024 ? 'ok' : 'OVER'}`]);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    process.stdout.write(`claimcheck pairing bench: node ${process.version}, load average at start ${load}, ${RUNS} run(s) each, MB = 10^6 bytes\n${table([['input', 'extract', 'check', 'ratio', 'memory'], ...rows])}\n`);
  }
}

process.on('SIGINT', () => {
  killRunning();
  process.exit(130);
});
main().catch((e) => {
  killRunning();
  process.stderr.write(`${e.message}\n`);
  process.exit(1);
});
