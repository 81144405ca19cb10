// Where the config and ignore files are, found without loading what parses them: most runs have
// neither, and the parsers are the slowest part of start-up.
import fs from 'node:fs';
import path from 'node:path';

export const CONFIG_FILE_NAMES = [
  'claimcheck.config.json',
  'claimcheck.config.yaml',
  '.claimcheckrc.json',
  '.claimcheckrc.yaml',
  '.claimcheckrc.yml',
  'package.json',
] as const;
export const IGNORE_FILE_NAME = '.claimcheckignore';

export function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

/** Whether `obj` is a plain object with its own `key`. */
export function hasOwn(obj: unknown, key: string): boolean {
  return obj !== null && typeof obj === 'object' && !Array.isArray(obj) && Object.prototype.hasOwnProperty.call(obj, key);
}

function safeIncludes(file: string, needle: string): boolean {
  try {
    return fs.readFileSync(file, 'utf8').includes(needle);
  } catch {
    return false;
  }
}

/** The nearest config file at or above `cwd` (package.json only with a "claimcheck" key), or null. */
export function findConfigFile(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      if (!isFile(candidate)) continue;
      if (name !== 'package.json') return candidate;
      try {
        const parsed: unknown = JSON.parse(fs.readFileSync(candidate, 'utf8').replace(/^\uFEFF/, ''));
        if (hasOwn(parsed, 'claimcheck')) return candidate;
      } catch {
        // Unreadable or broken: loadConfig decides whether that matters.
        if (safeIncludes(candidate, '"claimcheck"')) return candidate;
      }
    }
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The nearest .claimcheckignore at or above `cwd`, or null. */
export function findIgnoreFile(cwd: string): string | null {
  let dir = path.resolve(cwd);
  for (;;) {
    const candidate = path.join(dir, IGNORE_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}
