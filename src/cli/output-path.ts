// An output file that is also an input would be overwritten by the report of its own contents: that
// is a user error, found before anything is read or written. Paths compare as real paths, so a link
// or a `./` prefix does not hide an input.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { expandPaths } from '../read/inputs.js';
import type { Settings } from './settings.js';

/** The real path of `file`, or of its folder joined to its name when it does not exist yet. */
export function realPathOf(file: string): string {
  try {
    return fs.realpathSync(file);
  } catch {
    const dir = path.dirname(file);
    return dir === file ? file : path.join(realPathOf(dir), path.basename(file));
  }
}

/** Every file the run reads: inputs, sources (both expanded as they will be read), facts and baseline. */
function inputsOf(settings: Settings): string[] {
  const cwd = settings.read.cwd ?? process.cwd();
  const named = [...settings.paths, ...(settings.sources ?? [])].filter((p) => p !== '-');
  const expanded = named.flatMap((p) => {
    try {
      return expandPaths([p], { ...settings.read, ignored: undefined }).flatMap((f) => (f.absolute ? [f.absolute] : []));
    } catch {
      return [path.resolve(cwd, p)];
    }
  });
  const single = [settings.facts, settings.baseline].filter((f): f is string => typeof f === 'string').map((f) => path.resolve(cwd, f));
  return [...expanded, ...single];
}

/** Throws a user error when the output file is one of the files the run reads. */
export function assertOutputNotInput(settings: Settings, outputFile: string | undefined = settings.outputFile): void {
  if (outputFile === undefined) return;
  const cwd = settings.read.cwd ?? process.cwd();
  const target = realPathOf(path.resolve(cwd, outputFile));
  for (const input of inputsOf(settings)) {
    if (realPathOf(input) === target) throw new UsageError(`${outputFile}: the output file is also an input; write the report somewhere else`);
  }
}
