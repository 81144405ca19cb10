// A single file named by the user (a facts file): read whole as text, or a user error that says why.
import fs from 'node:fs';
import { decode } from './decode.js';
import { ReadError, specialKind } from './read-error.js';

/** The file's text. Errors from the file system are thrown as they are, for the caller to word. */
export function readNamedText(absolute: string, shown: string): string {
  const stat = fs.statSync(absolute);
  const special = specialKind(stat);
  if (special) throw new ReadError(shown, `cannot read ${special}; name a regular file`);
  const decoded = decode(fs.readFileSync(absolute));
  if (!decoded.ok) throw new ReadError(shown, `cannot read as text (${decoded.reason})`);
  return decoded.text.replace(/^\uFEFF/, '');
}
