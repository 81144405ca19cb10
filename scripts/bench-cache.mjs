#!/usr/bin/env node
// The --cache benchmark: start-up time, then `extract` and `check` over a folder of many small docs:
// the cache filled once, then runs without the cache and re-runs over the unchanged folder, taken in
// turn so that a change in the machine's load falls on both. The figure is the speed-up of the
// re-run over a run without the cache (target at least 5x for extract), in wall time and, steadier
// on a busy machine, in processor time (user + system, from GNU time where there is one).
//
//   node scripts/bench-cache.mjs [--files N] [--runs N] [--cli "node bin/claimcheck.js"]
//   node scripts/bench.mjs --only cache
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpusDir } from './gen-corpus.mjs';
import { median, parseCommand } from './bench-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const GNU_TIME = '/usr/bin/time';
const log = (msg) => process.stderr.write(`[bench-cache] ${msg}\n`);

/** Runs argv with standard output to `outFile`: wall time, and processor time where GNU time can tell. */
function timed(argv, cwd, outFile, tmp) {
  const timeFile = join(tmp, 'time.txt');
  const useTime = existsSync(GNU_TIME);
  const full = useTime ? [GNU_TIME, '-f', '%U %S', '-o', timeFile, ...argv] : argv;
  const out = openSync(outFile, 'w');
  const t0 = process.hrtime.bigint();
  const r = spawnSync(full[0], full.slice(1), { cwd, stdio: ['ignore', out, 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  closeSync(out);
  if (r.status !== 0) throw new Error(`${argv.slice(1).join(' ')} exited ${r.status}: ${String(r.stderr).slice(-2000)}`);
  let cpu = null;
  if (useTime && existsSync(timeFile)) {
    const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
    if (Number.isFinite(user) && Number.isFinite(system)) cpu = (user + system) * 1000;
  }
  return { ms, cpu };
}

const ms = (x) => (x == null ? 'n/a' : `${x.toFixed(0)} ms`);
const medianOf = (runs, key) => (runs.some((r) => r[key] == null) ? null : median(runs.map((r) => r[key])));

export async function benchCache({ files = 2000, runs = 3, cli = `node ${join(ROOT, 'bin', 'claimcheck.js')}`, seed = 1 } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'claimcheck-bench-cache-'));
  try {
    const docs = join(tmp, 'docs');
    const info = writeCorpusDir(docs, { articles: files, seed });
    log(`generated ${files} files, ${(info.bytes / 1e6).toFixed(1)} MB`);
    // A file changed less than 3 s before the cache is filled is hashed on the next run, not trusted
    // by its status alone; docs are not that new in use, so the runs start once they are older.
    const ready = Date.now() + 3500;
    const cmd = parseCommand(cli);
    const run = (args) => timed([...cmd, ...args], tmp, join(tmp, 'out.txt'), tmp);
    const load = [loadavg()[0]];
    const starts = [];
    for (let i = 0; i < 5; i++) starts.push(run(['--version']));
    const rows = [[`start-up (--version), median of 5`, `${ms(medianOf(starts, 'ms'))}`, '', ''], ['  processor time', ms(medianOf(starts, 'cpu')), '', '']];
    while (Date.now() < ready) spawnSync('sleep', ['0.5']);
    for (const command of ['extract', 'check']) {
      const args = [command, 'docs', '--format', 'json', ...(command === 'check' ? ['--fail-on', 'never'] : [])];
      rmSync(join(tmp, '.claimcheckcache'), { force: true });
      const fill = run([...args, '--cache']);
      if (!existsSync(join(tmp, '.claimcheckcache'))) throw new Error('no .claimcheckcache written');
      const plain = [];
      const warm = [];
      for (let i = 0; i < runs; i++) {
        plain.push(run(args));
        warm.push(run([...args, '--cache']));
      }
      const wall = medianOf(plain, 'ms') / medianOf(warm, 'ms');
      const cpu = medianOf(plain, 'cpu') == null || medianOf(warm, 'cpu') == null ? null : medianOf(plain, 'cpu') / medianOf(warm, 'cpu');
      const target = command === 'extract';
      rows.push(
        [`${command}: no cache, median of ${runs}`, ms(medianOf(plain, 'ms')), '', ''],
        ['  processor time', ms(medianOf(plain, 'cpu')), '', ''],
        [`${command}: filling the cache`, ms(fill.ms), '', ''],
        [`${command}: unchanged, cached, median of ${runs}`, ms(medianOf(warm, 'ms')), '', ''],
        ['  processor time', ms(medianOf(warm, 'cpu')), '', ''],
        [`${command}: speed-up, wall time`, `${wall.toFixed(2)}x`, target ? '>= 5x' : '', target ? (wall >= 5 ? 'pass' : 'FAIL') : ''],
        [`${command}: speed-up, processor time`, cpu == null ? 'n/a' : `${cpu.toFixed(2)}x`, '', ''],
      );
      rmSync(join(tmp, '.claimcheckcache'), { force: true });
    }
    load.push(loadavg()[0]);
    rows.push(['load average (1 min), start / end', load.map((l) => l.toFixed(1)).join(' / '), '', '']);
    return { files, bytes: info.bytes, rows };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const argv = process.argv.slice(2);
  const opts = {};
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--files') opts.files = Number(argv[++i]);
    else if (argv[i] === '--runs') opts.runs = Number(argv[++i]);
    else if (argv[i] === '--cli') opts.cli = argv[++i];
    else throw new Error(`unknown option: ${argv[i]}`);
  }
  const { files, bytes, rows } = await benchCache(opts);
  process.stdout.write(`claimcheck cache benchmark: node ${process.version}, ${files} files, ${(bytes / 1e6).toFixed(1)} MB\n\n`);
  for (const r of rows) process.stdout.write(`${r[0].padEnd(40)} ${r[1].padStart(12)}  ${r[2].padEnd(6)} ${r[3]}\n`);
}
