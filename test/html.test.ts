// The HTML page as text: the embedded data, its escaping, the security policy, and what is read beside it.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { scriptSafeJson, renderPage, dataBlock, reportJson, COMPRESS_ABOVE, PART } from '../src/report/html/page.js';
import { pageView } from '../src/report/html/view.js';
import { readContext } from '../src/report/html/context.js';
import { pageAssets } from '../src/report/html/assets.js';
import { check } from '../src/api.js';
import type { Report } from '../src/schema.js';
import { runCli } from './helpers/run-cli.js';

const ROOT = path.resolve(import.meta.dirname, '..');
const DRAFT = 'fixtures/deepseek/drafts/draft-with-errors.md';
const SOURCES = 'fixtures/deepseek/sources';
/** A report written by hand: an unverified figure with the nearest candidate the check would name. */
const NEAREST = 'test/html-fixtures/nearest/report.json';

const blockText = (page: string, id: string): string => {
  const open = `<script type="application/json" id="${id}">`;
  const start = page.indexOf(open) + open.length;
  return page.slice(start, page.indexOf('</script>', start));
};

describe('scriptSafeJson', () => {
  it.each([
    ['</script><script>alert(1)</script>', '\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e'],
    ['<!-- a', '\\u003c!-- a'],
    ['a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['Q&A', 'Q\\u0026A'],
    ['plain 5.6', 'plain 5.6'],
  ])('writes %j as %j, and reads back the same', (input, escaped) => {
    const json = scriptSafeJson({ text: input });
    expect(json).toBe(`{"text":"${escaped}"}`);
    expect(JSON.parse(json)).toEqual({ text: input });
  });
});

describe('dataBlock', () => {
  it('embeds JSON as it is up to the limit, and gzip in base64 above it', () => {
    const small = { text: '</script>' };
    expect(dataBlock('d', small)).toBe('<script type="application/json" id="d">{"text":"\\u003c/script\\u003e"}</script>');
    // Digits of a simple sequence: text that compresses to several parts.
    let seed = 1;
    const digits = Array.from({ length: COMPRESS_ABOVE / 8 }, () => (seed = (seed * 48271) % 2147483647)).join(' ');
    const big = { text: `<${digits}` };
    const block = dataBlock('d', big);
    const m = /^<script type="application\/json" id="d" data-encoding="gzip\+base64">([A-Za-z0-9+/=]+)<\/script>((?:\n<script type="application\/json" data-part-of="d">[A-Za-z0-9+/=]+<\/script>)*)$/.exec(block);
    expect(m).not.toBeNull();
    const parts = [m![1]!, ...[...m![2]!.matchAll(/>([A-Za-z0-9+/=]+)</g)].map((p) => p[1]!)];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.length).toBe(Math.ceil(parts.join('').length / PART));
    expect(parts.slice(0, -1).every((p) => p.length === PART)).toBe(true);
    const json = gunzipSync(Buffer.from(parts.join(''), 'base64')).toString('utf8');
    expect(json).toBe(scriptSafeJson(big));
    expect(JSON.parse(json)).toEqual(big);
  }, 20_000);
});

describe('reportJson', () => {
  it('writes each claim on a line of its own, the frame on the first and last lines', () => {
    const report = check([path.join(ROOT, DRAFT)], { sources: [path.join(ROOT, SOURCES)], explain: true });
    const json = reportJson(report);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
    const lines = json.split('\n');
    expect(lines.length).toBe(report.claims.length + 2);
    expect(lines[0]).toBe('{"version":1,"tool":{"name":"claimcheck","version":"0.1.0"},"command":"check","claims":[');
    expect(lines.slice(1, -1).map((l, i) => JSON.parse(l.replace(/,$/, '')).id)).toEqual(report.claims.map((c) => c.id));
    expect(lines.at(-1)!.startsWith('],"summary":')).toBe(true);
  });

  it('is all ASCII inside a compressed block', () => {
    const big = { text: `\u00e9\u20ac\u{1F600} ${'x'.repeat(COMPRESS_ABOVE)}` };
    const packed = [...dataBlock('d', big).matchAll(/">([^<]*)</g)].map((p) => p[1]!).join('');
    const json = gunzipSync(Buffer.from(packed, 'base64')).toString('latin1');
    expect(json.startsWith('{"text":"\\u00e9\\u20ac\\ud83d\\ude00 x')).toBe(true);
    expect(/[^\x20-\x7e]/.test(json)).toBe(false);
    expect(JSON.parse(json)).toEqual(big);
  }, 20_000);
});

describe('pageView', () => {
  it('counts figures by verdict and lays out the story matrix of a corpus, disagreeing rows first', async () => {
    const report = JSON.parse((await runCli(['check', 'test/html-fixtures/outlets', '--format', 'json'], { cwd: ROOT })).stdout) as Report;
    const view = pageView(report, readContext(report, ROOT));
    expect(view.first).toBe('matrix');
    expect(view.files).toBe(3);
    expect(view.matrix.dense).toBe(true);
    expect(view.matrix.columns.map((f) => path.basename(f))).toEqual(['bay-bulletin.md', 'coast-courier.txt', 'harbour-herald.txt']);
    const shown = view.matrix.rows.map((r) => [r.disagree, r.cells.map(([col, ns]) => [col, ns.map(([n, m]) => `${view.figures[n]![0]}${m ? ' \u2260' : ''}`)])]);
    expect(shown).toEqual([
      [true, [[0, ['5.1 million passengers \u2260']], [1, ['4.2 million passengers']], [2, ['4.2 million passengers']]]],
      [true, [[0, ['6 per cent']], [1, ['9 per cent \u2260']], [2, ['6 per cent']]]],
      [false, [[1, ['$38 million']], [2, ['$38 million']]]],
      [false, [[1, ['two new vessels']], [2, ['two new vessels']]]],
    ]);
  });

  it('opens a draft checked against sources on the document', () => {
    const report = check([path.join(ROOT, DRAFT)], { sources: [path.join(ROOT, SOURCES)], explain: true });
    const view = pageView(report, readContext(report, ROOT));
    expect(view.first).toBe('document');
    expect(view.counts).toEqual({ supported: 7, contradicted: 4, unverified: 1 });
  });
});

describe('renderPage', () => {
  const hostile: Report = {
    version: 1,
    tool: { name: 'claimcheck', version: '0.0.0' },
    command: 'extract',
    errors: [],
    claims: [],
  };
  const withText = (text: string): Report => ({ ...hostile, errors: [{ file: text, severity: 'warning', message: text }] });

  it('embeds the report once, as JSON that parses back to the report', () => {
    const report = withText('</script><img src=x onerror=alert(1)> <!-- \u2028');
    const page = renderPage(report, { documents: {}, sources: [] });
    expect(page.split('id="claimcheck-report"').length).toBe(2);
    expect(JSON.parse(blockText(page, 'claimcheck-report'))).toEqual(report);
    // Four script elements close: the three data blocks and the page's script.
    expect(page.split('</script>').length - 1).toBe(4);
    expect(page).not.toContain('<img');
    expect(page).not.toContain('\u2028');
  });

  it('allows only its own script and style, by hash, and nothing from the network', () => {
    const page = renderPage(hostile, { documents: {}, sources: [] });
    const { script, style } = pageAssets();
    const sha = (t: string) => createHash('sha256').update(t).digest('base64');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1].replace(/&#39;/g, "'");
    expect(csp).toBe(`default-src 'none'; script-src 'sha256-${sha(script)}'; style-src 'sha256-${sha(style)}'; img-src data:; base-uri 'none'; form-action 'none'`);
    expect(page).toContain(`<script>${script}</script>`);
    expect(page).toContain(`<style>${style}</style>`);
    expect(page).not.toMatch(/(src|href)="?(https?:)?\/\//);
  });

  it('is the same page for the same report', () => {
    const report = check([path.join(ROOT, DRAFT)], { sources: [path.join(ROOT, SOURCES)], explain: true });
    const context = readContext(report, ROOT);
    expect(renderPage(report, context)).toBe(renderPage(report, readContext(report, ROOT)));
  });
});

describe('readContext', () => {
  it('reads the draft as written and the source sentences the evidence points to', async () => {
    const report = JSON.parse((await runCli(['check', DRAFT, '--sources', SOURCES, '--format', 'json', '--explain'], { cwd: ROOT })).stdout) as Report;
    const context = readContext(report, ROOT);
    const text = context.documents[DRAFT]!;
    for (const c of report.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(Object.keys(context.documents)).toEqual([DRAFT]);
    const wanted = new Set(report.claims.flatMap((c) => [...c.supports!, ...c.disagrees!]).map((e) => `${e.file}:${e.line}:${e.column}`));
    expect(new Set(context.sources.map((c) => `${c.file}:${c.line}:${c.column}`))).toEqual(wanted);
    const oneLine = context.sources.find((c) => c.file === `${SOURCES}/one-line.txt` && c.column === 295)!;
    expect(oneLine.text).toBe('671 billion parameters');
    expect(oneLine.sentence).toBe('R1 is built on DeepSeek-V3, a base model with 671 billion parameters.');
  });

  it("reads the sentence of an unverified figure's nearest candidate", () => {
    const report = JSON.parse(fs.readFileSync(path.join(ROOT, NEAREST), 'utf8')) as Report;
    const context = readContext(report, ROOT);
    expect(context.sources.map((c) => [c.text, c.sentence])).toEqual([
      ['2,400 tonnes', "The growers' almanac lists the cooperative's apple shipments at 2,400 tonnes for the autumn."],
      ['650 crates', 'Its newest cold store was built to hold 650 crates of pears.'],
    ]);
  });

  it('reads nothing for a corpus checked against itself', async () => {
    const report = JSON.parse((await runCli(['check', SOURCES, '--format', 'json'], { cwd: ROOT })).stdout) as Report;
    expect(readContext(report, ROOT)).toEqual({ documents: {}, sources: [] });
  });
});

describe('--format html', () => {
  it('writes one page to the output file', async () => {
    const out = path.join(import.meta.dirname, '..', 'node_modules', '.cache', 'html-test', 'report.html');
    await import('node:fs').then((fs) => fs.mkdirSync(path.dirname(out), { recursive: true }));
    const r = await runCli(['check', DRAFT, '--sources', SOURCES, '--format', 'html', '--output-file', out, '--fail-on', 'never'], { cwd: ROOT });
    expect(r.code).toBe(0);
    const page = (await import('node:fs')).readFileSync(out, 'utf8');
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true);
    expect(JSON.parse(blockText(page, 'claimcheck-report')).summary).toEqual({ claims: 12, supported: 7, contradicted: 4, disputed: 0, unverified: 1 });
  });
});
