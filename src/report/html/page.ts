// The HTML page: one self-contained file. The report is embedded once, as JSON in a data block, and
// the page's script renders everything from it. Document text only ever reaches the page as JSON
// string values, and the script inserts it as text.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Report } from '../../schema.js';
import type { HtmlContext } from './context.js';
import { pageAssets } from './assets.js';
import { pageView } from './view.js';

/**
 * JSON that is safe inside a script element: no `<` (so no `</script>` or `<!--`), no `#` (so no CI
 * runner command `##[`), and no DEL, C1 control, U+2028 or
 * U+2029, which older JavaScript parsers read as line breaks. Every replacement is a JSON escape, so
 * the text parses back to the same value.
 */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&#\u007f-\u009f\u2028\u2029]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const hash = (text: string): string => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Text for an HTML attribute or element, for the few strings the page's frame itself holds. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'#]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * Reports whose JSON is larger than this are embedded gzip-compressed, in base64, and inflated by the
 * browser's own DecompressionStream: a 20,000-claim report is some 20 MB of JSON, 3 MB so.
 */
export const COMPRESS_ABOVE = 2_000_000;

/**
 * The report's JSON with each claim on a line of its own (whitespace only: the same JSON value), so
 * the page can parse a large report a claim at a time and stay responsive while it does.
 */
export function reportJson(report: Report): string {
  const frame = scriptSafeJson({ ...report, claims: [] });
  const at = frame.indexOf('"claims":[]') + '"claims":['.length;
  if (report.claims.length === 0) return frame;
  return `${frame.slice(0, at)}\n${report.claims.map((c) => scriptSafeJson(c)).join(',\n')}\n${frame.slice(at)}`;
}

/** Characters of base64 in each part of a compressed block: a multiple of 4, so each part decodes alone. */
export const PART = 1 << 18;

/** A data block: the JSON as it is, escaped for a script element, or compressed when large. */
export function dataBlock(id: string, value: unknown, json = scriptSafeJson(value)): string {
  if (json.length <= COMPRESS_ABOVE) return `<script type="application/json" id="${id}">${json}</script>`;
  // All ASCII, so the browser decodes the inflated bytes on its fast path.
  const ascii = json.replace(/[\u0080-\uffff]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const packed = gzipSync(Buffer.from(ascii, 'latin1'), { level: 6 }).toString('base64');
  // In parts: the browser's parser reads each as one piece, and a page split so can paint between them.
  const parts: string[] = [];
  for (let at = 0; at < packed.length; at += PART) parts.push(packed.slice(at, at + PART));
  const first = `<script type="application/json" id="${id}" data-encoding="gzip+base64">${parts[0]}</script>`;
  return [first, ...parts.slice(1).map((part) => `<script type="application/json" data-part-of="${id}">${part}</script>`)].join('\n');
}

/** The page for a report. Pure: the same report and context give the same bytes. */
export function renderPage(report: Report, context: HtmlContext): string {
  const { script, style } = pageAssets();
  const csp = `default-src 'none'; script-src ${hash(script)}; style-src ${hash(style)}; img-src data:; base-uri 'none'; form-action 'none'`;
  const title = `claimcheck ${report.command} report`;
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="color-scheme" content="light dark">',
    `<meta name="generator" content="${escapeHtml(`${report.tool.name} ${report.tool.version}`)}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<style>${style}</style>`,
    '</head>',
    '<body>',
    '<noscript><p>This report is drawn by its script; the data is in the page source as JSON.</p></noscript>',
    // The view and the script come first: the first screen is drawn while the report is still read.
    dataBlock('claimcheck-view', pageView(report, context)),
    `<script>${script}</script>`,
    dataBlock('claimcheck-report', report, reportJson(report)),
    dataBlock('claimcheck-context', context),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
