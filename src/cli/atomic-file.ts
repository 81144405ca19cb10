// A file written beside its target under a temporary name and renamed into place only when the run
// completes: a run that fails part-way leaves the old file as it was.
import fs from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { realPathOf } from './output-path.js';

export interface AtomicFile {
  fd: number;
  /** Closes the temporary file and renames it over the target. */
  commit: () => void;
  /** Closes and removes the temporary file; the target is untouched. */
  abort: () => void;
}

let counter = 0;

export function openAtomic(file: string, shown: string): AtomicFile {
  // Writing through a link replaces what it points to, as writing in place would.
  const target = realPathOf(file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}-${++counter}.tmp`);
  let mode: number | undefined;
  try {
    mode = fs.statSync(target).mode & 0o777;
  } catch {
    mode = undefined;
  }
  let fd: number;
  try {
    fd = fs.openSync(temp, 'wx', mode ?? 0o666);
  } catch (e) {
    throw new UsageError(`${shown}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let open = true;
  const close = () => {
    if (!open) return;
    open = false;
    fs.closeSync(fd);
  };
  return {
    fd,
    commit: () => {
      close();
      try {
        if (mode !== undefined) fs.chmodSync(temp, mode);
        fs.renameSync(temp, target);
      } catch (e) {
        fs.rmSync(temp, { force: true });
        throw new UsageError(`${shown}: cannot write (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      }
    },
    abort: () => {
      close();
      fs.rmSync(temp, { force: true });
    },
  };
}
