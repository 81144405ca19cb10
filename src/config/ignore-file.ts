// Which files to leave out: `.claimcheckignore` (gitignore syntax) and the config's include/exclude
// globs, as one predicate for ReadOptions.ignored.
//
// `.claimcheckignore` is the nearest one found searching upward from the working directory; its
// patterns are relative to its own directory, as in a .gitignore. Files outside that directory are
// never ignored by it.
//
// `include` and `exclude` globs (picomatch syntax) are matched against the path relative to `base`
// (the config file's directory), with forward slashes. A glob without a slash matches the file
// name at any depth (`*.draft.md`); a glob that matches a directory covers everything in it
// (`archive` or `archive/**`). When `include` is non-empty, a file must match one of its globs.
import fs from 'node:fs';
import path from 'node:path';
import ignore from 'ignore';
import picomatch from 'picomatch';
import { UsageError } from '../errors.js';
import { findIgnoreFile, IGNORE_FILE_NAME } from './find.js';

export { findIgnoreFile, IGNORE_FILE_NAME };


/** True for a file to leave out. Takes a path relative to the working directory, or an absolute one. */
export type FilePredicate = (file: string) => boolean;

/** The nearest `.claimcheckignore` at or above `cwd`, or null. */

/** `file` relative to `dir` with forward slashes, or null when it lies outside `dir`. */
function relativeInside(dir: string, absolute: string): string | null {
  const rel = path.relative(dir, absolute);
  if (rel === '' || rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return null;
  return rel.split(path.sep).join('/');
}

/** A predicate from gitignore-style `patterns` whose paths are relative to `dir`. */
export function ignorePredicate(patterns: string, dir: string, cwd: string): FilePredicate {
  const ig = ignore().add(patterns);
  return (file) => {
    const rel = relativeInside(dir, path.resolve(cwd, file));
    if (rel === null) return false;
    return ig.ignores(rel);
  };
}

/**
 * Reads the nearest `.claimcheckignore` searching upward from `cwd`. The predicate takes paths as
 * the user named them (relative to `cwd`) or absolute ones; with no ignore file it ignores nothing.
 */
export function loadIgnore(cwd: string): FilePredicate {
  const file = findIgnoreFile(cwd);
  if (!file) return () => false;
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(`${path.relative(cwd, file) || file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'read error'})`);
  }
  return ignorePredicate(text, path.dirname(file), path.resolve(cwd));
}

/** A predicate that is true when the path, or any directory above it, matches one of `globs`. */
export function globPredicate(globs: readonly string[]): (relative: string) => boolean {
  const matchers = globs.map((g) => picomatch(g.replace(/^\.\//, '').replace(/\/+$/, ''), { dot: true, basename: !g.replace(/\/+$/, '').includes('/') }));
  return (relative) => {
    const parts = relative.split('/');
    for (let i = parts.length; i >= 1; i--) {
      const candidate = parts.slice(0, i).join('/');
      if (matchers.some((m) => m(candidate))) return true;
    }
    return false;
  };
}

export interface FileFilterOptions {
  cwd: string;
  /** From loadIgnore; null or undefined when ignore files are not used. */
  ignoreFile?: FilePredicate | null | undefined;
  include?: readonly string[] | undefined;
  exclude?: readonly string[] | undefined;
  /** The directory globs are relative to: the config file's directory. Defaults to cwd. */
  base?: string | undefined;
}

/** One predicate for ReadOptions.ignored: true = leave the file out. */
export function makeFileFilter(options: FileFilterOptions): FilePredicate {
  const cwd = path.resolve(options.cwd);
  const base = path.resolve(cwd, options.base ?? cwd);
  const ignored = options.ignoreFile ?? null;
  const include = options.include && options.include.length > 0 ? globPredicate(options.include) : null;
  const exclude = options.exclude && options.exclude.length > 0 ? globPredicate(options.exclude) : null;
  return (file) => {
    if (ignored?.(file)) return true;
    if (!include && !exclude) return false;
    const absolute = path.resolve(cwd, file);
    const rel = relativeInside(base, absolute) ?? path.relative(base, absolute).split(path.sep).join('/');
    if (exclude?.(rel)) return true;
    if (include && !include(rel)) return true;
    return false;
  };
}
