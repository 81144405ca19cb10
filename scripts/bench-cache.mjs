#!/usr/bin/env node
// The --cache benchmark: start-up time, then `extract` and `check` over a folder of many small docs,
// without the cache, filling it, and re-run over the unchanged folder. The figure is the speed-up of
// the re-run over a run without the cache (target at least 5x for extract).
//
//   node scripts/bench-cache.mjs [--files N] [--runs N] [--cli "node bin/claimcheck.js"]
//   node scripts/bench.mjs --only cache
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpusDir } from './gen-corpus.mjs';
import { median, parseCommand, runTimed } from './bench-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (msg) => process.stderr.write(`[bench-cache] ${msg}\n`);

export async function benchCache({ files = 2000, runs = 3, cli = `node ${join(ROOT, 'bin', 'claimcheck.js')}`, seed = 1 } = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'claimcheck-bench-cache-'));
  try {
    const docs = join(tmp, 'docs');
    const info = writeCorpusDir(docs, { articles: files, seed });
    log(`generated ${files} files, ${(info.bytes / 1e6).toFixed(1)} MB`);
    const cmd = parseCommand(cli);
    const time = async (args) => {
      const r = await runTimed([...cmd, ...args], { cwd: tmp, tmp, stdoutFile: join(tmp, 'out.txt') });
      if (r.code !== 0) throw new Error(`${args.join(' ')} exited ${r.code}: ${r.stderr}`);
      return r.ms;
    };
    const starts = [];
    for (let i = 0; i < 5; i++) starts.push(await time(['--version']));
    const startup = median(starts);
    const rows = [['start-up (--version)', `${startup.toFixed(0)} ms`, '', '']];
    for (const command of ['extract', 'check']) {
      const args = [command, 'docs', '--format', 'json', ...(command === 'check' ? ['--fail-on', 'never'] : [])];
      const plain = [];
      for (let i = 0; i < runs; i++) plain.push(await time(args));
      rmSync(join(tmp, '.claimcheckcache'), { force: true });
      const fill = await time([...args, '--cache']);
      if (!existsSync(join(tmp, '.claimcheckcache'))) throw new Error('no .claimcheckcache written');
      const warm = [];
      for (let i = 0; i < runs; i++) warm.push(await time([...args, '--cache']));
      const speedUp = median(plain) / median(warm);
      rows.push(
        [`${command}: no cache`, `${median(plain).toFixed(0)} ms`, '', ''],
        [`${command}: filling the cache`, `${fill.toFixed(0)} ms`, '', ''],
        [`${command}: unchanged, cached`, `${median(warm).toFixed(0)} ms`, '', ''],
        [`${command}: speed-up`, `${speedUp.toFixed(2)}x`, command === 'extract' ? '>= 5x' : '', command === 'extract' ? (speedUp >= 5 ? 'pass' : 'FAIL') : ''],
      );
      rmSync(join(tmp, '.claimcheckcache'), { force: true });
    }
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
  for (const r of rows) process.stdout.write(`${r[0].padEnd(32)} ${r[1].padStart(10)}  ${r[2].padEnd(6)} ${r[3]}\n`);
}
