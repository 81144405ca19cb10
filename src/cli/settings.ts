// Settings for a run: command-line flags over the config file over defaults.
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { Claim } from '../schema.js';
import type { FailOn } from '../report/types.js';
import type { ReadOptions } from '../read/inputs.js';
import { DEFAULT_TOLERANCE, type Tolerance } from '../normalize/interval.js';
import type { Config } from '../config/schema.js';
import { findConfigFile, findIgnoreFile } from '../config/find.js';
import { FORMATS, type Format } from '../report/types.js';
import { severityMap, type SeverityMap } from '../report/severity.js';
import type { CliIO } from './run.js';
import { readWeights, type PairWeights } from '../compare/pair-weights.js';

/** One report to write: a format, and a file for it (standard output when none). */
export interface Output {
  format: Format;
  file: string | undefined;
}

export interface Settings {
  paths: string[];
  /** The first output's format. */
  format: Format;
  outputFile: string | undefined;
  /** Every report to write, the standard-output one first. */
  outputs: Output[];
  severity: SeverityMap;
  maxWarnings: number | undefined;
  verbose: boolean;
  /** Keep extraction results in .claimcheckcache. */
  cache: boolean;
  /** Where the cache is kept (a file, or a directory for .claimcheckcache), relative to the working directory. */
  cacheLocation: string | undefined;
  /** What changes extraction, for the cache's key. */
  extraction: { tolerance: Tolerance; ignorePatterns: string[] };
  /** The repository root that annotation and SARIF paths are relative to. */
  root: string;
  read: ReadOptions & { tolerance: Tolerance; ignoreClaim?: (claim: Claim) => boolean; sourceIgnored?: (file: string) => boolean };
  failOn: FailOn;
  maxEvidence: number;
  explain: boolean;
  sources: string[] | undefined;
  facts: string | undefined;
  baseline: string | undefined;
  updateBaseline: string | undefined;
  pruneBaseline: boolean;
  changedSince: string | undefined;
  synonyms: Record<string, string[]>;
  /** Pairing weights read from --weights. */
  weights: PairWeights | undefined;
  /** The config file read, if any. */
  configFile: string | null;
}

function weightsOf(file: unknown): PairWeights | undefined {
  if (typeof file !== 'string') return undefined;
  try {
    return readWeights(file);
  } catch (e) {
    throw new UsageError(`cannot read weights: ${(e as Error).message.split('\n')[0]}`);
  }
}

function list(value: unknown): string[] | undefined {
  if (typeof value !== 'string') return undefined;
  return value.split(',').map((s) => s.trim()).filter(Boolean);
}

function fraction(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0 || n >= 1) throw new UsageError(`${flag} must be a number from 0 to below 1, got "${String(value)}"`);
  return n;
}

function wholeNumber(value: unknown, flag: string): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`${flag} must be a whole number, got "${String(value)}"`);
  return n;
}

/**
 * The config, ignore and glob modules are loaded only when there is a file for them: most runs have
 * none, and their parsers are the slowest part of start-up.
 */
export async function resolveSettings(paths: string[], opts: Record<string, unknown>, io: CliIO, defaultFormat: Format = 'table'): Promise<Settings> {
  const explicit = typeof opts['config'] === 'string' ? opts['config'] : undefined;
  const wanted = opts['config'] !== false && (explicit !== undefined || findConfigFile(io.cwd) !== null);
  const loaded = wanted
    ? (await import('../config/load.js')).loadConfig({ cwd: io.cwd, ...(explicit !== undefined ? { explicitPath: explicit } : {}) })
    : { config: {} as Config, file: null, dir: io.cwd };
  const config = loaded.config;
  const outputs = parseOutputs(opts['format'], config.format ?? defaultFormat, opts['outputFile'] as string | undefined);
  const format = outputs[0]!.format;
  const sources = (opts['sources'] as string[] | undefined) ?? config.sources;
  if (paths.length === 0 && config.include?.length) paths = config.include.map((glob) => (loaded.file ? fromConfigDir(glob, loaded.dir, io.cwd) : glob));
  if (paths.length === 0) {
    const given = opts['sources'] as string[] | undefined;
    if (given && given.length > 1) {
      throw new UsageError(
        `no input paths given: --sources took every path after it (${given.join(' ')}); name the drafts first (claimcheck check ${given.slice(1).join(' ')} --sources ${given[0]}) or repeat the option for each source`,
      );
    }
    throw new UsageError('no input paths given (use - for standard input)');
  }
  const approx = fraction(opts['tolerance'], '--tolerance') ?? config.tolerance?.approx;
  const tolerance: Tolerance = approx === undefined ? DEFAULT_TOLERANCE : { ...DEFAULT_TOLERANCE, approx };
  const maxEvidence = wholeNumber(opts['maxEvidence'], '--max-evidence') ?? config.maxEvidence ?? 20;
  const read: Settings['read'] = { cwd: io.cwd, readStdin: io.readStdin, tolerance };
  const ext = list(opts['ext']) ?? config.extensions;
  if (ext) read.extensions = ext;
  if (typeof opts['stdinFilename'] === 'string') read.stdinName = opts['stdinFilename'];
  if (findIgnoreFile(io.cwd) || config.include?.length || config.exclude?.length) {
    const { loadIgnore, makeFileFilter } = await import('../config/ignore-file.js');
    const ignoreFile = loadIgnore(io.cwd);
    read.ignored = makeFileFilter({ cwd: io.cwd, ignoreFile, include: config.include ?? [], exclude: config.exclude ?? [], base: loaded.dir });
    // `include` names the drafts; sources are named on their own, so only ignores and excludes apply to them.
    if (config.include?.length) read.sourceIgnored = makeFileFilter({ cwd: io.cwd, ignoreFile, exclude: config.exclude ?? [], base: loaded.dir });
  }
  if (config.ignorePatterns?.length) {
    const ignore = (await import('../config/schema.js')).compileIgnorePatterns(config.ignorePatterns);
    read.ignoreClaim = (claim) => ignore(claim);
  }
  const baseline = (opts['baseline'] as string | undefined) ?? config.baseline;
  if (opts['pruneBaseline'] && !baseline) throw new UsageError('--prune-baseline needs a baseline: give --baseline FILE or set "baseline" in the config');
  return {
    paths,
    format,
    outputFile: outputs[0]!.file,
    outputs,
    severity: severityMap(config.severity, Boolean(opts['quiet'])),
    maxWarnings: wholeNumber(opts['maxWarnings'], '--max-warnings'),
    verbose: Boolean(opts['verbose']),
    cache: Boolean(opts['cache'] ?? config.cache),
    cacheLocation: opts['cacheLocation'] as string | undefined,
    extraction: { tolerance, ignorePatterns: config.ignorePatterns ?? [] },
    root: io.env['GITHUB_WORKSPACE'] || io.cwd,
    read,
    failOn: (opts['failOn'] as FailOn | undefined) ?? config.failOn ?? 'contradicted',
    maxEvidence,
    explain: Boolean(opts['explain']),
    sources,
    facts: (opts['facts'] as string | undefined) ?? config.facts,
    baseline,
    updateBaseline: opts['updateBaseline'] as string | undefined,
    pruneBaseline: Boolean(opts['pruneBaseline']),
    changedSince: opts['changedSince'] as string | undefined,
    synonyms: config.synonyms ?? {},
    weights: weightsOf(opts['weights']),
    configFile: loaded.file,
  };
}

/** A glob from the config, written from the working directory. */
function fromConfigDir(glob: string, dir: string, cwd: string): string {
  const rel = path.relative(cwd, dir).split(path.sep).join('/');
  return rel === '' ? glob : `${rel}/${glob.replace(/^\.\//, '')}`;
}

/**
 * The outputs from `--format` values: `sarif` writes to standard output (or --output-file), and
 * `sarif=out.sarif` to that file. At most one goes to standard output.
 */
export function parseOutputs(values: unknown, fallback: Format, outputFile: string | undefined): Output[] {
  const list = Array.isArray(values) ? (values as string[]) : typeof values === 'string' ? [values] : [];
  const outputs: Output[] = [];
  for (const value of list) {
    const eq = value.indexOf('=');
    const name = eq < 0 ? value : value.slice(0, eq);
    const file = eq < 0 ? undefined : value.slice(eq + 1);
    if (!(FORMATS as readonly string[]).includes(name)) throw new UsageError(`unknown format "${name}" (expected one of ${FORMATS.join(', ')})`);
    if (file === '') throw new UsageError(`--format ${value}: no file after "="`);
    outputs.push({ format: name as Format, file });
  }
  if (outputs.length === 0) outputs.push({ format: fallback, file: undefined });
  const plain = outputs.filter((o) => o.file === undefined);
  if (plain.length > 1) throw new UsageError(`only one --format can write to ${outputFile ?? 'standard output'}; give the others a file, e.g. --format ${plain[1]!.format}=report.${plain[1]!.format}`);
  for (const o of plain) o.file = outputFile;
  // The one without a file of its own comes first: it is the run's main report.
  return [...plain, ...outputs.filter((o) => !plain.includes(o))];
}
