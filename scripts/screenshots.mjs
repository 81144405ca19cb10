#!/usr/bin/env node
// Screenshots of the HTML report for the README: the document view with a contradicted figure's
// evidence open (the DeepSeek fixture's draft against its sources), and the story matrix of three
// outlets with the odd figure selected. Drawn by the system's Chromium (/usr/bin/chromium or
// CLAIMCHECK_CHROMIUM) through playwright-core; nothing downloads a browser.
//
//   npm run screenshots      # writes docs/html-document.png and docs/html-matrix.png
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DOCS = join(ROOT, 'docs');
const browserPath = process.env.CLAIMCHECK_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(browserPath)) {
  process.stderr.write(`no browser at ${browserPath}: install the chromium package or set CLAIMCHECK_CHROMIUM\n`);
  process.exit(2);
}

const tmp = mkdtempSync(join(tmpdir(), 'claimcheck-screenshots-'));
/** Writes the page for `args` and returns its file URL. */
function page(name, args) {
  const out = join(tmp, `${name}.html`);
  execFileSync(process.execPath, ['bin/claimcheck.js', 'check', ...args, '--explain', '--fail-on', 'never', '--format', 'html', '--output-file', out], { cwd: ROOT });
  return pathToFileURL(out).href;
}

const shots = [
  {
    file: 'html-document.png',
    viewport: { width: 1000, height: 600 },
    url: page('document', ['fixtures/deepseek/drafts/draft-with-errors.md', '--sources', 'fixtures/deepseek/sources']),
    act: (tab) => tab.click('.fig.v-contradicted >> nth=0'),
  },
  {
    file: 'html-matrix.png',
    viewport: { width: 1360, height: 440 },
    url: page('matrix', ['test/html-fixtures/outlets']),
    act: (tab) => tab.click('.cell.marked'),
  },
];

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({ executablePath: browserPath });
try {
  mkdirSync(DOCS, { recursive: true });
  for (const shot of shots) {
    const context = await browser.newContext({ viewport: shot.viewport, deviceScaleFactor: 1, colorScheme: 'light' });
    const tab = await context.newPage();
    await tab.goto(shot.url);
    await tab.waitForSelector('html[data-state="ready"]');
    await shot.act(tab);
    await tab.waitForSelector('#evidence .sentence');
    const path = join(DOCS, shot.file);
    await tab.screenshot({ path, animations: 'disabled', caret: 'hide' });
    process.stdout.write(`${path}: ${Math.round(statSync(path).size / 1024)} KB\n`);
    await context.close();
  }
} finally {
  await browser.close();
  rmSync(tmp, { recursive: true, force: true });
}
