// Paths from the repository root. GitHub annotations and SARIF name files from the root
// (GITHUB_WORKSPACE), while the report names them from the working directory: this rewrites the
// report's paths as absolute ones, so the formatters can make them relative to the root instead.
import path from 'node:path';
import type { Report } from '../schema.js';
import type { FormatOptions } from './types.js';

/** The report with absolute paths and the directory to write them from; unchanged when the root is the working directory. */
export function fromRoot(report: Report, options: FormatOptions): { report: Report; cwd: string } {
  const root = options.root ?? options.cwd;
  if (path.resolve(root) === path.resolve(options.cwd)) return { report, cwd: options.cwd };
  const abs = (file: string) => (file === '<stdin>' ? file : path.resolve(options.cwd, file));
  return {
    cwd: root,
    report: {
      ...report,
      claims: report.claims.map((c) => ({
        ...c,
        file: abs(c.file),
        ...(c.supports ? { supports: c.supports.map((e) => ({ ...e, file: abs(e.file) })) } : {}),
        ...(c.disagrees ? { disagrees: c.disagrees.map((e) => ({ ...e, file: abs(e.file) })) } : {}),
      })),
      errors: report.errors.map((e) => ({ ...e, file: abs(e.file) })),
    },
  };
}
