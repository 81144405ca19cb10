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

const CHECKED_FIELDS = 'verdict,supports,disagrees,supportCount,disagreeCount';

/** The same text as JSON.stringify(claim), with evidence serialised through the cache. */
function claimJson(c: Claim): string {
  // The checked fields must be the last five, in the order the check stage writes them; otherwise the plain path.
  if (c.verdict === undefined || Object.keys(c).slice(-5).join() !== CHECKED_FIELDS) return JSON.stringify(c);
  const { verdict, supports, disagrees, supportCount, disagreeCount, ...head } = c as Required<Claim>;
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
