// Folders for `--cache` tests, and reading or rewriting the cache file through its own layout code.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cacheFileParts, parseCacheFile, type CacheContents } from '../../src/cli/cache-file.js';

/** A temporary folder for the tests of one file; `done` removes it. */
export function tempRoot(): { dir: () => string; done: () => void } {
  let root: string | undefined;
  return {
    dir: () => (root ??= fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-cache-')))),
    done: () => root && fs.rmSync(root, { recursive: true, force: true }),
  };
}

let counter = 0;

/** Files written in a new folder under `root`, dated a minute ago: their status alone vouches for them. */
export function scenario(root: string, files: Record<string, string>): string {
  const dir = path.join(root, `case-${++counter}`);
  const past = new Date(Date.now() - 60_000);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
    fs.utimesSync(path.join(dir, name), past, past);
  }
  return dir;
}

export function cacheOf(dir: string, name = '.claimcheckcache'): CacheContents {
  const contents = parseCacheFile(fs.readFileSync(path.join(dir, name)));
  if (!contents) throw new Error('not a cache of this layout');
  return contents;
}

/** Changes the cache and writes it back, well-formed, its checksum made again. */
export function rewrite(dir: string, change: (contents: CacheContents) => void, name = '.claimcheckcache'): void {
  const contents = cacheOf(dir, name);
  change(contents);
  fs.writeFileSync(path.join(dir, name), Buffer.concat(cacheFileParts(contents)));
}

/** Rewrites `from` in the kept claims' text as `to`: output that shows `to` came from the cache. */
export function tamper(dir: string, from: string, to: string, name = '.claimcheckcache'): void {
  rewrite(
    dir,
    (contents) => {
      for (const held of contents.files) held.text = Buffer.from(held.text.toString('utf8').replaceAll(from, to));
    },
    name,
  );
}
