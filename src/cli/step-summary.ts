// Appends the job summary to the file GitHub Actions names in $GITHUB_STEP_SUMMARY.
import fs from 'node:fs';
import type { Report } from '../schema.js';
import type { FormatOptions } from '../report/types.js';
import { formatStepSummary, githubLineLink } from '../report/step-summary.js';
import type { CliIO } from './run.js';

export function writeStepSummary(file: string, report: Report, options: FormatOptions, io: CliIO): void {
  try {
    fs.appendFileSync(file, formatStepSummary(report, options, githubLineLink(io.env)));
  } catch (e) {
    io.stderr(`claimcheck: warning: cannot write the job summary to ${file} (${(e as NodeJS.ErrnoException).code ?? 'error'})\n`);
  }
}
