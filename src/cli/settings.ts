// Settings for a run: command-line flags over the config file over defaults.
import { UsageError } from '../errors.js';
import type { Claim } from '../schema.js';
import type { FailOn } from '../report/types.js';
import type { ReadOptions } from '../read/inputs.js';
import { DEFAULT_TOLERANCE, type Tolerance } from '../normalize/interval.js';
import type { Config } from '../config/schema.js';
import { findConfigFile, findIgnoreFile } from '../config/find.js';
import { FORMATS, type Format } from '../report/types.js';
import type { CliIO } from './run.js';
import { readWeights, type PairWeights } from '../compare/pair-weights.js';

export interface Settings {
  paths: string[];
  format: Format;
  outputFile: string | undefined;
  read: ReadOptions & { tolerance: Tolerance; ignoreClaim?: (claim: Claim) => boolean };
  failOn: FailOn;
  maxEvidence: number;
  explain: boolean;
  sources: string[] | undefined;
  facts: string | undefined;
  baseline: string | undefined;
  updateBaseline: string | undefined;
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
export async function resolveSettings(paths: string[], opts: Record<string, unknown>, io: CliIO): Promise<Settings> {
  const explicit = typeof opts['config'] === 'string' ? opts['config'] : undefined;
  const wanted = opts['config'] !== false && (explicit !== undefined || findConfigFile(io.cwd) !== null);
  const loaded = wanted
    ? (await import('../config/load.js')).loadConfig({ cwd: io.cwd, ...(explicit !== undefined ? { explicitPath: explicit } : {}) })
    : { config: {} as Config, file: null, dir: io.cwd };
  const config = loaded.config;
  const format = (opts['format'] as Format | undefined) ?? config.format ?? 'table';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"`);
  const sources = (opts['sources'] as string[] | undefined) ?? config.sources;
  if (paths.length === 0) throw new UsageError('no input paths given (use - for standard input)');
  const approx = fraction(opts['tolerance'], '--tolerance') ?? config.tolerance?.approx;
  const tolerance: Tolerance = approx === undefined ? DEFAULT_TOLERANCE : { ...DEFAULT_TOLERANCE, approx };
  const maxEvidence = wholeNumber(opts['maxEvidence'], '--max-evidence') ?? config.maxEvidence ?? 20;
  const read: Settings['read'] = { cwd: io.cwd, readStdin: io.readStdin, tolerance };
  const ext = list(opts['ext']) ?? config.extensions;
  if (ext) read.extensions = ext;
  if (typeof opts['stdinFilename'] === 'string') read.stdinName = opts['stdinFilename'];
  if (findIgnoreFile(io.cwd) || config.include?.length || config.exclude?.length) {
    const { loadIgnore, makeFileFilter } = await import('../config/ignore-file.js');
    read.ignored = makeFileFilter({ cwd: io.cwd, ignoreFile: loadIgnore(io.cwd), include: config.include ?? [], exclude: config.exclude ?? [], base: loaded.dir });
  }
  if (config.ignorePatterns?.length) {
    const ignore = (await import('../config/schema.js')).compileIgnorePatterns(config.ignorePatterns);
    read.ignoreClaim = (claim) => ignore(claim);
  }
  return {
    paths,
    format,
    outputFile: opts['outputFile'] as string | undefined,
    read,
    failOn: (opts['failOn'] as FailOn | undefined) ?? config.failOn ?? 'contradicted',
    maxEvidence,
    explain: Boolean(opts['explain']),
    sources,
    facts: (opts['facts'] as string | undefined) ?? config.facts,
    baseline: (opts['baseline'] as string | undefined) ?? config.baseline,
    updateBaseline: opts['updateBaseline'] as string | undefined,
    changedSince: opts['changedSince'] as string | undefined,
    synonyms: config.synonyms ?? {},
    weights: weightsOf(opts['weights']),
    configFile: loaded.file,
  };
}
