#!/usr/bin/env node
// Benchmark of the HTML report: file size and open time of a 1,000-file corpus report in headless
// Chromium (the system's, /usr/bin/chromium or CLAIMCHECK_CHROMIUM).
//
//   node scripts/bench-html.mjs [--files N] [--articles-per-file K] [--runs R] [--seed S] [--cli CMD]
//   npm run bench -- --only html
//
// The corpus joins K generated articles into each of N files (defaults 1,000 and 3.3, about 20,000
// claims), and `check DIR --format html` writes the page. "Opened" is when the page's script has
// drawn the summary bar and the first screen of its first view, and the first paint after that has
// happened: the page then sets data-state="ready" on <html>. The open time is the wall time from
// the start of navigation in a fresh browser tab to that point, median of R runs. The first screen
// is drawn from a small layout block; the report itself is decoded afterwards, a claim at a time,
// and the bench also gives the time at which that is done.
import { mkdtempSync, rmSync, writeFileSync, statSync, existsSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateCorpus } from './gen-corpus.mjs';
import { parseCommand, runTimed, median, fmt, table } from './bench-lib.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const log = (msg) => process.stderr.write(`[bench html] ${msg}\n`);

function parseArgs(argv) {
  const o = { files: 1000, perFile: 3.3, runs: 7, seed: 1, cli: 'node bin/claimcheck.js', quick: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--files') o.files = Number(argv[++i]);
    else if (a === '--articles-per-file') o.perFile = Number(argv[++i]);
    else if (a === '--runs') o.runs = Number(argv[++i]);
    else if (a === '--seed') o.seed = Number(argv[++i]);
    else if (a === '--cli') o.cli = argv[++i];
    else if (a === '--quick') o.quick = true;
    else throw new Error(`unknown option: ${a}`);
  }
  return o;
}

/** N files, each K generated articles (on average) joined by blank lines. */
function writeCorpus(dir, { files, perFile, seed }) {
  const articles = generateCorpus({ articles: Math.ceil(files * perFile), seed });
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const take = Math.floor((f + 1) * perFile) - Math.floor(f * perFile);
    const parts = [];
    for (let k = 0; k < take; k++) parts.push(articles.next().value.text);
    const text = parts.join('\n\n');
    writeFileSync(join(dir, `outlet-${String(f).padStart(5, '0')}.txt`), text);
    bytes += Buffer.byteLength(text);
  }
  return bytes;
}

export async function benchHtml(opts) {
  const browserPath = process.env.CLAIMCHECK_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(browserPath)) throw new Error(`no browser at ${browserPath}: install the chromium package or set CLAIMCHECK_CHROMIUM`);
  const tmp = mkdtempSync(join(tmpdir(), 'claimcheck-bench-html-'));
  try {
    const corpus = join(tmp, 'corpus');
    rmSync(corpus, { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(corpus);
    const bytes = writeCorpus(corpus, opts);
    log(`wrote ${opts.files} files, ${fmt.mb(bytes)}`);
    const page = join(tmp, 'report.html');
    const r = await runTimed([...parseCommand(opts.cli), 'check', corpus, '--format', 'html', '--output-file', page], { stdoutFile: join(tmp, 'out'), cwd: ROOT, tmp });
    if (r.code !== 0 && r.code !== 1) throw new Error(`check failed (exit ${r.code}): ${r.stderr}`);
    const size = statSync(page).size;
    log(`check --format html: ${fmt.s(r.ms)}, page ${fmt.mb(size)}`);

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: browserPath });
    const wall = [], phases = [];
    let claims = 0;
    try {
      const runs = opts.quick ? 3 : opts.runs;
      for (let i = 0; i < runs; i++) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const tab = await context.newPage();
        const errors = [];
        tab.on('pageerror', (e) => errors.push(e.message));
        const t0 = performance.now();
        await tab.goto(pathToFileURL(page).href, { waitUntil: 'commit' });
        await tab.waitForSelector('html[data-state="ready"]', { timeout: 60_000 });
        const ms = performance.now() - t0;
        if (errors.length) throw new Error(`page error: ${errors[0]}`);
        // Then the report itself, decoded in slices after the first screen while the page answers.
        await tab.waitForSelector('html[data-loaded="true"]', { timeout: 120_000 });
        const p = await tab.evaluate(() => {
          const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
          const nav = performance.getEntriesByType('navigation')[0];
          return { html: nav.responseEnd, data: at('claimcheck-data'), drawn: at('claimcheck-drawn'), ready: at('claimcheck-ready'),
            claims: Number(document.documentElement.dataset.claims) };
        });
        claims = p.claims;
        wall.push(ms);
        phases.push(p);
        log(`run ${i + 1}/${runs}: opened in ${fmt.s(ms)} (page clock: first screen drawn ${Math.round(p.drawn)} ms, painted ${Math.round(p.ready)} ms, file read ${Math.round(p.html)} ms, report decoded ${Math.round(p.data)} ms)`);
        await context.close();
      }
    } finally {
      await browser.close();
    }
    const med = (k) => Math.round(median(phases.map((p) => p[k])));
    const openMs = median(wall);
    const lines = [
      `HTML report: check DIR --format html over ${opts.files} files (${fmt.int(claims)} claims, ${fmt.mb(bytes)} of text), opened in headless Chromium ${browserPath}`,
      `  page size ${fmt.mb(size)}; open time (navigation start to first screen drawn and painted) median ${fmt.s(openMs)} [${wall.map(fmt.s).join(', ')}]`,
      `  median page-clock phases: first screen built ${med('drawn')} ms, painted ${med('ready')} ms, file read ${med('html')} ms; report decoded and parsed in the background by ${med('data')} ms`,
      `  load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores`,
    ];
    const rows = [
      [`html page size (${opts.files} files)`, fmt.mb(size), '< 10 MB', size < 10e6],
      [`html open time (${fmt.int(claims)} claims)`, fmt.s(openMs), '< 2 s', openMs < 2000],
    ];
    return { lines, rows };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Runs the bench and prints its report; `options` override the defaults. */
export async function main(options = {}) {
  const { lines, rows } = await benchHtml({ ...parseArgs([]), ...options });
  process.stdout.write([...lines, '', table([['metric', 'value', 'target', ''], ...rows.map((r) => [...r.slice(0, 3), r[3] ? 'pass' : 'FAIL'])]), ''].join('\n'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(parseArgs(process.argv.slice(2)));
