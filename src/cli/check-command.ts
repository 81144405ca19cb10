// `claimcheck check`: verdicts for every claim, exit 1 when one reaches --fail-on. JSON and JSON Lines
// stream claim by claim; the other formats need the whole report.
import path from 'node:path';
import type { Claim, FileError, Report } from '../schema.js';
import { checkStream, TOOL } from '../api.js';
import { reachesLevel } from '../report/verdict-rank.js';
import { summarize } from '../compare/verdict.js';
import { jsonChunks, jsonlChunks } from '../report/json.js';
import { openSink, useColor, writeReport } from './output.js';
import { filter, tap } from '../iterate.js';
import { resolveSettings } from './settings.js';
import type { CliIO } from './run.js';

export async function runCheck(paths: string[], opts: Record<string, unknown>, io: CliIO): Promise<number> {
  const settings = await resolveSettings(paths, opts, io);
  const facts = settings.facts ? (await import('./facts.js')).factClaims(settings.facts, io.cwd, settings.read.tolerance) : [];
  const errors: FileError[] = [];
  let claims: Iterable<Claim> = checkStream(
    settings.paths,
    {
      ...settings.read,
      ...(settings.sources ? { sources: settings.sources } : {}),
      maxEvidence: settings.maxEvidence,
      explain: settings.explain,
      synonyms: settings.synonyms,
      ...(settings.weights ? { weights: settings.weights } : {}),
      facts,
    },
    errors,
  );
  if (settings.changedSince) {
    const { changedLines, isChanged } = await import('../ci/changed-lines.js');
    const changed = changedLines(settings.changedSince, io.cwd);
    claims = filter(claims, (c) => isChanged(changed, path.resolve(io.cwd, c.file), c.line));
  }
  const isFinding = (c: Claim) => reachesLevel(c.verdict, settings.failOn === 'never' ? 'contradicted' : settings.failOn);
  if (settings.updateBaseline || settings.baseline) {
    // Baselines compare whole sets of findings, so these runs hold the claims in memory.
    const { filterNew, readBaseline, writeBaseline } = await import('../ci/baseline.js');
    let all = [...claims];
    if (settings.updateBaseline) {
      writeBaseline(path.resolve(io.cwd, settings.updateBaseline), all.filter(isFinding));
      io.stderr(`claimcheck: recorded ${all.filter(isFinding).length} finding(s) in ${settings.updateBaseline}\n`);
    }
    if (settings.baseline) {
      const baseline = readBaseline(path.resolve(io.cwd, settings.baseline));
      const fresh = new Set(filterNew(all.filter(isFinding), baseline));
      const known = all.filter((c) => isFinding(c) && !fresh.has(c)).length;
      all = all.filter((c) => !isFinding(c) || fresh.has(c));
      if (known) io.stderr(`claimcheck: ${known} finding(s) already in the baseline ${settings.baseline} are not reported\n`);
    }
    claims = all;
  }
  let failed = false;
  const verdicts: Claim['verdict'][] = [];
  claims = tap(claims, (c) => {
    verdicts.push(c.verdict);
    if (reachesLevel(c.verdict, settings.failOn)) failed = true;
  });
  const tail = () => ({ summary: summarize(verdicts), errors });
  const sink = openSink(settings.outputFile, io);
  try {
    if (settings.format === 'json') for (const chunk of jsonChunks({ version: 1, tool: TOOL, command: 'check' }, claims, tail)) sink.write(chunk);
    else if (settings.format === 'jsonl') for (const chunk of jsonlChunks(claims, tail)) sink.write(chunk);
    else {
      const all = [...claims];
      const report: Report = { version: 1, tool: TOOL, command: 'check', claims: all, summary: summarize(all.map((c) => c.verdict)), errors };
      const color = useColor(sink, opts['color'], io.env);
      writeReport(report, settings.format, { color, cwd: io.cwd, failOn: settings.failOn, explain: settings.explain }, sink);
    }
  } finally {
    sink.close();
  }
  for (const e of errors) io.stderr(`claimcheck: ${e.severity}: ${e.file}: ${e.message}\n`);
  if (settings.updateBaseline) return 0;
  return failed ? 1 : 0;
}
