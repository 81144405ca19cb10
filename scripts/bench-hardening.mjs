#!/usr/bin/env node
// Adversarial and large inputs: `check` time and peak RSS on dense inputs at 1 MB and 4 MB (each
// checked against itself in corpus mode and against a copy), the 4x-input time ratio, check's memory
// per claim, and the peak RSS of `extract --format jsonl` on one 1 GB file and on three 300 MB files.
// Progress goes to stderr, the report to stdout.
//
//   node scripts/bench-hardening.mjs [--quick] [--cli "node bin/claimcheck.js"] [--timeout SECONDS]
//
// --quick skips the 1 GB and 3 x 300 MB runs. Files are generated into a temporary directory under
// the system's temporary folder and deleted afterwards. Targets: each dense input at 4 MB <= 10 s and
// <= 1 GB; 4x the input <= 5x the time; the large extractions <= 600 MB. The exit status is 0
// whatever the figures are; it is 1 only when the CLI fails.
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, openSync, writeSync, closeSync, copyFileSync, statfsSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeBigFile } from './gen-corpus.mjs';
import { parseCommand, runTimed, killRunning, median, inspectJsonl, fmt, table, denseTexts } from './bench-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (msg) => process.stderr.write(`[bench hardening] ${msg}\n`);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const quick = args.includes('--quick');
const cli = parseCommand(opt('--cli', 'node bin/claimcheck.js'));
const timeoutMs = Number(opt('--timeout', '300')) * 1000;
const SIZES = [1_000_000, 4_000_000];
const TIME_LIMIT_MS = 10_000;
const CHECK_RSS_MB = 1024;
const EXTRACT_RSS_MB = 600;
/** The large extractions take minutes on a loaded machine: they get at least half an hour. */
const LARGE_TIMEOUT_MS = Math.max(timeoutMs, 1_800_000);

async function run(label, cmdArgs, tmp, limitMs = timeoutMs) {
  log(label);
  const r = await runTimed([...cli, ...cmdArgs], { stdoutFile: join(tmp, 'out.jsonl'), cwd: ROOT, tmp, timeoutMs: limitMs });
  if (r.timedOut) return { ...r, ms: Infinity };
  if (r.code !== 0 && r.code !== 1) throw new Error(`${label}: exit ${r.code} ${r.signal ?? ''} ${r.stderr.slice(-300)}`);
  return r;
}

const ok = (pass) => (pass ? 'ok' : 'OVER');
const secs = (ms) => (Number.isFinite(ms) ? fmt.s(ms) : `> ${timeoutMs / 1000} s (killed)`);

/** Check time and memory on the dense inputs; the rows, and the figures for memory per claim. */
async function dense(tmp) {
  const rows = [];
  const perClaim = [];
  const times = {};
  const base = await run('baseline: check on a one-line file', ['check', writeTiny(tmp), '--format', 'jsonl', '--fail-on', 'never'], tmp);
  for (const bytes of SIZES) {
    const dir = join(tmp, `dense-${bytes}`);
    const copies = join(tmp, `copies-${bytes}`);
    rmSync(dir, { recursive: true, force: true });
    rmSync(copies, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    mkdirSync(copies, { recursive: true });
    for (const [name, text] of Object.entries(denseTexts(bytes))) {
      const file = join(dir, name);
      writeFileSync(file, text);
      copyFileSync(file, join(copies, name));
      const claims = await countClaims(file, tmp);
      for (const [mode, cmd] of [
        ['itself (corpus)', ['check', file]],
        ['a copy', ['check', file, '--sources', join(copies, name)]],
      ]) {
        const r = await run(`${name} ${fmt.mb(bytes)} against ${mode}`, [...cmd, '--format', 'jsonl', '--fail-on', 'never'], tmp);
        times[`${name} ${mode} ${bytes}`] = r.ms;
        const rss = r.rssMB;
        const limitOk = r.ms <= TIME_LIMIT_MS && (rss === null || rss <= CHECK_RSS_MB);
        const kb = rss !== null && base.rssMB !== null && claims ? ((rss - base.rssMB) * 1024) / (claims * (mode === 'a copy' ? 2 : 1)) : null;
        if (kb !== null) perClaim.push(kb);
        rows.push([`${name} ${fmt.mb(bytes)}`, `against ${mode}`, claims === null ? 'n/a (extract stopped)' : fmt.int(claims), secs(r.ms), fmt.rss(rss),
          kb === null ? 'n/a' : `${kb.toFixed(2)} KB`, bytes === SIZES[SIZES.length - 1] ? ok(limitOk) : '']);
      }
    }
    rmSync(dir, { recursive: true, force: true });
    rmSync(copies, { recursive: true, force: true });
  }
  const ratios = [];
  for (const key of Object.keys(times).filter((k) => k.endsWith(` ${SIZES[0]}`))) {
    const big = times[key.replace(/ \d+$/, ` ${SIZES[1]}`)];
    const ratio = big / times[key];
    ratios.push([key.replace(/ \d+$/, ''), Number.isFinite(ratio) ? `${ratio.toFixed(2)}x` : 'n/a', ok(ratio <= 5)]);
  }
  return { rows, ratios, perClaim, baseRss: base.rssMB };
}

function writeTiny(tmp) {
  const file = join(tmp, 'tiny.txt');
  writeFileSync(file, 'The plant employs 310 people.\n');
  return file;
}

async function countClaims(file, tmp) {
  const out = join(tmp, 'count.jsonl');
  const r = await runTimed([...cli, 'extract', file, '--format', 'jsonl'], { stdoutFile: out, cwd: ROOT, tmp, timeoutMs });
  const n = r.code === 0 && !r.timedOut ? inspectJsonl(out).lines : null;
  rmSync(out, { force: true });
  return n;
}

/** One file of `mb` MB of generated news: 20 MB generated once, then written again and again. */
function writeLarge(file, mb, block) {
  const fd = openSync(file, 'w');
  try {
    for (let written = 0; written < mb * 1e6; written += block.length) writeSync(fd, block);
  } finally {
    closeSync(fd);
  }
}

async function large(tmp) {
  const free = statfsSync(tmp);
  const freeBytes = free.bavail * free.bsize;
  if (freeBytes < 2.5e9) {
    log(`only ${fmt.mb(freeBytes)} free in ${tmp}: skipping the large files`);
    return [['large files', 'skipped: too little free disk', '', '', '']];
  }
  const blockFile = join(tmp, 'block.txt');
  writeBigFile(blockFile, 20, { seed: 7 });
  const block = readFileSync(blockFile);
  rmSync(blockFile);
  const rows = [];
  const one = join(tmp, 'one-gb.txt');
  writeLarge(one, 1000, block);
  let r = await run('extract 1 GB', ['extract', one, '--format', 'jsonl'], tmp, LARGE_TIMEOUT_MS);
  let out = inspectJsonl(join(tmp, 'out.jsonl'));
  rows.push(['extract 1 file of 1 GB', `exit ${r.code}`, secs(r.ms), fmt.int(out.lines), `${fmt.rss(r.rssMB)} ${ok(r.code === 0 && r.rssMB !== null && r.rssMB <= EXTRACT_RSS_MB)}`]);
  rmSync(one, { force: true });
  rmSync(join(tmp, 'out.jsonl'), { force: true });
  const three = [1, 2, 3].map((i) => join(tmp, `part-${i}.txt`));
  for (const f of three) writeLarge(f, 300, block);
  r = await run('extract 3 x 300 MB', ['extract', ...three, '--format', 'jsonl'], tmp, LARGE_TIMEOUT_MS);
  out = inspectJsonl(join(tmp, 'out.jsonl'));
  rows.push(['extract 3 files of 300 MB', `exit ${r.code}`, secs(r.ms), fmt.int(out.lines), `${fmt.rss(r.rssMB)} ${ok(r.code === 0 && r.rssMB !== null && r.rssMB <= EXTRACT_RSS_MB)}`]);
  for (const f of three) rmSync(f, { force: true });
  return rows;
}

async function main() {
  const tmp = mkdtempSync(join(tmpdir(), 'claimcheck-hardening-'));
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  try {
    const d = await dense(tmp);
    const big = quick ? [] : await large(tmp);
    const lines = [
      `claimcheck hardening bench${quick ? ' (quick: no large files)' : ''}: node ${process.version}, ${cpus().length} CPUs, load average at start ${load}, MB = 10^6 bytes`,
      '',
      table([['input', 'checked against', 'claims', 'time', 'peak RSS', 'RSS/claim', `4 MB: <= 10 s, <= 1 GB`], ...d.rows]),
      '',
      table([['input and mode', '4 MB time / 1 MB time', '<= 5x'], ...d.ratios]),
      '',
      `check memory per claim (peak RSS above a one-line check of ${fmt.rss(d.baseRss)}, per claim read): median ${d.perClaim.length ? median(d.perClaim).toFixed(2) : 'n/a'} KB`,
    ];
    if (big.length) lines.push('', table([['large extract', 'exit', 'time', 'claims', `peak RSS (<= ${EXTRACT_RSS_MB} MB)`], ...big]));
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
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
