// `claimcheck extract`: claims of every file, streamed for json, jsonl and the table.
import type { Claim, FileError } from '../schema.js';
import { expandPaths, type InputFile } from '../read/inputs.js';
import { VERSION } from '../version.js';
import { jsonChunks, jsonlChunks, type ClaimJson } from '../report/json.js';
import { extractTableChunks } from '../report/table.js';
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
  let claims: Iterable<Claim>;
  let texts: Iterable<ClaimJson> | undefined;
  if (cache?.covers(inputs)) {
    // Every file is unchanged: the claims come from the cache, and the extractor is never loaded. A
    // JSON report is written from the kept text.
    const kept = function* <T>(each: (input: InputFile) => Iterable<T>): Generator<T> {
      for (const input of inputs) {
        const extras = cache.extrasOf(input);
        run.files++;
        run.suppressed += extras.suppressed;
        errors.push(...extras.errors);
        yield* each(input);
      }
    };
    claims = kept((input) => cache.get(input)!.claims);
    if (streams && (main!.format === 'json' || main!.format === 'jsonl')) texts = kept((input) => cache.jsonOf(input));
  } else {
    const { claimsOf } = await import('../api.js');
    claims = claimsOf(inputs, cache ? { ...read, store: cache } : read, errors);
  }
  const tail = () => ({ errors });
  if (streams) {
    withSink(main!.file, io, (sink) => {
      if (main!.format === 'json') for (const chunk of jsonChunks({ version: 1, tool: TOOL, command: 'extract' }, texts ?? claims, tail)) sink.write(chunk);
      else if (main!.format === 'jsonl') for (const chunk of jsonlChunks(texts ?? claims, tail)) sink.write(chunk);
      else for (const chunk of extractTableChunks(claims, options(useColor(sink, opts['color'], io.env)))) sink.write(chunk);
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
