// The cache file's layout: what is written reads back the same, and the checksum is zlib's CRC-32.
import { describe, expect, it } from 'vitest';
import { cacheFileParts, crc32, FORMAT, parseCacheFile, portableCrc32, type CacheContents } from '../src/cli/cache-file.js';

const entry = (path: string, text: string) => ({
  entry: { path, size: 10, mtimeMs: 1.5, ctimeMs: 2.25, ino: 3, hash: 'ab', racy: false, name: 'n.md', warnings: ['line 2: café'], suppressed: 1, bytes: 0 },
  text: Buffer.from(text),
});

describe('the cache file', () => {
  it('reads back what was written, each file with its own claims text', () => {
    const contents: CacheContents = { tool: '1.2.3', key: '{"k":"ü"}', files: [entry('/a/n.md', ',\n{"id":"n.md:1:1"}'), entry('/a/e.md', ''), entry('/a/o.md', ',\n{"x":"crêpe"}')] };
    const bytes = Buffer.concat(cacheFileParts(contents));
    expect(bytes.toString('latin1').split('\n')[0]).toMatch(new RegExp(`^${FORMAT} [0-9a-f]{8}$`));
    const back = parseCacheFile(bytes)!;
    expect([back.tool, back.key]).toEqual([contents.tool, contents.key]);
    expect(back.files.map((f) => [f.entry, f.text.toString()])).toEqual(contents.files.map((f) => [{ ...f.entry, bytes: f.text.length }, f.text.toString()]));
  });

  it('an earlier layout (one JSON object with the version) is not this one, and not damage', () => {
    expect(parseCacheFile(Buffer.from('{"tool":"0.1.0","key":"{}","files":{}}'))).toBeNull();
    expect(parseCacheFile(Buffer.from('claimcheck-cache 1 00000000\n{}\n'))).toBeNull();
    expect(() => parseCacheFile(Buffer.from('{"files":{}}'))).toThrow();
  });
});

describe('CRC-32', () => {
  const samples = [Buffer.from(''), Buffer.from('123456789'), Buffer.from('claims, café, 🥞'), Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31) % 256))];
  it('the check value of "123456789" is cbf43926', () => {
    expect(portableCrc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
    expect(crc32(Buffer.from('123456789')).toString(16)).toBe('cbf43926');
  });
  it('computed here it is the same as zlib, also when carried over from piece to piece', () => {
    for (const s of samples) expect(portableCrc32(s)).toBe(crc32(s));
    const [, a, b, c] = samples;
    expect(portableCrc32(c!, portableCrc32(b!, portableCrc32(a!)))).toBe(crc32(Buffer.concat([a!, b!, c!])));
  });
});
