// Where the report goes (standard output or --output-file) and in which format.
import fs from 'node:fs';
import path from 'node:path';
import type { Report } from '../schema.js';
import type { Formatter, FormatOptions } from '../report/types.js';
import { UsageError } from '../errors.js';
import { formatTable } from '../report/table.js';
import { formatJson, formatJsonl } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatGithub } from '../report/github.js';
import { formatJunit } from '../report/junit.js';
import { formatMarkdown } from '../report/markdown.js';
import type { CliIO } from './run.js';

export const FORMATS = ['table', 'json', 'jsonl', 'sarif', 'github', 'junit', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export const FORMATTERS: Record<Format, Formatter> = {
  table: formatTable,
  json: formatJson,
  jsonl: formatJsonl,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
};

export interface Sink {
  write: (chunk: string) => void;
  close: () => void;
  /** True when the report goes to a terminal. */
  terminal: boolean;
}

/** Opens the report's destination. Writes to a file go through one descriptor, chunk by chunk. */
export function openSink(outputFile: string | undefined, io: CliIO): Sink {
  if (!outputFile) return { write: io.stdout, close: () => {}, terminal: io.isTTY };
  const target = path.resolve(io.cwd, outputFile);
  let fd: number;
  try {
    fd = fs.openSync(target, 'w');
  } catch (e) {
    throw new UsageError(`${outputFile}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let buffer = '';
  return {
    write: (chunk) => {
      buffer += chunk;
      if (buffer.length > 1 << 16) {
        fs.writeSync(fd, buffer);
        buffer = '';
      }
    },
    close: () => {
      if (buffer) fs.writeSync(fd, buffer);
      fs.closeSync(fd);
    },
    terminal: false,
  };
}

/** Colour only on a terminal, never with NO_COLOR or --no-color. */
export function useColor(sink: Sink, flag: unknown, env: CliIO['env']): boolean {
  return sink.terminal && flag !== false && !('NO_COLOR' in env && env['NO_COLOR'] !== undefined) && env['TERM'] !== 'dumb';
}

export function writeReport(report: Report, format: Format, options: FormatOptions, sink: Sink): void {
  sink.write(FORMATTERS[format](report, options));
}
