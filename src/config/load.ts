// Finding and reading the config file.
//
// Without `--config`, the search starts in the working directory and goes up to the filesystem
// root; in each directory it looks for, in order:
//   1. claimcheck.config.json, claimcheck.config.yaml
//   2. .claimcheckrc.json, .claimcheckrc.yaml, .claimcheckrc.yml
//   3. package.json with a "claimcheck" key (a package.json without the key is passed over)
// The first found is used; configs are not merged.
//
// Paths in the config (`sources`, `facts`, `baseline`) are relative to the directory of the file
// that holds it. `loadConfig` returns them resolved, written relative to the working directory (an
// absolute path stays absolute), so they can be used as if given on the command line. `include` and
// `exclude` globs are returned as written; they match paths relative to `dir`.
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { UsageError } from '../errors.js';
import { ConfigSchema, formatIssues, type Config } from './schema.js';
import { CONFIG_FILE_NAMES, findConfigFile, hasOwn, isFile } from './find.js';

export { CONFIG_FILE_NAMES, findConfigFile };


export interface LoadedConfig {
  config: Config;
  /** Absolute path of the file read, or null when none was found. */
  file: string | null;
  /** The directory that paths and globs in the config are relative to (cwd when there is no file). */
  dir: string;
}

export interface LoadConfigOptions {
  cwd: string;
  /** A config file named on the command line; no search is made. */
  explicitPath?: string | undefined;
}


function label(file: string, cwd: string): string {
  const rel = path.relative(cwd, file);
  return rel && !path.isAbsolute(rel) ? rel : file;
}

function readText(file: string, shown: string): string {
  try {
    return fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${shown}: no such config file`);
    if (code === 'EISDIR') throw new UsageError(`${shown}: is a directory, not a config file`);
    throw new UsageError(`${shown}: cannot read (${code === 'EACCES' ? 'permission denied' : (code ?? 'read error')})`);
  }
}

/** "line 3, column 5" for an offset into `text`. */
function lineColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return `line ${lines.length}, column ${(lines[lines.length - 1]?.length ?? 0) + 1}`;
}

/** Parses JSON; a syntax error becomes one line naming the file and, where known, the position. */
export function parseJson(raw: string, shown: string): unknown {
  if (raw.trim() === '') throw new UsageError(`${shown}: empty file, expected a JSON object`);
  try {
    return JSON.parse(raw);
  } catch (e) {
    let message = (e as Error).message.split('\n')[0] ?? 'syntax error';
    const at = /at position (\d+)/.exec(message);
    message = message.replace(/\s*\(line \d+ column \d+\)/, '').replace(/\s*in JSON at position \d+/, '').replace(/^JSON\.parse: /, '');
    const where = at ? ` at ${lineColumn(raw, Number(at[1]))}` : '';
    throw new UsageError(`${shown}: invalid JSON${where}: ${message}`);
  }
}

/** Parses YAML; a syntax error becomes one line naming the file and the position. An empty file is an empty config. */
export function parseYaml(raw: string, shown: string): unknown {
  if (raw.trim() === '') return {};
  const doc = parseDocument(raw, { prettyErrors: false });
  const error = doc.errors[0];
  if (error) {
    const where = ` at ${lineColumn(raw, error.pos[0])}`;
    throw new UsageError(`${shown}: invalid YAML${where}: ${error.message.split('\n')[0]}`);
  }
  const value: unknown = doc.toJS();
  return value ?? {};
}

/** Makes a config path usable from cwd: resolved against `dir`, written relative to `cwd`. */
export function resolveConfigPath(p: string, dir: string, cwd: string): string {
  if (p === '-' || path.isAbsolute(p)) return p;
  const rel = path.relative(cwd, path.resolve(dir, p));
  return rel === '' ? '.' : rel;
}

/** Validates parsed JSON; `prefix` names where the config sits in the file (["claimcheck"] in package.json). */
export function parseConfig(input: unknown, shown: string, prefix: string[] = []): Config {
  const result = ConfigSchema.safeParse(input);
  if (!result.success) throw new UsageError(formatIssues(shown, result.error.issues, input, prefix));
  return result.data;
}

function resolvePaths(config: Config, dir: string, cwd: string): Config {
  const out: Config = { ...config };
  if (config.sources) out.sources = config.sources.map((s) => resolveConfigPath(s, dir, cwd));
  if (config.facts !== undefined) out.facts = resolveConfigPath(config.facts, dir, cwd);
  if (config.baseline !== undefined) out.baseline = resolveConfigPath(config.baseline, dir, cwd);
  return out;
}

function readConfigFile(file: string, cwd: string, explicit: boolean): LoadedConfig | null {
  const shown = label(file, cwd);
  const raw = readText(file, shown);
  const dir = path.dirname(file);
  if (path.basename(file) === 'package.json') {
    let parsed: unknown;
    try {
      parsed = parseJson(raw, shown);
    } catch (e) {
      // A broken package.json that never mentions claimcheck is somebody else's problem.
      if (!explicit && !raw.includes('"claimcheck"')) return null;
      throw e;
    }
    if (!hasOwn(parsed, 'claimcheck')) {
      if (explicit) throw new UsageError(`${shown}: no "claimcheck" key`);
      return null;
    }
    const config = parseConfig((parsed as Record<string, unknown>)['claimcheck'], shown, ['claimcheck']);
    return { config: resolvePaths(config, dir, cwd), file, dir };
  }
  const config = parseConfig(/\.ya?ml$/i.test(file) ? parseYaml(raw, shown) : parseJson(raw, shown), shown);
  return { config: resolvePaths(config, dir, cwd), file, dir };
}

/** The config file that applies in `cwd`, without reading it; null when there is none. */


/**
 * Reads the config: the file named by `explicitPath` (relative to `cwd`), else the nearest one found
 * searching upward from `cwd`. Returns an empty config and `file: null` when none is found.
 * Throws UsageError (one line: file, key path, what was expected) on a bad file.
 */
export function loadConfig(options: LoadConfigOptions): LoadedConfig {
  const cwd = path.resolve(options.cwd);
  if (options.explicitPath !== undefined) {
    const file = path.resolve(cwd, options.explicitPath);
    if (!isFile(file)) {
      const shown = options.explicitPath;
      if (fs.existsSync(file)) throw new UsageError(`${shown}: is a directory, not a config file`);
      throw new UsageError(`${shown}: no such config file`);
    }
    return readConfigFile(file, cwd, true)!;
  }
  const found = findConfigFile(cwd);
  if (found) {
    const loaded = readConfigFile(found, cwd, false);
    if (loaded) return loaded;
  }
  return { config: {}, file: null, dir: cwd };
}
