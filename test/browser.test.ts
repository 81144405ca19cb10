// The HTML report in a real browser (the system's headless Chromium): evidence, keyboard, the story
// matrix, and sources that try to run code. Screenshots go to test-output/html/.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { Report } from '../src/schema.js';
import { runCli } from './helpers/run-cli.js';
import { COMPRESS_ABOVE, renderPage } from '../src/report/html/page.js';
import { readContext } from '../src/report/html/context.js';
import { BROWSER_PATH, IN_CI, missingBrowser } from './helpers/browser.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'test-output', 'html');
const HERE = 'test/html-fixtures';
const missing = missingBrowser();

/** Writes the report for `args` as JSON and as a page; returns the report. */
async function writeReports(name: string, args: string[]): Promise<Report> {
  const json = await runCli(['check', ...args, '--format', 'json', '--explain', '--fail-on', 'never'], { cwd: ROOT });
  const html = await runCli(['check', ...args, '--format', 'html', '--explain', '--fail-on', 'never', '--output-file', path.join(OUT, `${name}.html`)], { cwd: ROOT });
  expect(html.code).toBe(0);
  return JSON.parse(json.stdout) as Report;
}

if (missing && IN_CI) {
  it('runs the browser tests in CI', () => {
    throw new Error(`browser tests cannot run in CI: ${missing}`);
  });
}

describe.skipIf(missing !== null)(`in headless Chromium${missing ? ` (skipped: ${missing})` : ''}`, { timeout: 60_000 }, () => {
  let browser: Browser;
  const reports: Record<string, Report> = {};

  beforeAll(async () => {
    fs.mkdirSync(OUT, { recursive: true });
    reports['draft'] = await writeReports('draft', ['fixtures/deepseek/drafts/draft-with-errors.md', '--sources', 'fixtures/deepseek/sources']);
    reports['corpus'] = await writeReports('corpus', [`${HERE}/outlets`]);
    reports['hostile'] = await writeReports('hostile', [`${HERE}/hostile/draft.md`, '--sources', `${HERE}/hostile/sources`]);
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: BROWSER_PATH });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    for (const page of browser?.contexts().flatMap((c) => c.pages()) ?? []) await page.close();
  });

  /** Opens a written page; collects dialogs, console errors and page errors. */
  async function open(name: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.goto(`file://${path.join(OUT, `${name}.html`)}`);
    await page.waitForSelector('html[data-state="ready"]', { timeout: 10_000 });
    return { page, problems };
  }

  it('lists the disagreeing sources of a contradicted figure', async () => {
    const { page, problems } = await open('draft');
    const claim = reports['draft']!.claims.find((c) => c.verdict === 'contradicted')!;
    expect(claim.text).toBe('450bn parameters');
    await page.click('.fig.v-contradicted >> nth=0');
    expect(await page.textContent('#evidence h2')).toBe('\u2717 contradicted 450bn parameters');
    const sources = await page.locator('#evidence .disagrees .loc').allTextContents();
    expect(sources).toEqual(claim.disagrees!.map((e) => `${e.file}:${e.line}:${e.column}`));
    expect(await page.locator('#evidence .disagrees mark').allTextContents()).toEqual(claim.disagrees!.map((e) => e.text));
    expect(await page.textContent('#evidence .disagrees h3')).toBe('Disagreeing sources (4)');
    expect(await page.locator('#evidence .supports').count()).toBe(0);
    await page.screenshot({ path: path.join(OUT, 'draft.png') });
    expect(problems).toEqual([]);
  });

  it('moves between problems with n and p, opens evidence with Enter, and skips filtered verdicts', async () => {
    const { page, problems } = await open('draft');
    const problemTexts = reports['draft']!.claims.filter((c) => c.verdict !== 'supported').map((c) => c.text);
    expect(problemTexts).toEqual(['450bn parameters', '4,096 Nvidia H800 chips', 'about $9 million', '300 researchers', 'three data centres']);
    const focused = () => page.evaluate(() => document.activeElement?.textContent?.slice(1));
    await page.keyboard.press('n');
    expect(await focused()).toBe(problemTexts[0]);
    await page.keyboard.press('n');
    expect(await focused()).toBe(problemTexts[1]);
    await page.keyboard.press('p');
    expect(await focused()).toBe(problemTexts[0]);
    await page.keyboard.press('p');
    expect(await focused()).toBe(problemTexts[4]);
    await page.keyboard.press('Enter');
    expect(await page.textContent('#evidence h2')).toBe('? unverified three data centres');
    expect(await page.textContent('#evidence .note')).toBe('No source figure was paired with this one, and no candidate was found near it.');
    await page.keyboard.press('Escape');
    expect(await page.isHidden('#evidence')).toBe(true);
    await page.click('.filter[data-verdict="contradicted"]');
    expect(await page.getAttribute('.filter[data-verdict="contradicted"]', 'aria-pressed')).toBe('false');
    await page.keyboard.press('n');
    expect(await focused()).toBe(problemTexts[4]);
    expect(await page.locator('.filter .count').allTextContents()).toEqual(['4', '1', '7']);
    expect(problems).toEqual([]);
  });

  it("shows an unverified figure's nearest candidate and what kept them apart", async () => {
    const report = JSON.parse(fs.readFileSync(path.join(ROOT, HERE, 'nearest', 'report.json'), 'utf8')) as Report;
    fs.writeFileSync(path.join(OUT, 'nearest.html'), renderPage(report, readContext(report, ROOT)));
    const { page, problems } = await open('nearest');
    await page.click('.fig.v-unverified');
    expect(await page.textContent('#evidence h2')).toBe('? unverified 900 pallets');
    expect(await page.textContent('#evidence .nearest .note')).toBe(
      `nearest candidate: 650 crates (${HERE}/nearest/sources/almanac.txt:3:41) \u2014 kept apart because the measures differ (pallets, crates) and the values are 28% apart`);
    expect(await page.textContent('#evidence .nearest .sentence')).toBe('Its newest cold store was built to hold 650 crates of pears.');
    expect(await page.textContent('#evidence .nearest mark')).toBe('650 crates');
    await page.click('.fig.v-supported');
    expect(await page.locator('#evidence .nearest').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows the story matrix: linked facts, disagreeing rows first, the odd cell marked', async () => {
    const { page, problems } = await open('corpus');
    expect(await page.isVisible('#view-matrix')).toBe(true);
    const columns = await page.locator('.story thead th.col').allTextContents();
    expect(columns).toEqual([`${HERE}/outlets/bay-bulletin.md`, `${HERE}/outlets/coast-courier.txt`, `${HERE}/outlets/harbour-herald.txt`]);
    const rows = await page.locator('.story tbody tr').evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => [...td.querySelectorAll('.figure')].map((f) => f.textContent).join('|'))));
    expect(rows).toEqual([
      ['5.1 million passengers', '4.2 million passengers', '4.2 million passengers'],
      ['6 per cent', '9 per cent', '6 per cent'],
      ['', '$38 million', '$38 million'],
      ['', 'two new vessels', 'two new vessels'],
    ]);
    expect(await page.locator('.story tbody tr.disagree').count()).toBe(2);
    expect(await page.locator('.story .cell.marked .figure').allTextContents()).toEqual(['5.1 million passengers', '9 per cent']);
    await page.click('.cell.marked');
    expect(await page.textContent('#evidence .sentence')).toBe('The Lakeside ferry service carried 5.1 million passengers last year, the port authority said.');
    expect(await page.textContent('#evidence .sentence mark')).toBe('5.1 million passengers');
    await page.screenshot({ path: path.join(OUT, 'matrix.png') });
    expect(problems).toEqual([]);
  });

  it('draws the matrix of a compressed report first, then reads the report a claim at a time', async () => {
    const report = reports['corpus']!;
    // Digits of a simple sequence: a message that compresses to several parts.
    let seed = 1;
    const message = Array.from({ length: COMPRESS_ABOVE / 8 }, () => (seed = (seed * 48271) % 2147483647)).join(' ');
    const large: Report = { ...report, errors: [{ file: `${HERE}/outlets/notes.bin`, severity: 'warning', message }] };
    const html = renderPage(large, readContext(large, ROOT));
    expect(html).toContain('id="claimcheck-report" data-encoding="gzip+base64"');
    expect(html.split('data-part-of="claimcheck-report"').length).toBeGreaterThan(2);
    fs.writeFileSync(path.join(OUT, 'compressed.html'), html);
    const { page, problems } = await open('compressed');
    expect(await page.locator('.story tbody tr').count()).toBe(4);
    await page.click('.cell.marked');
    expect(await page.textContent('#evidence .sentence')).toBe('The Lakeside ferry service carried 5.1 million passengers last year, the port authority said.');
    await page.waitForSelector('html[data-loaded="true"]');
    expect(await page.textContent('.bar .errors')).toBe(`1 file message(s): ${`${HERE}/outlets/notes.bin: ${message}`.slice(0, 200)}\u2026`);
    expect(problems).toEqual([]);
  });

  it('runs nothing from a hostile source and shows its text as written', async () => {
    const { page, problems } = await open('hostile');
    for (const fig of await page.locator('.fig').all()) await fig.click();
    await page.click('.tab[data-view="matrix"]');
    for (const cell of await page.locator('.cell').all()) await cell.click();
    await page.click('.tab[data-view="document"]');
    await page.click('.fig >> nth=0');
    expect(await page.locator('script').count()).toBe(4);
    expect(await page.locator('img, iframe, object, embed, a').count()).toBe(0);
    const text = await page.textContent('#view-document');
    expect(text).toContain('# Night <script>alert("draft")</script> market');
    expect(text).toContain('</script><img src=x onerror=alert(1)>');
    expect(text).toContain('[the page](javascript:alert(2))');
    expect(await page.textContent('#evidence .supports')).toContain('<script>alert(3)</script>');
    await page.screenshot({ path: path.join(OUT, 'hostile.png') });
    expect(problems).toEqual([]);
  });
});
