// A named input that cannot be read as text: a user error (exit 2) that knows which file it was.
import fs from 'node:fs';
import { UsageError } from '../errors.js';

export class ReadError extends UsageError {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'ReadError';
  }
}

/** What a path that is not a regular file or directory is, in words: `a FIFO (named pipe)`. */
export function specialKind(stat: fs.Stats): string | null {
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSymbolicLink()) return 'a symbolic link';
  return null;
}
