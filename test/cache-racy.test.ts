// When a file's status vouches for its kept claims. A status taken soon after the file last changed
// does not: a change within the same tick of a coarse file-system clock leaves size and times as they
// were, so the text is hashed. The status and clock here are given, so such a change can be staged.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimCache, RACY_MS, type Probe } from '../src/cli/cache.js';
import { extractText } from '../src/api.js';
import { cacheOf, scenario, tempRoot } from './helpers/claim-cache.js';
import type { Signature } from '../src/cli/cache-file.js';

const root = tempRoot();
afterAll(root.done);

const TEXT = 'The depot stores 480 pallets.\n';
const SAME_SIZE = 'The depot stores 490 pallets.\n';
const CHANGED = 1_800_000_000_000;

/** A probe that gives `status` for every file, and a clock `after` ms past its modification time. */
function probe(status: Signature, after: number): Probe & { status: Signature } {
  const p = { status, stat: () => p.status, now: () => status.mtimeMs + after };
  return p;
}

const status = (size: number): Signature => ({ size, mtimeMs: CHANGED, ctimeMs: CHANGED, ino: 7 });

/** Fills a cache for notes.md with `text`, its status taken `after` ms past its last change. */
function filled(after: number): { dir: string; p: ReturnType<typeof probe>; open: () => ClaimCache } {
  const dir = scenario(root.dir(), { 'notes.md': TEXT });
  const p = probe(status(TEXT.length), after);
  const open = () => new ClaimCache(path.join(dir, '.claimcheckcache'), 'key', 'test', p);
  const input = { file: 'notes.md', absolute: path.join(dir, 'notes.md') };
  const cache = open();
  expect(cache.has(input)).toBe(false);
  cache.set(input, extractText(TEXT, 'notes.md'), [], 0, TEXT);
  expect(cache.save()).toBeUndefined();
  return { dir, p, open };
}

const input = (dir: string) => ({ file: 'notes.md', absolute: path.join(dir, 'notes.md') });

describe('a status taken soon after the last change', () => {
  it('does not vouch alone: a same-size change with the same status is found by its hash', () => {
    const { dir, open } = filled(RACY_MS - 1000);
    expect(cacheOf(dir).files[0]!.entry.racy).toBe(true);
    fs.writeFileSync(path.join(dir, 'notes.md'), SAME_SIZE);
    expect(open().has(input(dir))).toBe(false);
  });

  it('an unchanged file is kept; once the clock has moved on, its entry is trusted and written so', () => {
    const { dir, p, open } = filled(RACY_MS - 1000);
    const cache = open();
    expect(cache.has(input(dir))).toBe(true);
    expect(cache.save()).toBeUndefined();
    expect(cacheOf(dir).files[0]!.entry.racy).toBe(true);
    p.now = () => CHANGED + RACY_MS + 1000;
    const later = open();
    expect(later.has(input(dir))).toBe(true);
    later.save();
    expect(cacheOf(dir).files[0]!.entry.racy).toBe(false);
  });
});

describe('a status taken well after the last change', () => {
  it('vouches alone: the file is not read (a same-size change under the same status goes unseen)', () => {
    const { dir, open } = filled(RACY_MS + 1000);
    expect(cacheOf(dir).files[0]!.entry.racy).toBe(false);
    fs.writeFileSync(path.join(dir, 'notes.md'), SAME_SIZE);
    expect(open().has(input(dir))).toBe(true);
  });

  for (const [field, value] of [
    ['size', TEXT.length + 1],
    ['mtimeMs', CHANGED + 1],
    ['ctimeMs', CHANGED + 1],
    ['ino', 8],
  ] as const) {
    it(`another ${field} sends it to the hash, which finds the change`, () => {
      const { dir, p, open } = filled(RACY_MS + 1000);
      fs.writeFileSync(path.join(dir, 'notes.md'), field === 'size' ? `${SAME_SIZE} ` : SAME_SIZE);
      p.status = { ...p.status, [field]: value };
      expect(open().has(input(dir))).toBe(false);
    });
  }
});

it('an entry keeps the status taken before the file was read, not after', () => {
  const dir = scenario(root.dir(), { 'notes.md': TEXT });
  const p = probe(status(TEXT.length), RACY_MS + 1000);
  const cache = new ClaimCache(path.join(dir, '.claimcheckcache'), 'key', 'test', p);
  expect(cache.has(input(dir))).toBe(false);
  p.status = { ...p.status, mtimeMs: CHANGED + 5 };
  cache.set(input(dir), extractText(TEXT, 'notes.md'), [], 0, TEXT);
  cache.save();
  expect(cacheOf(dir).files[0]!.entry.mtimeMs).toBe(CHANGED);
});
