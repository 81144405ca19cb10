// `--cache`: each file's claims, kept in .claimcheckcache between runs. An entry is reused when the
// file's size and modification time are unchanged, or, when only the time changed, when its
// content hash is. The whole cache is dropped when the tool version or a setting that changes
// extraction (tolerance, ignore patterns) differs; an unreadable cache is rebuilt with a warning.
// Claims are kept as their JSON text without the file name, which is the same for every claim of a
// file: a cached run writes a JSON report from that text, without building the claims.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Claim, FileError } from '../schema.js';
import type { InputFile } from '../read/inputs.js';
import { VERSION } from '../version.js';
import { jsonSafe, printable } from '../report/printable.js';

export const CACHE_FILE = '.claimcheckcache';

interface Entry {
  size: number;
  mtimeMs: number;
  hash: string;
  /**
   * A line per claim: the end of its id after the file name (":line:column"), a space, then its
   * JSON text (made safe as JSON reports write it) after the id and file, `"line":…}`.
   */
  claims: string;
  /** Warnings about the file (unused directives and the like), without the file name. */
  warnings: string[];
  /** Claims its directives left out. */
  suppressed: number;
}

interface CacheFile {
  tool: string;
  key: string;
  files: Record<string, Entry>;
}

export interface CachedClaims {
  claims: Claim[];
  errors: FileError[];
  suppressed: number;
}

function wellFormed(entry: unknown): entry is Entry {
  const e = entry as Entry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.size === 'number' &&
    typeof e.mtimeMs === 'number' &&
    typeof e.hash === 'string' &&
    typeof e.claims === 'string' &&
    Array.isArray(e.warnings) &&
    e.warnings.every((w) => typeof w === 'string') &&
    typeof e.suppressed === 'number'
  );
}

function hashOf(bytes: Buffer): string {
  return crypto.createHash('sha1').update(bytes).digest('hex');
}

export class ClaimCache {
  private data: CacheFile;
  private changed = false;
  private readonly checked = new Map<string, Entry | null>();
  /** Why the cache file on disk could not be used, when it was unreadable. */
  readonly problem: string | undefined;

  constructor(
    readonly file: string,
    key: string,
    tool: string = VERSION,
  ) {
    this.data = { tool, key, files: {} };
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      return; // No cache yet.
    }
    try {
      const parsed = JSON.parse(text) as CacheFile;
      if (!parsed || typeof parsed !== 'object' || !parsed.files || typeof parsed.files !== 'object' || Array.isArray(parsed.files)) throw new Error('not a cache');
      // Another tool version or other extraction settings: every entry is stale.
      if (parsed.tool === tool && parsed.key === key) this.data = parsed;
      else this.changed = true;
    } catch {
      this.problem = 'the cache file is not readable; it is rebuilt';
      this.changed = true;
    }
  }

  /** The entry for an input whose content is unchanged, else null. Reads the file only when its time changed. */
  private entry(input: InputFile): Entry | null {
    if (input.absolute === null) return null;
    const seen = this.checked.get(input.absolute);
    if (seen !== undefined) return seen;
    let found: Entry | null = null;
    const entry = Object.hasOwn(this.data.files, input.absolute) ? this.data.files[input.absolute]! : undefined;
    if (entry && !wellFormed(entry)) {
      // A damaged entry is dropped and the file read again.
      delete this.data.files[input.absolute];
      this.changed = true;
    } else if (entry) {
      try {
        const stat = fs.statSync(input.absolute);
        if (stat.size === entry.size && stat.mtimeMs === entry.mtimeMs) found = entry;
        else if (stat.size === entry.size && hashOf(fs.readFileSync(input.absolute)) === entry.hash) {
          entry.mtimeMs = stat.mtimeMs;
          this.changed = true;
          found = entry;
        }
      } catch {
        found = null;
      }
    }
    this.checked.set(input.absolute, found);
    return found;
  }

  /** True when every input has an entry: the run needs no extraction at all. */
  covers(inputs: readonly InputFile[]): boolean {
    return inputs.every((input) => this.entry(input) !== null);
  }

  get(input: InputFile): CachedClaims | undefined {
    const entry = this.entry(input);
    if (!entry) return undefined;
    const file = input.file;
    const claims: Claim[] = [];
    for (const text of this.jsonOf(input)) claims.push(JSON.parse(text) as Claim);
    return { claims, errors: this.warningsOf(entry, file), suppressed: entry.suppressed };
  }

  /** The kept claims of an unchanged input as JSON text, as a JSON report writes them. */
  *jsonOf(input: InputFile): Generator<string> {
    const entry = this.entry(input);
    if (!entry || entry.claims === '') return;
    // The file name is plain text in the id; the id's end is digits and colons.
    const name = jsonSafe(JSON.stringify(input.file));
    const idStart = `{"id":${name.slice(0, -1)}`;
    const fileField = `","file":${name},`;
    for (const line of entry.claims.split('\n')) {
      const space = line.indexOf(' ');
      yield idStart + line.slice(0, space) + fileField + line.slice(space + 1);
    }
  }

  /** The warnings and suppressed count of an unchanged input. */
  extrasOf(input: InputFile): { errors: FileError[]; suppressed: number } {
    const entry = this.entry(input)!;
    return { errors: this.warningsOf(entry, input.file), suppressed: entry.suppressed };
  }

  private warningsOf(entry: Entry, file: string): FileError[] {
    return entry.warnings.map((message) => ({ file, severity: 'warning' as const, message }));
  }

  set(input: InputFile, claims: readonly Claim[], errors: readonly FileError[], suppressed: number): void {
    if (input.absolute === null) return;
    const lines: string[] = [];
    for (const claim of claims) {
      const json = jsonSafe(JSON.stringify(claim));
      const head = jsonSafe(`{"id":${JSON.stringify(claim.id)},"file":${JSON.stringify(claim.file)},`);
      const idEnd = claim.id.slice(claim.file.length);
      // A claim of another shape is not kept: the file is read again next time.
      if (!json.startsWith(head) || !claim.id.startsWith(claim.file) || !/^[:0-9]*$/.test(idEnd)) return;
      lines.push(`${idEnd} ${json.slice(head.length)}`);
    }
    try {
      const bytes = fs.readFileSync(input.absolute);
      const stat = fs.statSync(input.absolute);
      this.data.files[input.absolute] = { size: stat.size, mtimeMs: stat.mtimeMs, hash: hashOf(bytes), claims: lines.join('\n'), warnings: errors.map((e) => e.message), suppressed };
      this.checked.set(input.absolute, this.data.files[input.absolute]!);
      this.changed = true;
    } catch {
      // A file that vanished while being read is simply not cached.
    }
  }

  /** Writes the cache when it changed: to a temporary file first, then renamed into place. Returns why it could not. */
  save(): string | undefined {
    if (!this.changed) return undefined;
    const tmp = `${this.file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(this.file), { recursive: true });
      // ASCII only (other characters as \u escapes): read back, it decodes on the fast path.
      fs.writeFileSync(tmp, JSON.stringify(this.data).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`));
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
