// JSON and JSON Lines. Both stream: a report with a million claims is written piece by piece.
import type { Claim, FileError, Report, Summary } from '../schema.js';

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
    yield first ? '\n' : ',\n';
    yield JSON.stringify(c);
    first = false;
  }
  const { summary, errors } = tail();
  yield `${first ? '' : '\n'}],${summary ? `"summary":${JSON.stringify(summary)},` : ''}"errors":${JSON.stringify(errors)}}\n`;
}

/** One claim per line; then a summary line (for `check`) and a line per file error. */
export function* jsonlChunks(claims: Iterable<Claim>, tail: () => { summary?: Summary; errors: FileError[] }): Generator<string> {
  // Three pieces rather than one joined string: the claim's JSON is not copied again to join them.
  for (const c of claims) {
    yield '{"type":"claim",';
    yield JSON.stringify(c).slice(1);
    yield '\n';
  }
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
