// `claimcheck check`: verdicts for every claim, exit 1 when one reaches --fail-on.
import path from 'node:path';
import type { Claim, Report } from '../schema.js';
import { check } from '../api.js';
import { reachesLevel } from '../report/verdict-rank.js';
import { summarize } from '../compare/verdict.js';
import { changedLines, isChanged } from '../ci/changed-lines.js';
import { filterNew, readBaseline, writeBaseline } from '../ci/baseline.js';
import { openSink, useColor, writeReport } from './output.js';
import { resolveSettings } from './settings.js';
import { factClaims } from './facts.js';
import type { CliIO } from './run.js';

function withClaims(report: Report, claims: Claim[]): Report {
  return { ...report, claims, summary: summarize(claims.map((c) => c.verdict)) };
}

export async function runCheck(paths: string[], opts: Record<string, unknown>, io: CliIO): Promise<number> {
  const settings = resolveSettings('check', paths, opts, io);
  const facts = settings.facts ? factClaims(settings.facts, io.cwd, settings.read.tolerance) : [];
  let report = check(settings.paths, {
    ...settings.read,
    ...(settings.sources ? { sources: settings.sources } : {}),
    maxEvidence: settings.maxEvidence,
    synonyms: settings.synonyms,
    facts,
  });
  if (settings.changedSince) {
    const changed = changedLines(settings.changedSince, io.cwd);
    report = withClaims(report, report.claims.filter((c) => isChanged(changed, path.resolve(io.cwd, c.file), c.line)));
  }
  const isFinding = (c: Claim) => reachesLevel(c.verdict, settings.failOn === 'never' ? 'contradicted' : settings.failOn);
  if (settings.updateBaseline) {
    writeBaseline(path.resolve(io.cwd, settings.updateBaseline), report.claims.filter(isFinding));
    io.stderr(`claimcheck: recorded ${report.claims.filter(isFinding).length} finding(s) in ${settings.updateBaseline}\n`);
  }
  if (settings.baseline) {
    const baseline = readBaseline(path.resolve(io.cwd, settings.baseline));
    const fresh = new Set(filterNew(report.claims.filter(isFinding), baseline));
    const known = report.claims.filter((c) => isFinding(c) && !fresh.has(c)).length;
    report = withClaims(report, report.claims.filter((c) => !isFinding(c) || fresh.has(c)));
    if (known) io.stderr(`claimcheck: ${known} finding(s) already in the baseline ${settings.baseline} are not reported\n`);
  }
  const sink = openSink(settings.outputFile, io);
  try {
    const color = useColor(sink, opts['color'], io.env);
    writeReport(report, settings.format, { color, cwd: io.cwd, failOn: settings.failOn, explain: settings.explain }, sink);
  } finally {
    sink.close();
  }
  for (const e of report.errors) io.stderr(`claimcheck: ${e.severity}: ${e.file}: ${e.message}\n`);
  if (settings.updateBaseline) return 0;
  return report.claims.some((c) => reachesLevel(c.verdict, settings.failOn)) ? 1 : 0;
}
