// Settings for a run: command-line flags over the config file over defaults.
import { UsageError } from '../errors.js';
import type { FailOn } from '../report/types.js';
import type { ReadOptions } from '../read/inputs.js';
import { DEFAULT_TOLERANCE, type Tolerance } from '../normalize/interval.js';
import { FORMATS, type Format } from './output.js';
import type { CliIO } from './run.js';

export interface Settings {
  paths: string[];
  format: Format;
  outputFile: string | undefined;
  read: ReadOptions & { tolerance: Tolerance };
  failOn: FailOn;
  maxEvidence: number;
  explain: boolean;
  sources: string[] | undefined;
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

export function resolveSettings(command: 'extract' | 'check', paths: string[], opts: Record<string, unknown>, io: CliIO): Settings {
  const format = (opts['format'] as Format | undefined) ?? 'table';
  if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}"`);
  if (paths.length === 0 && !(command === 'check' && opts['sources'])) throw new UsageError('no input paths given (use - for standard input)');
  const approx = fraction(opts['tolerance'], '--tolerance');
  const tolerance: Tolerance = approx === undefined ? DEFAULT_TOLERANCE : { ...DEFAULT_TOLERANCE, approx };
  const maxEvidence = opts['maxEvidence'] === undefined ? 20 : Number(opts['maxEvidence']);
  if (!Number.isInteger(maxEvidence) || maxEvidence < 0) throw new UsageError(`--max-evidence must be a whole number, got "${String(opts['maxEvidence'])}"`);
  const read: Settings['read'] = { cwd: io.cwd, readStdin: io.readStdin, tolerance };
  const ext = list(opts['ext']);
  if (ext) read.extensions = ext;
  if (typeof opts['stdinFilename'] === 'string') read.stdinName = opts['stdinFilename'];
  return {
    paths,
    format,
    outputFile: opts['outputFile'] as string | undefined,
    read,
    failOn: (opts['failOn'] as FailOn | undefined) ?? 'contradicted',
    maxEvidence,
    explain: Boolean(opts['explain']),
    sources: opts['sources'] as string[] | undefined,
  };
}
