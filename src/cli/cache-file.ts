// The layout of .claimcheckcache. Three parts, so a run over unchanged files reads it once and writes
// the claims' JSON text straight from it, without parsing or encoding them again:
//
//   claimcheck-cache 2 <CRC-32 of everything after this line, 8 hex digits>
//   {"tool":"<version>","key":"<settings>","files":[{"path":…,"bytes":N,…},…]}
//   <the claims' text of every file in that order, N bytes each>
//
// A file's claims' text is, for each claim, ",\n" and then the claim's JSON as a JSON report writes it
// (escaped as `jsonSafe` escapes it). A JSON report's claims are the same text, so the text of files
// kept one after another can be written as one piece.
import zlib from 'node:zlib';

export const FORMAT = 'claimcheck-cache 2';

/** What a file's status says about it: when all four are unchanged, so, as a rule, is the file. */
export interface Signature {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

export interface StoredEntry extends Signature {
  /** The file's absolute path. */
  path: string;
  /** SHA-1 of the file's decoded text. */
  hash: string;
  /**
   * True when its times were taken soon after it last changed: a change made just after, within the
   * file system's time resolution, could leave all four the same. Such an entry is checked by its hash.
   */
  racy: boolean;
  /** The file's name in the claims' text (ids and `file`), as the run that wrote it named the file. */
  name: string;
  /** Warnings about the file (unused directives and the like), without the file name. */
  warnings: string[];
  /** Claims its directives left out. */
  suppressed: number;
  /** Length in bytes of its claims' text. */
  bytes: number;
}

export interface Held {
  entry: StoredEntry;
  /** Its claims' text, UTF-8. */
  text: Buffer;
}

export interface CacheContents {
  tool: string;
  key: string;
  files: Held[];
}

export class DamagedCache extends Error {}

function isEntry(e: unknown): e is StoredEntry {
  const x = e as StoredEntry;
  return (
    typeof x === 'object' &&
    x !== null &&
    typeof x.path === 'string' &&
    typeof x.hash === 'string' &&
    typeof x.name === 'string' &&
    typeof x.racy === 'boolean' &&
    [x.size, x.mtimeMs, x.ctimeMs, x.ino, x.suppressed].every((n) => typeof n === 'number') &&
    Number.isInteger(x.bytes) &&
    x.bytes >= 0 &&
    Array.isArray(x.warnings) &&
    x.warnings.every((w) => typeof w === 'string')
  );
}

/**
 * The contents of a cache file; null when it was written in another layout (by another version);
 * throws DamagedCache when it is not a whole, well-formed cache.
 */
export function parseCacheFile(bytes: Buffer): CacheContents | null {
  if (bytes[0] === 0x7b) {
    // The first layout, one JSON object with the tool's version, was written by an earlier version.
    let tool: unknown;
    try {
      tool = (JSON.parse(bytes.toString('utf8')) as { tool?: unknown } | null)?.tool;
    } catch {
      // Not JSON at all.
    }
    if (typeof tool === 'string') return null;
    throw new DamagedCache('not a cache file');
  }
  const firstEnd = bytes.indexOf(10);
  const first = bytes.toString('latin1', 0, firstEnd < 0 ? Math.min(bytes.length, 64) : firstEnd);
  const match = /^claimcheck-cache (\d+) ([0-9a-f]{8})$/.exec(first);
  if (!match || firstEnd < 0) throw new DamagedCache('not a cache file');
  if (`claimcheck-cache ${match[1]}` !== FORMAT) return null;
  const rest = bytes.subarray(firstEnd + 1);
  if (crc32(rest) !== parseInt(match[2]!, 16)) throw new DamagedCache('checksum');
  const headEnd = rest.indexOf(10);
  if (headEnd < 0) throw new DamagedCache('no header');
  let head: { tool?: unknown; key?: unknown; files?: unknown };
  try {
    head = JSON.parse(rest.toString('utf8', 0, headEnd)) as typeof head;
  } catch {
    throw new DamagedCache('header');
  }
  if (typeof head?.tool !== 'string' || typeof head.key !== 'string' || !Array.isArray(head.files) || !head.files.every(isEntry)) throw new DamagedCache('header');
  const files: Held[] = [];
  let at = headEnd + 1;
  for (const entry of head.files as StoredEntry[]) {
    files.push({ entry, text: rest.subarray(at, at + entry.bytes) });
    at += entry.bytes;
  }
  if (at !== rest.length) throw new DamagedCache('length');
  return { tool: head.tool, key: head.key, files };
}

/** The cache file's bytes, as pieces to write one after another. */
export function cacheFileParts(contents: CacheContents): Buffer[] {
  const files = contents.files.map(({ entry, text }) => ({ ...entry, bytes: text.length }));
  // The header is ASCII: other characters are written as \u escapes.
  const header = JSON.stringify({ tool: contents.tool, key: contents.key, files }).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  const rest = [Buffer.from(`${header}\n`, 'latin1'), ...contents.files.map((f) => f.text)];
  let crc = 0;
  for (const part of rest) crc = crc32(part, crc);
  return [Buffer.from(`${FORMAT} ${crc.toString(16).padStart(8, '0')}\n`, 'latin1'), ...rest];
}

let table: Int32Array | undefined;

/** CRC-32 as zlib computes it; zlib's own where this Node has it (20.15 and later). */
export function crc32(bytes: Uint8Array, start = 0): number {
  const native = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
  if (native) return native(bytes, start);
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = ~start;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
