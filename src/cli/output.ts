// Where the report goes (standard output or --output-file) and in which format.
import fs from 'node:fs';
import path from 'node:path';
import type { Report } from '../schema.js';
import type { Format, FormatOptions, Formatter } from '../report/types.js';
import { UsageError } from '../errors.js';
import type { CliIO } from './run.js';
import { openAtomic } from './atomic-file.js';

export { FORMATS, type Format } from '../report/types.js';

export interface Sink {
  /** Text, or bytes of UTF-8 holding whole characters. */
  write: (chunk: string | Uint8Array) => void;
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
function buffered(write: (bytes: Uint8Array) => void, writeText: (chunk: string) => void): { write: (chunk: string | Uint8Array) => void; flush: () => void } {
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
      if (typeof chunk !== 'string') {
        // Bytes are copied into the block, or, when they do not fit in one, written as they are.
        if (used + chunk.length > BLOCK) {
          flush();
          if (chunk.length > BLOCK) return write(chunk);
        }
        block.set(chunk, used);
        used += chunk.length;
        return;
      }
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

/**
 * Colour: never with --no-color; always with FORCE_COLOR, never with FORCE_COLOR=0 or false; never with a
 * non-empty NO_COLOR (an empty one does not count, as the no-color convention says); else only on
 * a terminal that is not "dumb".
 */
export function useColor(sink: Sink, flag: unknown, env: CliIO['env']): boolean {
  if (flag === false) return false;
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (env['NO_COLOR']) return false;
  return sink.terminal && env['TERM'] !== 'dumb';
}

/** A format's formatter. The formatters load on demand: a run whose report streams never loads them. */
export async function formatterOf(format: Format): Promise<Formatter> {
  return (await import('../report/formats.js')).FORMATTERS[format];
}

export function writeReport(report: Report, formatter: Formatter, options: FormatOptions, sink: Sink): void {
  sink.write(formatter(report, options));
}

/**
 * Runs `write` on a sink for `outputFile` and closes it; when `write` throws, the sink is aborted
 * instead, so a file output keeps its old contents.
 */
export function withSink<T>(outputFile: string | undefined, io: CliIO, write: (sink: Sink) => T): T {
  const sink = openSink(outputFile, io);
  let done = false;
  try {
    const result = write(sink);
    done = true;
    return result;
  } finally {
    if (done) sink.close();
    else sink.abort();
  }
}
