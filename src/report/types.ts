import type { Report, Verdict } from '../schema.js';

export type FailOn = Verdict | 'never';

/** The levels `--fail-on` and the config's `failOn` accept. */
export const FAIL_ON_LEVELS = ['contradicted', 'disputed', 'unverified', 'never'] as const;

/** The output formats, for `--format` and the config's `format`. */
export const FORMATS = ['table', 'json', 'jsonl', 'sarif', 'github', 'junit', 'markdown', 'html'] as const;
export type Format = (typeof FORMATS)[number];

/** What a formatter may know beyond the report itself. Formatters are pure: (report, options) => text. */
export interface FormatOptions {
  /** Use ANSI colour (table format only). */
  color: boolean;
  /** Directory that file paths in SARIF and GitHub output are made relative to. */
  cwd: string;
  /** The lowest verdict that counts as a failure; also the lowest reported as a finding. */
  failOn: FailOn;
  /** Print pairing scores and reasons. */
  explain: boolean;
}

export type Formatter = (report: Report, options: FormatOptions) => string;
