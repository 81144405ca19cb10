// Where the report goes (standard output or --output-file) and in which format.
import fs from 'node:fs';
import path from 'node:path';
import type { Report } from '../schema.js';
import type { Format, Formatter, FormatOptions } from '../report/types.js';
import { formatTable } from '../report/table.js';
import { formatJson, formatJsonl } from '../report/json.js';
import { formatSarif } from '../report/sarif.js';
import { formatGithub } from '../report/github.js';
import { formatJunit } from '../report/junit.js';
import { formatMarkdown } from '../report/markdown.js';
import type { CliIO } from './run.js';
import { openAtomic } from './atomic-file.js';

export { FORMATS, type Format } from '../report/types.js';

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
  /** Ends a run that failed: a file output is left as it was; standard output gets what was written. */
  abort: () => void;
  /** True when the report goes to a terminal. */
  terminal: boolean;
}

const BLOCK = 1 << 17;
const utf8 = new TextDecoder();

/**
 * Collects small chunks into blocks of bytes, so a long report is a few large writes: each chunk is
 * encoded straight into the block, with no joined string to build and encode again. A block, once
 * written, is handed over and a new one begins. A block holds whole characters only.
 */
function buffered(write: (bytes: Uint8Array) => void, writeText: (chunk: string) => void): { write: (chunk: string) => void; flush: () => void } {
  let block = Buffer.allocUnsafe(BLOCK);
  let used = 0;
  const flush = () => {
    if (!used) return;
    write(block.subarray(0, used));
    block = Buffer.allocUnsafe(BLOCK);
    used = 0;
  };
  return {
    write: (chunk) => {
      // A UTF-16 unit takes at most three bytes in UTF-8.
      if (used + chunk.length * 3 > BLOCK) {
        flush();
        if (chunk.length * 3 > BLOCK) return writeText(chunk);
      }
      used += block.write(chunk, used);
    },
    flush,
  };
}

/** Opens the report's destination. Writes to a file go through one descriptor, block by block. */
export function openSink(outputFile: string | undefined, io: CliIO): Sink {
  if (!outputFile) {
    const out = buffered(io.stdoutBytes ?? ((bytes) => io.stdout(utf8.decode(bytes))), io.stdout);
    return { write: out.write, close: out.flush, abort: out.flush, terminal: io.isTTY };
  }
  const file = openAtomic(path.resolve(io.cwd, outputFile), outputFile);
  const out = buffered((bytes) => writeAll(file.fd, bytes), (chunk) => writeAll(file.fd, Buffer.from(chunk)));
  return {
    write: out.write,
    close: () => {
      try {
        out.flush();
      } catch (e) {
        file.abort();
        throw e;
      }
      file.commit();
    },
    abort: file.abort,
    terminal: false,
  };
}

/** fs.writeSync may write less than it is given. */
function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done);
}

/** Colour only on a terminal, never with NO_COLOR or --no-color. */
export function useColor(sink: Sink, flag: unknown, env: CliIO['env']): boolean {
  return sink.terminal && flag !== false && !('NO_COLOR' in env && env['NO_COLOR'] !== undefined) && env['TERM'] !== 'dumb';
}

export function writeReport(report: Report, format: Format, options: FormatOptions, sink: Sink): void {
  sink.write(FORMATTERS[format](report, options));
}
