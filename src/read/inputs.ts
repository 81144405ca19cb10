// Paths to documents: files, directories (recursive), glob patterns and "-" for standard input.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { FileError } from '../schema.js';
import { UsageError } from '../errors.js';
import { decode } from './decode.js';
import { ReadError, specialKind } from './read-error.js';
import { isMarkdownName, prepareDocument, type SourceDocument } from './document.js';
import { readPieces, STREAM_FROM, type Piece } from './pieces.js';

// The glob library loads only when a path is not a file or directory: a run that names files and
// directories starts without it.
const load = createRequire(import.meta.url);
const glob = () => load('tinyglobby') as typeof import('tinyglobby');

export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

export interface ReadOptions {
  extensions?: string[];
  /** Name used for standard input in positions. */
  stdinName?: string;
  /** Reads standard input; given by the caller so tests can supply it. */
  readStdin?: () => Buffer;
  cwd?: string;
  /** Returns true for paths to leave out (ignore files, exclude globs). */
  ignored?: (file: string) => boolean;
  /** Told of a file named on the command line that `ignored` leaves out. */
  warn?: (warning: FileError) => void;
  /** Files of at least this many bytes are read in pieces (default 32 MiB). */
  streamFrom?: number;
  /** Characters a piece holds at least (default 4 Mi). */
  pieceChars?: number;
}

export interface InputFile {
  /** The path as the user named it, or as found under a named directory. */
  file: string;
  /** Where to read it; null for standard input. */
  absolute: string | null;
  /** Named on the command line (or standard input), not found by walking a directory or a pattern. */
  explicit?: boolean;
}

function normalizeExt(ext: string): string {
  const e = ext.trim().toLowerCase();
  return e.startsWith('.') ? e : `.${e}`;
}

function walk(dir: string, shown: string, exts: Set<string>, out: InputFile[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const abs = path.join(dir, e.name);
    const rel = shown === '.' ? e.name : path.join(shown, e.name);
    if (e.isDirectory()) walk(abs, rel, exts, out);
    else if (e.isFile() && exts.has(path.extname(e.name).toLowerCase())) out.push({ file: rel, absolute: abs });
  }
}

/** Expands the named paths, in argument order, each directory's files sorted. */
export function expandPaths(paths: string[], options: ReadOptions = {}): InputFile[] {
  const cwd = options.cwd ?? process.cwd();
  const exts = new Set((options.extensions ?? DEFAULT_EXTENSIONS).map(normalizeExt));
  const out: InputFile[] = [];
  const seen = new Set<string>();
  const add = (f: InputFile) => {
    const key = f.absolute ?? '-';
    if (seen.has(key)) return;
    if (f.absolute && options.ignored?.(f.file)) return;
    seen.add(key);
    out.push(f);
  };
  for (const p of paths) {
    if (p === '-') {
      if (seen.has('-')) throw new UsageError('- (standard input) is named more than once; it can be read only once');
      if (options.stdinName && options.ignored?.(options.stdinName)) continue;
      add({ file: options.stdinName ?? '<stdin>', absolute: null, explicit: true });
      continue;
    }
    const abs = path.resolve(cwd, p);
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(abs);
    } catch {
      stat = undefined;
    }
    if (stat?.isDirectory()) {
      const found: InputFile[] = [];
      walk(abs, p.replace(/[\\/]+$/, '') || '.', exts, found);
      const kept = found.filter((f) => !options.ignored?.(f.file));
      if (kept.length === 0) throw new UsageError(`${p}: no ${[...exts].join(', ')} files to read in this directory`);
      kept.forEach(add);
    } else if (stat?.isFile()) {
      try {
        fs.accessSync(abs, fs.constants.R_OK);
      } catch {
        throw new UsageError(`${p}: cannot read (permission denied)`);
      }
      if (options.ignored?.(p)) {
        options.warn?.({ file: p, severity: 'warning', message: 'skipped: named on the command line, but an ignore rule (.claimcheckignore or the config\'s include/exclude) leaves it out' });
        continue;
      }
      add({ file: p, absolute: abs, explicit: true });
    } else if (stat && specialKind(stat)) {
      throw new UsageError(`${p}: cannot read ${specialKind(stat)}; name a regular file, a directory or - for standard input`);
    } else if (glob().isDynamicPattern(p)) {
      const matches = glob().globSync(p, { cwd, onlyFiles: true, dot: false, ignore: ['**/node_modules/**'] }).sort();
      if (matches.length === 0) throw new UsageError(`${p}: no files match this pattern`);
      for (const m of matches) add({ file: m, absolute: path.resolve(cwd, m) });
    } else {
      throw new UsageError(`${p}: no such file or directory`);
    }
  }
  return out;
}

export interface ReadResult {
  documents: SourceDocument[];
  errors: FileError[];
}

/** True when `input` is a file large enough to be read in pieces. */
export function isLarge(input: InputFile, options: ReadOptions = {}): boolean {
  if (input.absolute === null) return false;
  try {
    return fs.statSync(input.absolute).size >= (options.streamFrom ?? STREAM_FROM);
  } catch {
    return false;
  }
}

function cannotRead(input: InputFile, e: unknown): ReadError {
  const code = (e as NodeJS.ErrnoException).code;
  return new ReadError(input.file, `cannot read (${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : (code ?? 'read error')})`);
}

/** A large input's pieces (see `readPieces`), refused or skipped as `readInput` would refuse or skip it whole. */
export function readLargeInput(input: InputFile, options: ReadOptions = {}): { pieces?: Generator<Piece>; error?: FileError } {
  let read: ReturnType<typeof readPieces>;
  try {
    read = readPieces(input.absolute as string, { pieceChars: options.pieceChars, markdown: isMarkdownName(input.file) });
  } catch (e) {
    throw cannotRead(input, e);
  }
  if (!read.ok) {
    if (input.explicit) throw new ReadError(input.file, `cannot read as text (${read.reason})`);
    return { error: { file: input.file, severity: 'warning', message: `skipped: ${read.reason}` } };
  }
  const pieces = read.pieces;
  return {
    pieces: (function* () {
      for (;;) {
        let next: IteratorResult<Piece>;
        try {
          next = pieces.next();
        } catch (e) {
          throw e instanceof ReadError ? e : cannotRead(input, e);
        }
        if (next.done) return;
        yield next.value;
      }
    })(),
  };
}

/** Reads and prepares one input. Binary files become warnings; unreadable files are user errors. */
export function readInput(input: InputFile, options: ReadOptions = {}): { document?: SourceDocument; error?: FileError } {
  let bytes: Buffer;
  try {
    bytes = input.absolute === null ? (options.readStdin ?? (() => fs.readFileSync(0)))() : fs.readFileSync(input.absolute);
  } catch (e) {
    throw cannotRead(input, e);
  }
  const decoded = decode(bytes);
  if (!decoded.ok) {
    // A file named on the command line must be read, or the run fails: a gate that skips it passes.
    if (input.explicit) throw new ReadError(input.file, `cannot read as text (${decoded.reason})`);
    return { error: { file: input.file, severity: 'warning', message: `skipped: ${decoded.reason}` } };
  }
  return { document: prepareDocument(input.file, decoded.text, isMarkdownName(input.file)) };
}
