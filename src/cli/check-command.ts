// `claimcheck check`: verdicts for every claim, exit 1 when one reaches --fail-on.
import { check } from '../api.js';
import { reachesLevel } from '../report/verdict-rank.js';
import { openSink, useColor, writeReport } from './output.js';
import { resolveSettings } from './settings.js';
import type { CliIO } from './run.js';

export async function runCheck(paths: string[], opts: Record<string, unknown>, io: CliIO): Promise<number> {
  const settings = resolveSettings('check', paths, opts, io);
  const report = check(settings.paths, { ...settings.read, ...(settings.sources ? { sources: settings.sources } : {}), maxEvidence: settings.maxEvidence });
  const sink = openSink(settings.outputFile, io);
  try {
    const color = useColor(sink, opts['color'], io.env);
    writeReport(report, settings.format, { color, cwd: io.cwd, failOn: settings.failOn, explain: settings.explain }, sink);
  } finally {
    sink.close();
  }
  for (const e of report.errors) io.stderr(`claimcheck: ${e.severity}: ${e.file}: ${e.message}\n`);
  return report.claims.some((c) => reachesLevel(c.verdict, settings.failOn)) ? 1 : 0;
}
