// `claimcheck extract`: claims of every file, streamed for json, jsonl and the table.
import type { Claim, FileError } from '../schema.js';
import { expandPaths, type InputFile } from '../read/inputs.js';
import { VERSION } from '../version.js';
import { jsonChunks, jsonlChunks, type ClaimJson } from '../report/json.js';
import type { FormatOptions } from '../report/types.js';
import { formatterOf, useColor, withSink, writeReport } from './output.js';
import { resolveSettings } from './settings.js';
import { assertOutputNotInput } from './output-path.js';
import { printable } from '../report/printable.js';
import type { CliIO } from './run.js';

const TOOL = { name: 'claimcheck' as const, version: VERSION };

export async function runExtract(paths: string[], opts: Record<string, unknown>, io: CliIO): Promise<number> {
  const settings = await resolveSettings(paths, opts, io);
  for (const output of settings.outputs) assertOutputNotInput(settings, output.file);
  const errors: FileError[] = [];
  const run = { files: 0, suppressed: 0 };
  const read = { ...settings.read, warn: (w: FileError) => errors.push(w), onDocument: () => run.files++, onSuppressed: (n: number) => (run.suppressed += n) };
  const options = (color: boolean): FormatOptions => ({ color, cwd: io.cwd, failOn: settings.failOn, explain: false, severity: settings.severity, root: settings.root, run });
  const inputs = expandPaths(settings.paths, read);
  const cacheModule = settings.cache ? await import('./cache.js') : null;
  const cache = cacheModule ? cacheModule.openCache(io.cwd, settings.extraction, settings.cacheLocation) : null;
  if (cache?.problem) io.stderr(cacheModule!.cacheWarning(cache, io.cwd, cache.problem));
  const [main, ...others] = settings.outputs;
  const streams = others.length === 0 && ['json', 'jsonl', 'table', 'stylish'].includes(main!.format);
  // The extractor loads only when a file is not in the cache.
  const api = cache && inputs.every((input) => cache.has(input)) ? null : await import('../api.js');
  const store = cache ? { ...read, store: cache } : read;
  /** Each input's claims: those of unchanged files from the cache, as `kept` gives them; the others extracted. */
  const each = function* <T>(kept: (input: InputFile) => Iterable<T>): Generator<T | Claim> {
    if (!cache) return yield* api!.claimsOf(inputs, read, errors);
    for (const input of inputs) {
      if (!cache.has(input)) {
        yield* api!.claimsOf([input], store, errors);
        continue;
      }
      const extras = cache.extrasOf(input);
      run.files++;
      run.suppressed += extras.suppressed;
      errors.push(...extras.errors);
      yield* kept(input);
    }
  };
  const claims = each((input) => cache!.get(input)!.claims);
  const tail = () => ({ errors });
  if (streams) {
    const table = main!.format === 'table' || main!.format === 'stylish' ? await import('../report/table.js') : null;
    withSink(main!.file, io, (sink) => {
      if (main!.format === 'json') for (const chunk of jsonChunks({ version: 1, tool: TOOL, command: 'extract' }, cache ? joined(each((input) => [cache.textFor(input)])) : claims, tail)) sink.write(chunk);
      else if (main!.format === 'jsonl') for (const chunk of jsonlChunks(each((input) => cache!.textFor(input).toString('utf8').split(',\n').slice(1)), tail)) sink.write(chunk);
      else for (const chunk of table!.extractTableChunks(claims, options(useColor(sink, opts['color'], io.env)))) sink.write(chunk);
    });
  } else {
    const all: Claim[] = [...claims];
    for (const output of settings.outputs) {
      const formatter = await formatterOf(output.format);
      withSink(output.file, io, (sink) => {
        writeReport({ version: 1, tool: TOOL, command: 'extract', claims: all, errors }, formatter, options(useColor(sink, opts['color'], io.env)), sink);
      });
    }
  }
  const unsaved = cache?.save();
  if (unsaved) io.stderr(cacheModule!.cacheWarning(cache!, io.cwd, unsaved));
  for (const e of errors) io.stderr(`claimcheck: ${e.severity}: ${printable(e.file)}: ${printable(e.message)}\n`);
  return 0;
}

/**
 * Kept claims' text (",\n" before each claim) as JSON report items: the text of consecutive files
 * that lie one after another in the cache file is one piece, without its first ",\n".
 */
function* joined(items: Iterable<Buffer | Claim>): Generator<Uint8Array | Claim> {
  let piece: Buffer | null = null;
  let end = 0;
  const whole = () => piece!.subarray(2, end - piece!.byteOffset);
  for (const item of items) {
    if (!Buffer.isBuffer(item)) {
      if (piece) yield whole();
      piece = null;
      yield item;
    } else if (item.length === 0) {
      continue;
    } else if (piece && piece.buffer === item.buffer && end === item.byteOffset) {
      end += item.length;
    } else {
      if (piece) yield whole();
      piece = Buffer.from(item.buffer, item.byteOffset, item.buffer.byteLength - item.byteOffset);
      end = item.byteOffset + item.length;
    }
  }
  if (piece) yield whole();
}
