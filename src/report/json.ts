// JSON and JSON Lines. Both stream: a report with a million claims is written piece by piece.
import type { Claim, FileError, Report, Summary } from '../schema.js';
import { jsonSafe } from './printable.js';
import { claimJson } from './claim-json.js';

export interface ReportHead {
  version: 1;
  tool: Report['tool'];
  command: Report['command'];
}

/**
 * A claim already written as JSON text, escaped as `jsonSafe` does (as a cache keeps it); as bytes,
 * UTF-8, it may hold several claims, each after the first following ",\n".
 */
export type ClaimJson = string | Uint8Array;

/** One JSON document: head fields, then claims, then summary and errors. */
export function* jsonChunks<T extends ClaimJson = string>(head: ReportHead, claims: Iterable<Claim | T>, tail: () => { summary?: Summary; errors: FileError[] }): Generator<string | T> {
  yield `{"version":${head.version},"tool":${JSON.stringify(head.tool)},"command":${JSON.stringify(head.command)},"claims":[`;
  let first = true;
  const failure = yield* guarded(claims, function* (c) {
    yield first ? '\n' : ',\n';
    yield typeof c === 'string' || c instanceof Uint8Array ? (c as T) : claimJson(c);
    first = false;
  });
  const { summary, errors } = tail();
  const all = failure ? [...errors, failure.error] : errors;
  yield `${first ? '' : '\n'}],${summary && !failure ? `"summary":${JSON.stringify(summary)},` : ''}"errors":${jsonSafe(JSON.stringify(all))}}\n`;
  if (failure) throw failure.cause;
}

/**
 * Writes each claim; a failure part-way (a file that cannot be read) ends the claims rather than the
 * output, so the document is still closed, with the failure as its last error. It is thrown again
 * once the document is complete, and the run still fails.
 */
function* guarded<C, Y = string>(claims: Iterable<C>, each: (c: C) => Generator<Y>): Generator<Y, { error: FileError; cause: unknown } | undefined> {
  try {
    for (const c of claims) yield* each(c);
  } catch (cause) {
    const e = cause as { file?: unknown; reason?: unknown; message?: unknown };
    const file = typeof e.file === 'string' ? e.file : '';
    const message = typeof e.reason === 'string' ? e.reason : String(e.message ?? cause);
    return { error: { file, severity: 'error', message }, cause };
  }
  return undefined;
}

/** One claim per line; then a summary line (for `check`) and a line per file error. */
export function* jsonlChunks(claims: Iterable<Claim | string>, tail: () => { summary?: Summary; errors: FileError[] }): Generator<string> {
  // Three pieces rather than one joined string: the claim's JSON is not copied again to join them.
  const failure = yield* guarded(claims, function* (c) {
    yield '{"type":"claim",';
    yield (typeof c === 'string' ? c : claimJson(c)).slice(1);
    yield '\n';
  });
  const { summary, errors } = tail();
  for (const e of failure ? [...errors, failure.error] : errors) yield `${jsonSafe(JSON.stringify({ type: 'error', ...e }))}\n`;
  if (failure) throw failure.cause;
  if (summary) yield `${JSON.stringify({ type: 'summary', ...summary })}\n`;
}

export function formatJson(report: Report): string {
  return [...jsonChunks(report, report.claims, () => ({ ...(report.summary ? { summary: report.summary } : {}), errors: report.errors }))].join('');
}

export function formatJsonl(report: Report): string {
  return [...jsonlChunks(report.claims, () => ({ ...(report.summary ? { summary: report.summary } : {}), errors: report.errors }))].join('');
}
