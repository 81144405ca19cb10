// A facts file's statements as claims, with positions in the facts file. Each statement is read on
// its own, so statements never run into each other.
import path from 'node:path';
import type { Claim } from '../schema.js';
import { extractText } from '../api.js';
import { factsDocumentText, loadFacts } from '../ci/facts.js';
import type { Tolerance } from '../normalize/interval.js';

export function factClaims(file: string, cwd: string, tolerance: Tolerance): Claim[] {
  const facts = loadFacts(file, cwd);
  const doc = factsDocumentText(facts);
  const shown = path.isAbsolute(file) ? file : path.relative(cwd, path.resolve(cwd, file)) || file;
  return facts.entries.flatMap((entry, i) =>
    extractText(entry.statement, shown, { markdown: false, tolerance }).map((c) => {
      const from = doc.positionOf(i + 1, c.column);
      const to = doc.positionOf(i + 1, c.endColumn);
      return { ...c, id: `${shown}:${from.line}:${from.column}`, file: shown, line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }),
  );
}
