// `claimcheck extract`: claims of every file, streamed for json and jsonl.
import type { Claim, FileError } from '../schema.js';
import { extractClaims, TOOL } from '../api.js';
import { jsonChunks, jsonlChunks } from '../report/json.js';
import { extractTableChunks } from '../report/table.js';
import { openSink, useColor, writeReport } from './output.js';
import { resolveSettings } from './settings.js';
import { assertOutputNotInput } from './output-path.js';
import { printable } from '../report/printable.js';
import type { CliIO } from './run.js';

export async function runExtract(paths: string[], opts: Record<string, unknown>, io: CliIO): Promise<number> {
  const settings = await resolveSettings(paths, opts, io);
  assertOutputNotInput(settings);
  const sink = openSink(settings.outputFile, io);
  const errors: FileError[] = [];
  const claims = extractClaims(settings.paths, settings.read, errors);
  const tail = () => ({ errors });
  try {
    if (settings.format === 'json') for (const chunk of jsonChunks({ version: 1, tool: TOOL, command: 'extract' }, claims, tail)) sink.write(chunk);
    else if (settings.format === 'jsonl') for (const chunk of jsonlChunks(claims, tail)) sink.write(chunk);
    else if (settings.format === 'table') {
      for (const chunk of extractTableChunks(claims, { color: useColor(sink, opts['color'], io.env), cwd: io.cwd, failOn: settings.failOn, explain: false })) sink.write(chunk);
    }
    else {
      const all: Claim[] = [...claims];
      const color = useColor(sink, opts['color'], io.env);
      writeReport({ version: 1, tool: TOOL, command: 'extract', claims: all, errors }, settings.format, { color, cwd: io.cwd, failOn: settings.failOn, explain: false }, sink);
    }
  } catch (e) {
    sink.abort();
    throw e;
  }
  sink.close();
  for (const e of errors) io.stderr(`claimcheck: ${e.severity}: ${printable(e.file)}: ${printable(e.message)}\n`);
  return 0;
}
