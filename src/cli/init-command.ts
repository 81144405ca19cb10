// `claimcheck init`: a starter config, every option commented, and an ignore file.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { CliIO } from './run.js';

export const STARTER_CONFIG = `# claimcheck settings. Paths and globs are relative to this file.
# Editors that read JSON Schemas can check this file against claimcheck/schema/config.schema.json.

# Files that \`claimcheck check\` reads when no paths are given.
include:
  - "docs/**/*.md"

# Sources that the files are checked against. Without any, every file is checked against the others.
# sources:
#   - sources/

# The lowest verdict that fails the run: contradicted, disputed, unverified or never.
failOn: contradicted

# How each verdict is shown in every format: error, warning, note or off.
severity:
  contradicted: error
  disputed: warning
  unverified: note

# Statements that outrank every source (YAML or Markdown).
# facts: facts.yaml

# Known findings that do not fail the run (write one with --update-baseline).
# baseline: claimcheck-baseline.json

# Keep extraction results in .claimcheckcache, so unchanged files are not read again.
# cache: true
`;

export const STARTER_IGNORE = `# Files claimcheck leaves out, in .gitignore syntax.
node_modules/
CHANGELOG.md
`;

export function runInit(opts: Record<string, unknown>, io: CliIO): number {
  const files: Array<[string, string]> = [
    ['.claimcheckrc.yaml', STARTER_CONFIG],
    ['.claimcheckignore', STARTER_IGNORE],
  ];
  if (!opts['force']) {
    const existing = files.filter(([name]) => fs.existsSync(path.join(io.cwd, name))).map(([name]) => name);
    if (existing.length) throw new UsageError(`${existing.join(' and ')} already exist${existing.length === 1 ? 's' : ''} (use --force to overwrite)`);
  }
  for (const [name, text] of files) {
    fs.writeFileSync(path.join(io.cwd, name), text);
    io.stderr(`claimcheck: wrote ${name}\n`);
  }
  return 0;
}
