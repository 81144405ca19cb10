// What an HTML report shows beside the report itself: the text of the documents whose figures were
// checked, and the sentences of the source figures the evidence points to. The report carries a
// source figure's position and wording only, so its sentence is read again from the source file.
import path from 'node:path';
import type { Claim, FileError, Report } from '../../schema.js';
import { extractClaims } from '../../api.js';

export interface HtmlContext {
  /** The decoded text of each checked document, by its name in the report. */
  documents: Record<string, string>;
  /** Source claims that evidence points to and the report does not hold. */
  sources: Claim[];
}

/** Documents larger than this in total are shown as their figures' sentences, not as whole texts. */
export const DOCUMENT_TEXT_LIMIT = 2_000_000;

export const positionKey = (file: string, line: number, column: number): string => `${file}\u0000${line}\u0000${column}`;

/** Reads what the page needs beyond the report; nothing when every evidence position is in the report. */
export function readContext(report: Report, cwd: string): HtmlContext {
  const inReport = new Set<string>();
  const reportFiles = new Set<string>();
  for (const c of report.claims) {
    inReport.add(positionKey(c.file, c.line, c.column));
    reportFiles.add(c.file);
  }
  const wanted = new Map<string, Set<string>>();
  for (const c of report.claims) {
    for (const e of [...(c.supports ?? []), ...(c.disagrees ?? []), ...(c.nearest ? [c.nearest] : [])]) {
      const key = positionKey(e.file, e.line, e.column);
      if (e.fact || inReport.has(key) || reportFiles.has(e.file)) continue;
      let keys = wanted.get(e.file);
      if (!keys) wanted.set(e.file, (keys = new Set()));
      keys.add(key);
    }
  }
  const sources: Claim[] = [];
  const errors: FileError[] = [];
  for (const [file, keys] of wanted) {
    for (const claim of extractClaims([path.resolve(cwd, file)], { directives: false }, errors)) {
      const named = { ...claim, file, id: `${file}:${claim.line}:${claim.column}` };
      if (keys.has(positionKey(file, claim.line, claim.column))) sources.push(named);
    }
  }
  // Whole texts only where the evidence comes from other files (a draft checked against sources).
  const documents: Record<string, string> = {};
  if (wanted.size > 0) {
    let total = 0;
    const checked = [...reportFiles].filter((f) => report.claims.some((c) => c.file === f && c.verdict !== undefined));
    for (const file of checked) {
      extractClaims([path.resolve(cwd, file)], { directives: false }, errors, (doc) => {
        total += doc.original.length;
        documents[file] = doc.original;
      }).next();
    }
    if (total > DOCUMENT_TEXT_LIMIT) return { documents: {}, sources };
  }
  return { documents, sources };
}
