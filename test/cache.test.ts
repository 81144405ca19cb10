// `--cache`: what a re-run reuses, what makes it read a file again, and that the cache never changes
// what is reported. A tampered entry shows whether a run took its claims from the cache.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { cacheOf, rewrite, scenario as scenarioIn, tamper as tamperWith, tempRoot } from './helpers/claim-cache.js';
import { VERSION } from '../src/version.js';
import { cacheFileParts, parseCacheFile } from '../src/cli/cache-file.js';

const NOTES = 'The depot stores 480 pallets.\nDeliveries grew 12% in spring.\n';
const SOURCE = 'The depot stores 520 pallets.\n';
/** What the tampered entry says instead of the pallet figure's text. */
const MARK = '999 crates';

const root = tempRoot();
afterAll(root.done);
const scenario = (files: Record<string, string>) => scenarioIn(root.dir(), files);
const tamper = (dir: string, name?: string) => tamperWith(dir, '480 pallets', MARK, name);

const extract = (dir: string, ...args: string[]) => runCli(['extract', 'notes.md', '--format', 'json', ...args], { cwd: dir });

describe('a re-run with --cache', { timeout: 30_000 }, () => {
  it('writes .claimcheckcache and takes unchanged files from it', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    const first = await extract(dir, '--cache');
    expect(first.code).toBe(0);
    const cache = cacheOf(dir);
    expect(cache.tool).toBe(VERSION);
    expect(cache.files.map((f) => f.entry.path)).toEqual([path.join(dir, 'notes.md')]);
    tamper(dir);
    const second = await extract(dir, '--cache');
    expect(second.stdout).toContain(`"text":"${MARK}"`);
    expect(second.stderr).toBe('');
  });

  it('without --cache, the cache is neither read nor written', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    await extract(dir, '--cache');
    tamper(dir);
    const plain = await extract(dir);
    expect(plain.stdout).toContain('"text":"480 pallets"');
    expect(plain.stdout).not.toContain(MARK);
    const other = scenario({ 'notes.md': NOTES });
    await extract(other);
    expect(fs.existsSync(path.join(other, '.claimcheckcache'))).toBe(false);
  });

  it('"cache": true in the config turns it on', async () => {
    const dir = scenario({ 'notes.md': NOTES, '.claimcheckrc.json': '{ "cache": true }\n' });
    await extract(dir);
    tamper(dir);
    expect((await extract(dir)).stdout).toContain(MARK);
  });
});

describe('output is byte-for-byte the same with and without the cache', { timeout: 30_000 }, () => {
  const formats = ['json', 'jsonl', 'table', 'stylish', 'sarif', 'github', 'junit', 'markdown'];
  for (const command of ['extract', 'check']) {
    for (const format of formats) {
      it(`${command} --format ${format}`, async () => {
        const dir = scenario({
          'notes.md': NOTES,
          'src/figures.md': SOURCE,
          'other.md': '<!-- claimcheck-disable-next-line -->\nThe yard holds 64 trucks.\nThe café sold 240 crêpes for €3 each — “fresh” 🥞.\n',
          'third.md': '<!-- claimcheck-disable-next-line unverified -->\nThe shed holds 37 bikes.\n<!-- claimcheck-frobnicate -->\nThe van carries 12 boxes.\n',
        });
        const args = [command, 'notes.md', 'other.md', 'third.md', '--format', format, ...(command === 'check' ? ['--sources', 'src', '--fail-on', 'never'] : [])];
        const plain = await runCli(args, { cwd: dir });
        const filling = await runCli([...args, '--cache'], { cwd: dir });
        const cached = await runCli([...args, '--cache'], { cwd: dir });
        expect(filling).toEqual(plain);
        expect(cached).toEqual(plain);
        expect(plain.stderr).toContain('third.md');
        expect(cacheOf(dir).files.map((f) => f.entry.name)).toEqual(['notes.md', 'other.md', 'third.md', ...(command === 'check' ? ['src/figures.md'] : [])]);
      });
    }
  }
});

describe('what makes a file be read again', { timeout: 30_000 }, () => {
  it('a changed file', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    await extract(dir, '--cache');
    tamper(dir);
    fs.writeFileSync(path.join(dir, 'notes.md'), NOTES.replace('480', '4800'));
    const run = await extract(dir, '--cache');
    expect(run.stdout).toContain('"text":"4800 pallets"');
    expect(run.stdout).not.toContain(MARK);
  });

  it('a change that keeps the size: the content hash differs', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    await extract(dir, '--cache');
    tamper(dir);
    fs.writeFileSync(path.join(dir, 'notes.md'), NOTES.replace('480', '490'));
    fs.utimesSync(path.join(dir, 'notes.md'), new Date(), new Date(Date.now() + 5000));
    const run = await extract(dir, '--cache');
    expect(run.stdout).toContain('"text":"490 pallets"');
    expect(run.stdout).not.toContain(MARK);
  });

  it('a change that keeps the size and is given back its old modification time: the change time differs', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    const file = path.join(dir, 'notes.md');
    await extract(dir, '--cache');
    tamper(dir);
    const before = fs.statSync(file);
    fs.writeFileSync(file, NOTES.replace('480', '490'));
    fs.utimesSync(file, before.atime, before.mtime);
    expect([fs.statSync(file).size, fs.statSync(file).mtimeMs]).toEqual([before.size, before.mtimeMs]);
    const run = await extract(dir, '--cache');
    expect(run.stdout).toContain('"text":"490 pallets"');
    expect(run.stdout).not.toContain(MARK);
  });

  it('only the time changed: the hash matches, the entry is kept and its time updated', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    await extract(dir, '--cache');
    tamper(dir);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(dir, 'notes.md'), later, later);
    expect((await extract(dir, '--cache')).stdout).toContain(MARK);
    expect(cacheOf(dir).files[0]!.entry.mtimeMs).toBe(fs.statSync(path.join(dir, 'notes.md')).mtimeMs);
  });

  it('another tool version drops every entry', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    await extract(dir, '--cache');
    tamper(dir);
    rewrite(dir, (contents) => (contents.tool = '0.0.0-older'));
    const run = await extract(dir, '--cache');
    expect(run.stdout).toContain('"text":"480 pallets"');
    expect(run.stdout).not.toContain(MARK);
    expect(run.stderr).toBe('');
    expect(cacheOf(dir).tool).toBe(VERSION);
  });

  it('a cache in the layout of an earlier version (one JSON object) is dropped without a warning', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    fs.writeFileSync(path.join(dir, '.claimcheckcache'), JSON.stringify({ tool: '0.1.0', key: '{}', files: {} }));
    const run = await extract(dir, '--cache');
    expect(run.stdout).toBe((await extract(dir)).stdout);
    expect(run.stderr).toBe('');
    expect(cacheOf(dir).files.map((f) => f.entry.name)).toEqual(['notes.md']);
  });

  for (const [what, args, config] of [
    ['another --tolerance', ['--tolerance', '0.2'], undefined],
    ['other ignorePatterns in the config', [], '{ "cache": true, "ignorePatterns": ["^\\\\d+ trucks"] }\n'],
  ] as const) {
    it(what, async () => {
      const dir = scenario({ 'notes.md': NOTES, ...(config ? { '.claimcheckrc.json': '{ "cache": true }\n' } : {}) });
      await extract(dir, '--cache');
      tamper(dir);
      if (config) fs.writeFileSync(path.join(dir, '.claimcheckrc.json'), config);
      const run = await extract(dir, '--cache', ...args);
      expect(run.stdout).toContain('"text":"480 pallets"');
      expect(run.stdout).not.toContain(MARK);
    });
  }

  it('standard input is never cached', async () => {
    const dir = scenario({});
    const run = await runCli(['extract', '-', '--format', 'json', '--cache'], { cwd: dir, stdin: NOTES });
    expect(run.stdout).toContain('"text":"480 pallets"');
    expect(fs.existsSync(path.join(dir, '.claimcheckcache'))).toBe(false);
  });
});

describe('a damaged cache: a warning, the same output, and the cache rebuilt', { timeout: 30_000 }, () => {
  const damages: [string, (file: string) => void][] = [
    ['not JSON', (file) => fs.writeFileSync(file, '{"tool": "0.1')],
    ['JSON of another shape', (file) => fs.writeFileSync(file, '[1, 2, 3]')],
    ['a byte of the claims changed', (file) => fs.writeFileSync(file, fs.readFileSync(file, 'latin1').replace('480', '481'), 'latin1')],
    ['cut short', (file) => fs.writeFileSync(file, fs.readFileSync(file).subarray(0, -20))],
    [
      'an entry of another shape, the checksum made again',
      (file) => {
        const contents = parseCacheFile(fs.readFileSync(file))!;
        (contents.files[0]!.entry as { hash: unknown }).hash = 7;
        fs.writeFileSync(file, Buffer.concat(cacheFileParts(contents)));
      },
    ],
    [
      'claims text longer than its entry says, the checksum made again',
      (file) => {
        const contents = parseCacheFile(fs.readFileSync(file))!;
        const parts = cacheFileParts(contents);
        fs.writeFileSync(file, Buffer.concat([...parts, Buffer.from(',\n{}')]));
      },
    ],
  ];
  for (const [what, damage] of damages) {
    it(what, async () => {
      const dir = scenario({ 'notes.md': NOTES });
      const plain = await extract(dir);
      await extract(dir, '--cache');
      damage(path.join(dir, '.claimcheckcache'));
      const run = await extract(dir, '--cache');
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(plain.stdout);
      expect(run.stderr).toBe('claimcheck: warning: .claimcheckcache: the cache file is not readable; it is rebuilt\n');
      expect(cacheOf(dir).files.map((f) => f.entry.path)).toEqual([path.join(dir, 'notes.md')]);
      expect((await extract(dir, '--cache')).stderr).toBe('');
    });
  }
});

describe('writing the cache', { timeout: 30_000 }, () => {
  it('is atomic: a new file renamed over the old one, nothing left beside it', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    await extract(dir, '--cache');
    const before = fs.statSync(path.join(dir, '.claimcheckcache')).ino;
    fs.writeFileSync(path.join(dir, 'notes.md'), NOTES + 'Stock fell 3% in May.\n');
    await extract(dir, '--cache');
    expect(fs.statSync(path.join(dir, '.claimcheckcache')).ino).not.toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['.claimcheckcache', 'notes.md']);
  });

  it('an unchanged run does not rewrite it', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    await extract(dir, '--cache');
    const before = fs.statSync(path.join(dir, '.claimcheckcache'));
    await extract(dir, '--cache');
    const after = fs.statSync(path.join(dir, '.claimcheckcache'));
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it('--cache-location names the file', async () => {
    const dir = scenario({ 'notes.md': NOTES });
    await extract(dir, '--cache', '--cache-location', 'tmp/claims.cache');
    expect(fs.existsSync(path.join(dir, '.claimcheckcache'))).toBe(false);
    tamper(dir, 'tmp/claims.cache');
    expect((await extract(dir, '--cache', '--cache-location', 'tmp/claims.cache')).stdout).toContain(MARK);
  });

  it('--cache-location names a directory: an existing one, or one written with a trailing slash', async () => {
    const dir = scenario({ 'notes.md': NOTES, 'build/keep.txt': '' });
    await extract(dir, '--cache', '--cache-location', 'build');
    expect(fs.existsSync(path.join(dir, 'build', '.claimcheckcache'))).toBe(true);
    await extract(dir, '--cache', '--cache-location', 'fresh/');
    expect(fs.existsSync(path.join(dir, 'fresh', '.claimcheckcache'))).toBe(true);
  });

  it('a cache that cannot be written is a warning, not a failure', async () => {
    const dir = scenario({ 'notes.md': NOTES, 'blocker': 'a file, not a directory\n' });
    const run = await extract(dir, '--cache', '--cache-location', 'blocker/sub/');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe((await extract(dir)).stdout);
    expect(run.stderr).toMatch(/^claimcheck: warning: blocker\/sub\/\.claimcheckcache: the cache could not be written \(E[A-Z]+\)\n$/);
  });
});
