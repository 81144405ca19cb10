// GitHub Actions workflow commands: one annotation line per finding, nothing else.
import type { FileError } from '../schema.js';
import { claimMessage, relativePath, withoutOtherLineBreaks } from './escape.js';
import { DEFAULT_SEVERITY, shownFindings, type Severity } from './severity.js';
import type { FindingVerdict } from './escape.js';
import type { Formatter } from './types.js';
import { fromRoot } from './root.js';
import { printableKeepingLineBreaks } from './printable.js';

type Command = 'error' | 'warning' | 'notice';
const COMMAND: Record<Exclude<Severity, 'off'>, Command> = { error: 'error', warning: 'warning', note: 'notice' };
const TITLE: Record<FindingVerdict, string> = {
  contradicted: 'Contradicted claim',
  disputed: 'Disputed claim',
  unverified: 'Unverified claim',
};

/** A command's message, escaped as @actions/core does; other line breaks become spaces first. */
export function escapeData(text: string): string {
  return printableKeepingLineBreaks(withoutOtherLineBreaks(text)).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A command property value, escaped as @actions/core does; other line breaks become spaces first. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: Command, properties: Array<[string, string | number]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

function fileError(error: FileError, cwd: string): string {
  return command(error.severity, [['file', relativePath(error.file, cwd)], ['title', 'claimcheck']], error.message);
}

export const formatGithub: Formatter = (given, options) => {
  // Annotations name files from the repository root, wherever the run started.
  const { report, cwd } = fromRoot(given, options);
  const root = cwd;
  const severity = options.severity ?? DEFAULT_SEVERITY;
  const lines = shownFindings(report, severity).map((claim) =>
    command(
      COMMAND[severity[claim.verdict] as Exclude<Severity, 'off'>],
      [
        ['file', relativePath(claim.file, root)],
        ['line', claim.line],
        ['col', claim.column],
        ['endLine', claim.endLine],
        ['endColumn', claim.endColumn],
        ['title', TITLE[claim.verdict]],
      ],
      // Document text keeps its CR and LF here: escapeData encodes them, so the command stays on one line.
      claimMessage(claim, cwd, (text) => text),
    ),
  );
  lines.push(...report.errors.map((error) => fileError(error, root)));
  return lines.map((line) => `${line}\n`).join('');
};
