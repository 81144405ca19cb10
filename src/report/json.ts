// JSON and JSON Lines. Both stream: a report with a million claims is written piece by piece.
import type { Claim, Evidence, FileError, Report, Summary } from '../schema.js';

/**
 * A source claim is evidence for many claims, often as one shared object: its JSON is written once
 * and reused.
 */
const evidenceJson = new WeakMap<Evidence, string>();

function evidenceText(e: Evidence): string {
  let json = evidenceJson.get(e);
  if (json === undefined) evidenceJson.set(e, (json = JSON.stringify(e)));
  return json;
}

/** The same text as JSON.stringify(claim), with evidence serialised through the cache. */
export function claimJson(c: Claim): string {
  if (c.verdict === undefined || !c.supports || !c.disagrees || c.supportCount === undefined || c.disagreeCount === undefined) return JSON.stringify(c);
  const { verdict, supports, disagrees, supportCount, disagreeCount, ...head } = c;
  const keys = Object.keys(c);
  // The checked fields must be the last five, as the check stage writes them; otherwise keep the plain path.
  if (keys.length !== Object.keys(head).length + 5 || keys[keys.length - 5] !== 'verdict' || keys[keys.length - 1] !== 'disagreeCount') return JSON.stringify(c);
  return `${JSON.stringify(head).slice(0, -1)},"verdict":${JSON.stringify(verdict)},"supports":[${supports.map(evidenceText).join(',')}],` +
    `"disagrees":[${disagrees.map(evidenceText).join(',')}],"supportCount":${supportCount},"disagreeCount":${disagreeCount}}`;
}

export interface ReportHead {
  version: 1;
  tool: Report['tool'];
  command: Report['command'];
}

/** One JSON document: head fields, then claims, then summary and errors. */
export function* jsonChunks(head: ReportHead, claims: Iterable<Claim>, tail: () => { summary?: Summary; errors: FileError[] }): Generator<string> {
  yield `{"version":${head.version},"tool":${JSON.stringify(head.tool)},"command":${JSON.stringify(head.command)},"claims":[`;
  let first = true;
  for (const c of claims) {
    yield (first ? '\n' : ',\n') + claimJson(c);
    first = false;
  }
  const { summary, errors } = tail();
  yield `${first ? '' : '\n'}],${summary ? `"summary":${JSON.stringify(summary)},` : ''}"errors":${JSON.stringify(errors)}}\n`;
}

/** One claim per line; then a summary line (for `check`) and a line per file error. */
export function* jsonlChunks(claims: Iterable<Claim>, tail: () => { summary?: Summary; errors: FileError[] }): Generator<string> {
  for (const c of claims) yield `{"type":"claim",${claimJson(c).slice(1)}\n`;
  const { summary, errors } = tail();
  for (const e of errors) yield `${JSON.stringify({ type: 'error', ...e })}\n`;
  if (summary) yield `${JSON.stringify({ type: 'summary', ...summary })}\n`;
}

export function formatJson(report: Report): string {
  return [...jsonChunks(report, report.claims, () => ({ ...(report.summary ? { summary: report.summary } : {}), errors: report.errors }))].join('');
}

export function formatJsonl(report: Report): string {
  return [...jsonlChunks(report.claims, () => ({ ...(report.summary ? { summary: report.summary } : {}), errors: report.errors }))].join('');
}
