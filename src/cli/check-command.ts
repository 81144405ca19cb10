// `claimcheck check`: verdicts for every claim, exit 1 when one reaches --fail-on (or when there are
// more warnings than --max-warnings). A single JSON or JSON Lines report streams claim by claim; the
// other formats, and several reports from one run, need the whole report.
import path from 'node:path';
import type { Claim, FileError, Report } from '../schema.js';
import type { Directive } from '../ci/directives.js';
import { checkStream, TOOL } from '../api.js';
import { reachesLevel } from '../report/verdict-rank.js';
import { summarize } from '../compare/verdict.js';
import { jsonChunks, jsonlChunks } from '../report/json.js';
import { severityCounts } from '../report/severity.js';
import type { FormatOptions } from '../report/types.js';
import { formatterOf, useColor, withSink, writeReport } from './output.js';
import { filter, tap } from '../iterate.js';
import { resolveSettings, type Settings } from './settings.js';
import { startProgress } from './progress.js';
import { assertOutputNotInput } from './output-path.js';
import { printable } from '../report/printable.js';
import type { CliIO } from './run.js';

export async function runCheck(paths: string[], opts: Record<string, unknown>, io: CliIO): Promise<number> {
  const settings = await resolveSettings(paths, opts, io, 'stylish');
  for (const output of settings.outputs) assertOutputNotInput(settings, output.file);
  const facts = settings.facts ? (await import('./facts.js')).factClaims(settings.facts, io.cwd, settings.read.tolerance) : [];
  const errors: FileError[] = [];
  const run = { files: 0, suppressed: 0 };
  const progress = startProgress(io);
  const verdictDirectives = new Map<string, Directive[]>();
  const read = { ...settings.read };
  read.warn = (w) => errors.push(w);
  if (io.stderrIsTTY) {
    const ignore = read.ignoreClaim;
    read.ignoreClaim = (c) => {
      progress.claim();
      return ignore ? ignore(c) : false;
    };
  }
  const extras = {
    onDocument: () => {
      run.files++;
      progress.file();
    },
    onSuppressed: (n: number) => {
      run.suppressed += n;
    },
    onVerdictDirectives: (file: string, list: Directive[]) => {
      verdictDirectives.set(file, list);
    },
  };
  const cacheModule = settings.cache ? await import('./cache.js') : null;
  const cache = cacheModule ? cacheModule.openCache(io.cwd, settings.extraction, settings.cacheLocation) : null;
  if (cache?.problem) io.stderr(cacheModule!.cacheWarning(cache, io.cwd, cache.problem));
  let claims: Iterable<Claim> = checkStream(
    settings.paths,
    {
      ...read,
      ...extras,
      ...(cache ? { store: cache } : {}),
      ...(settings.sources ? { sources: settings.sources } : {}),
      maxEvidence: settings.maxEvidence,
      explain: settings.explain,
      synonyms: settings.synonyms,
      ...(settings.weights ? { weights: settings.weights } : {}),
      facts,
    },
    errors,
  );
  claims = await byVerdictDirectives(claims, verdictDirectives, errors, run);
  if (settings.changedSince) {
    const { changedLines, isChanged } = await import('../ci/changed-lines.js');
    const changed = changedLines(settings.changedSince, io.cwd);
    claims = filter(claims, (c) => isChanged(changed, path.resolve(io.cwd, c.file), c.line));
  }
  if (settings.updateBaseline || settings.baseline) claims = await applyBaseline([...claims], settings, io, run);
  let failed = false;
  const verdicts: Claim['verdict'][] = [];
  claims = tap(claims, (c) => {
    progress.done();
    verdicts.push(c.verdict);
    if (reachesLevel(c.verdict, settings.failOn)) failed = true;
  });
  const tail = () => ({ summary: summarize(verdicts), errors });
  const options = (color: boolean): FormatOptions => ({
    color,
    cwd: io.cwd,
    failOn: settings.failOn,
    explain: settings.explain,
    severity: settings.severity,
    verbose: settings.verbose,
    root: settings.root,
    run,
  });
  const [main, ...others] = settings.outputs;
  const streams = others.length === 0 && !io.env['GITHUB_STEP_SUMMARY'] && settings.maxWarnings === undefined && (main!.format === 'json' || main!.format === 'jsonl');
  let report: Report | null = null;
  try {
    if (streams) {
      withSink(main!.file, io, (sink) => {
        const chunks = main!.format === 'json' ? jsonChunks({ version: 1, tool: TOOL, command: 'check' }, claims, tail) : jsonlChunks(claims, tail);
        for (const chunk of chunks) sink.write(chunk);
      });
    } else {
      const all = [...claims];
      progress.done();
      const whole: Report = { version: 1, tool: TOOL, command: 'check', claims: all, summary: summarize(all.map((c) => c.verdict)), errors };
      report = whole;
      for (const output of settings.outputs) {
        const formatter = await formatterOf(output.format);
        withSink(output.file, io, (sink) => {
          writeReport(whole, formatter, options(useColor(sink, opts['color'], io.env)), sink);
        });
      }
      const summaryFile = io.env['GITHUB_STEP_SUMMARY'];
      if (summaryFile) {
        const { writeStepSummary } = await import('./step-summary.js');
        writeStepSummary(summaryFile, whole, options(false), io);
      }
    }
  } finally {
    progress.done();
  }
  const unsaved = cache?.save();
  if (unsaved) io.stderr(cacheModule!.cacheWarning(cache!, io.cwd, unsaved));
  for (const e of errors) io.stderr(`claimcheck: ${e.severity}: ${printable(e.file)}: ${printable(e.message)}\n`);
  if (settings.updateBaseline) return 0;
  if (report && settings.maxWarnings !== undefined) {
    const warnings = severityCounts(report.claims, settings.severity).warning;
    if (warnings > settings.maxWarnings) {
      io.stderr(`claimcheck: ${warnings} warning(s), more than --max-warnings ${settings.maxWarnings}\n`);
      failed = true;
    }
  }
  return failed ? 1 : 0;
}

/** Leaves out checked claims that verdict-specific directives cover, and reports the unused ones. */
async function byVerdictDirectives(claims: Iterable<Claim>, byFile: Map<string, Directive[]>, errors: FileError[], run: { suppressed: number }): Promise<Iterable<Claim>> {
  const { coveredByVerdict, unusedDirectiveMessage } = await import('../ci/directives.js');
  const used = new Set<Directive>();
  return (function* () {
    for (const c of claims) {
      if (byFile.size && coveredByVerdict(c, byFile, used)) run.suppressed++;
      else yield c;
    }
    for (const [file, list] of byFile) {
      for (const d of list) if (!used.has(d)) errors.push({ file, severity: 'warning', message: unusedDirectiveMessage(file, d).replace(`${file}:`, 'line ') });
    }
  })();
}

/** Records, applies and prunes the baseline. Baselines compare whole sets of findings, so the claims are in memory. */
async function applyBaseline(all: Claim[], settings: Settings, io: CliIO, run: { suppressed: number }): Promise<Claim[]> {
  const { filterNew, pruneBaseline, readBaseline, staleEntries, writeBaseline } = await import('../ci/baseline.js');
  const isFinding = (c: Claim) => reachesLevel(c.verdict, settings.failOn === 'never' ? 'contradicted' : settings.failOn);
  if (settings.updateBaseline) {
    writeBaseline(path.resolve(io.cwd, settings.updateBaseline), all.filter(isFinding));
    io.stderr(`claimcheck: recorded ${all.filter(isFinding).length} finding(s) in ${settings.updateBaseline}\n`);
  }
  if (!settings.baseline) return all;
  const file = path.resolve(io.cwd, settings.baseline);
  const baseline = readBaseline(file);
  const findings = all.filter(isFinding);
  const fresh = new Set(filterNew(findings, baseline));
  const known = findings.length - fresh.size;
  run.suppressed += known;
  if (known) io.stderr(`claimcheck: ${known} finding(s) already in the baseline ${settings.baseline} are not reported\n`);
  const stale = staleEntries(findings, baseline);
  if (stale.length && settings.pruneBaseline) {
    pruneBaseline(file, baseline, stale);
    io.stderr(`claimcheck: removed ${stale.length} stale entr${stale.length === 1 ? 'y' : 'ies'} from ${settings.baseline}\n`);
  } else if (stale.length) {
    io.stderr(`claimcheck: ${stale.length} entr${stale.length === 1 ? 'y' : 'ies'} in ${settings.baseline} match no finding any more (remove them with --prune-baseline)\n`);
  }
  return all.filter((c) => !isFinding(c) || fresh.has(c));
}
