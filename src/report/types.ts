import type { Report, Verdict } from '../schema.js';
import type { SeverityMap } from './severity.js';

export type FailOn = Verdict | 'never';

/** The levels `--fail-on` and the config's `failOn` accept. */
export const FAIL_ON_LEVELS = ['contradicted', 'disputed', 'unverified', 'never'] as const;

/** The output formats, for `--format` and the config's `format`. */
export const FORMATS = ['stylish', 'table', 'json', 'jsonl', 'sarif', 'github', 'junit', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** What a formatter may know beyond the report itself. Formatters are pure: (report, options) => text. */
export interface FormatOptions {
  /** Use ANSI colour (table format only). */
  color: boolean;
  /** Directory that file paths in SARIF and GitHub output are made relative to. */
  cwd: string;
  /** The lowest verdict that counts as a failure (for the exit code and JUnit failures). */
  failOn: FailOn;
  /** How each verdict is shown; `off` leaves it out. Defaults to DEFAULT_SEVERITY. */
  severity?: SeverityMap;
  /** List supported claims too (stylish format). */
  verbose?: boolean;
  /** Counts from the run that the report itself does not hold. */
  run?: RunCounts;
  /** Directory that paths in GitHub annotations and SARIF are relative to (GITHUB_WORKSPACE); defaults to cwd. */
  root?: string;
  /** Print pairing scores and reasons. */
  explain: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;

/** What a run read and left out, for summary lines. */
export interface RunCounts {
  /** Files read, empty ones included. */
  files: number;
  /** Claims that directives and the baseline kept out of the report. */
  suppressed: number;
}
