// `--cache`: each file's claims, kept in .claimcheckcache between runs (the layout is in
// cache-file.ts). A file's entry is keyed by the hash of its text; the file's status (size,
// modification and change times, inode), taken before it was read, stands in for the hash while it
// is unchanged, as git's index does. A status taken within RACY_MS of the file's last change is not
// trusted alone (a change in the same tick of a coarse file system clock leaves it the same): the
// text is hashed instead. The whole cache is dropped when the tool version or a setting that changes
// extraction (tolerance, ignore patterns) differs; a damaged cache is rebuilt with a warning.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Claim, FileError } from '../schema.js';
import type { InputFile } from '../read/inputs.js';
import { decode } from '../read/decode.js';
import { VERSION } from '../version.js';
import { jsonSafe, printable } from '../report/printable.js';
import { cacheFileParts, DamagedCache, parseCacheFile, type Held, type Signature } from './cache-file.js';

export const CACHE_FILE = '.claimcheckcache';

/** File systems keep times to 2 s at worst (FAT); a margin beyond that. */
export const RACY_MS = 3000;

export interface CachedClaims {
  claims: Claim[];
  errors: FileError[];
  suppressed: number;
}

/** How the cache looks at files and the clock; tests give their own. */
export interface Probe {
  stat: (file: string) => Signature;
  now: () => number;
}

const system: Probe = {
  stat: (file) => {
    const s = fs.statSync(file);
    return { size: s.size, mtimeMs: s.mtimeMs, ctimeMs: s.ctimeMs, ino: s.ino };
  },
  now: () => Date.now(),
};

// Hashing is needed only for files whose status changed: node:crypto loads then.
const load = createRequire(import.meta.url);

function hashOf(text: string): string {
  return (load('node:crypto') as typeof import('node:crypto')).createHash('sha1').update(text).digest('hex');
}

const sameStatus = (a: Signature, b: Signature) => a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

export class ClaimCache {
  private readonly held = new Map<string, Held>();
  /** The status of each file looked at in this run, taken before it was read, and when. */
  private readonly seen = new Map<string, { status: Signature; at: number } | null>();
  private readonly found = new Map<string, Held | null>();
  private changed = false;
  /** Why the cache file on disk could not be used, when it was damaged. */
  readonly problem: string | undefined;

  constructor(
    readonly file: string,
    private readonly key: string,
    private readonly tool: string = VERSION,
    private readonly probe: Probe = system,
  ) {
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(file);
    } catch {
      return; // No cache yet.
    }
    try {
      const contents = parseCacheFile(bytes);
      // Another layout, tool version or other extraction settings: every entry is stale.
      if (contents && contents.tool === tool && contents.key === key) for (const h of contents.files) this.held.set(h.entry.path, h);
      else this.changed = true;
    } catch (e) {
      if (!(e instanceof DamagedCache)) throw e;
      this.problem = 'the cache file is not readable; it is rebuilt';
      this.changed = true;
    }
  }

  /** The status of a file before it is read; null when it cannot be taken. */
  private look(absolute: string): { status: Signature; at: number } | null {
    let seen = this.seen.get(absolute);
    if (seen === undefined) {
      try {
        seen = { status: this.probe.stat(absolute), at: this.probe.now() };
      } catch {
        seen = null;
      }
      this.seen.set(absolute, seen);
    }
    return seen;
  }

  /** The entry of an input whose text is unchanged, else null. Reads the file only when its status does not vouch for it. */
  private entry(input: InputFile): Held | null {
    if (input.absolute === null) return null;
    const known = this.found.get(input.absolute);
    if (known !== undefined) return known;
    const seen = this.look(input.absolute);
    const held = this.held.get(input.absolute);
    let found: Held | null = null;
    if (seen && held) {
      const { entry } = held;
      if (!entry.racy && sameStatus(seen.status, entry)) found = held;
      else if (seen.status.size === entry.size) {
        const text = this.textOf(input.absolute);
        if (text !== null && hashOf(text) === entry.hash) {
          const racy = seen.at - seen.status.mtimeMs < RACY_MS;
          if (racy !== entry.racy || !sameStatus(seen.status, entry)) {
            Object.assign(entry, seen.status, { racy });
            this.changed = true;
          }
          found = held;
        }
      }
    }
    this.found.set(input.absolute, found);
    return found;
  }

  private textOf(absolute: string): string | null {
    try {
      const decoded = decode(fs.readFileSync(absolute));
      return decoded.ok ? decoded.text : null;
    } catch {
      return null;
    }
  }

  /** True when the input's claims are kept and its file is unchanged. */
  has(input: InputFile): boolean {
    return this.entry(input) !== null;
  }

  /** The kept claims of an unchanged input. */
  get(input: InputFile): CachedClaims | undefined {
    const held = this.entry(input);
    if (!held) return undefined;
    const claims = held.text.length ? (JSON.parse(`[${held.text.toString('utf8', 1)}]`) as Claim[]) : [];
    if (held.entry.name !== input.file) for (const claim of claims) rename(claim, held.entry.name, input.file);
    return { claims, errors: this.warningsOf(held, input.file), suppressed: held.entry.suppressed };
  }

  /**
   * An unchanged input's claims' text (see cache-file.ts), as a JSON report writes it: ",\n" before
   * each claim. Kept text for consecutive files is one piece of the cache file.
   */
  textFor(input: InputFile): Buffer {
    const held = this.entry(input)!;
    if (held.entry.name === input.file) return held.text;
    return Buffer.from(textOf(this.get(input)!.claims), 'utf8');
  }

  /** The warnings and suppressed count of an unchanged input. */
  extrasOf(input: InputFile): { errors: FileError[]; suppressed: number } {
    const held = this.entry(input)!;
    return { errors: this.warningsOf(held, input.file), suppressed: held.entry.suppressed };
  }

  private warningsOf(held: Held, file: string): FileError[] {
    return held.entry.warnings.map((message) => ({ file, severity: 'warning' as const, message }));
  }

  /** Keeps a file's claims, extracted from `text`, read after its status was taken. */
  set(input: InputFile, claims: readonly Claim[], errors: readonly FileError[], suppressed: number, text: string): void {
    if (input.absolute === null) return;
    const seen = this.look(input.absolute);
    // A claim of another shape is not kept: the file is read again next time.
    if (!seen || !claims.every((c) => c.file === input.file && /^[:0-9]*$/.test(c.id.slice(c.file.length)) && c.id.startsWith(c.file))) return;
    const entry = { path: input.absolute, ...seen.status, hash: hashOf(text), racy: seen.at - seen.status.mtimeMs < RACY_MS, name: input.file, warnings: errors.map((e) => e.message), suppressed, bytes: 0 };
    const held = { entry, text: Buffer.from(textOf(claims), 'utf8') };
    this.held.set(input.absolute, held);
    this.found.set(input.absolute, held);
    this.changed = true;
  }

  /**
   * Writes the cache when it changed: to a temporary file first, then renamed into place. The files
   * of this run come first, in its order; entries of files that no longer exist are dropped.
   * Returns why it could not.
   */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const files: Held[] = [];
    for (const held of this.found.values()) if (held) files.push(held);
    for (const [file, held] of this.held) if (!this.found.has(file) && fs.existsSync(file)) files.push(held);
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      const fd = fs.openSync(tmp, 'w');
      try {
        for (const part of cacheFileParts({ tool: this.tool, key: this.key, files })) writeAll(fd, part);
      } finally {
        fs.closeSync(fd);
      }
      fs.renameSync(tmp, this.file);
      this.changed = false;
      return undefined;
    } catch (e) {
      try {
        fs.rmSync(tmp, { force: true });
      } catch {
        // Nothing was written.
      }
      return `the cache could not be written (${(e as NodeJS.ErrnoException).code ?? 'error'})`;
    }
  }
}

function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done);
}

/** Claims' text as kept: ",\n" and the claim's JSON, for each claim. */
function textOf(claims: readonly Claim[]): string {
  let text = '';
  for (const claim of claims) text += `,\n${jsonSafe(JSON.stringify(claim))}`;
  return text;
}

/** Gives a kept claim the name its file has in this run: ids are the file name, then ":line:column". */
function rename(claim: Claim, from: string, to: string): void {
  claim.id = to + claim.id.slice(from.length);
  claim.file = to;
}

/**
 * The cache for a run in `cwd`, keyed by what changes extraction: `.claimcheckcache` there, or at
 * `location` (a file, or a directory to hold `.claimcheckcache`).
 */
export function openCache(cwd: string, settings: unknown, location?: string): ClaimCache {
  let file = path.join(cwd, CACHE_FILE);
  if (location !== undefined) {
    const given = path.resolve(cwd, location);
    file = /[\\/]$/.test(location) || isDirectory(given) ? path.join(given, CACHE_FILE) : given;
  }
  return new ClaimCache(file, JSON.stringify(settings));
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

/** A one-line warning about the cache on standard error, its name as given relative to `cwd`. */
export function cacheWarning(cache: ClaimCache, cwd: string, message: string): string {
  return `claimcheck: warning: ${printable(path.relative(cwd, cache.file) || cache.file)}: ${message}\n`;
}
