// `--cache` reuses kept claims whatever the run names the files and in whatever order, beside files
// that changed; the cache keeps the files of the last run first and forgets files that are gone.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { cacheOf, scenario as scenarioIn, tamper, tempRoot } from './helpers/claim-cache.js';

const root = tempRoot();
afterAll(root.done);
const scenario = (files: Record<string, string>) => scenarioIn(root.dir(), files);

const FILES = {
  'a.md': 'The barn holds 480 pallets.\n',
  'b.md': 'The mill ground 75 tonnes of oats.\n',
  'c.md': 'The pier is 120 metres long.\n<!-- claimcheck-frobnicate -->\n',
  'empty.md': '',
};
/** What the tampered cache says instead of the pallet figure. */
const MARK = '999 pallets';

describe('kept claims are reused', { timeout: 30_000 }, () => {
  for (const format of ['json', 'jsonl', 'table', 'stylish']) {
    it(`under another name for the same file (--format ${format})`, async () => {
      const dir = scenario(FILES);
      await runCli(['extract', 'a.md', 'b.md', '--cache'], { cwd: dir });
      tamper(dir, '480 pallets', MARK);
      const args = ['extract', './a.md', path.join(dir, 'b.md'), '--format', format];
      const plain = await runCli(args, { cwd: dir });
      const cached = await runCli([...args, '--cache'], { cwd: dir });
      if (format.startsWith('json')) expect(plain.stdout).toContain('"file":"./a.md"');
      expect(cached.stdout).toBe(plain.stdout.replaceAll('480 pallets', MARK));
      expect(cached.stdout).toContain(MARK);
    });
  }

  for (const format of ['json', 'jsonl', 'stylish']) {
    it(`in another order, with an empty file (--format ${format})`, async () => {
      const dir = scenario(FILES);
      await runCli(['extract', '.', '--cache'], { cwd: dir });
      tamper(dir, '480 pallets', MARK);
      const args = ['extract', 'c.md', 'empty.md', 'a.md', 'b.md', '--format', format];
      const plain = await runCli(args, { cwd: dir });
      const cached = await runCli([...args, '--cache'], { cwd: dir });
      expect(cached).toEqual({ ...plain, stdout: plain.stdout.replaceAll('480 pallets', MARK) });
      expect(cached.stdout).toContain(MARK);
    });
  }

  it('by check, under other names and in another order', async () => {
    const dir = scenario(FILES);
    await runCli(['check', '.', '--cache', '--fail-on', 'never'], { cwd: dir });
    const args = ['check', './c.md', path.join(dir, 'a.md'), 'b.md', '--format', 'json', '--fail-on', 'never'];
    const plain = await runCli(args, { cwd: dir });
    expect(plain.stdout).toContain('"file":"./c.md"');
    expect(await runCli([...args, '--cache'], { cwd: dir })).toEqual(plain);
  });

  it('beside a file that changed, which alone is read again', async () => {
    const dir = scenario(FILES);
    await runCli(['extract', '.', '--cache'], { cwd: dir });
    tamper(dir, '480 pallets', MARK);
    tamper(dir, '75 tonnes', '76 tonnes');
    fs.writeFileSync(path.join(dir, 'b.md'), 'The mill ground 80 tonnes of oats.\n');
    const args = ['extract', '.', '--format', 'json'];
    const plain = await runCli(args, { cwd: dir });
    const cached = await runCli([...args, '--cache'], { cwd: dir });
    expect(plain.stdout).toContain('80 tonnes');
    expect(cached).toEqual({ ...plain, stdout: plain.stdout.replaceAll('480 pallets', MARK) });
  });
});

describe('what the cache keeps', { timeout: 30_000 }, () => {
  it('the files of the last run first, in its order; others after; files that are gone are dropped', async () => {
    const dir = scenario(FILES);
    await runCli(['extract', '.', '--cache'], { cwd: dir });
    expect(cacheOf(dir).files.map((f) => f.entry.name)).toEqual(['a.md', 'b.md', 'c.md', 'empty.md']);
    fs.rmSync(path.join(dir, 'empty.md'));
    fs.writeFileSync(path.join(dir, 'b.md'), 'The mill ground 80 tonnes of oats.\n');
    await runCli(['extract', 'c.md', 'b.md', '--cache'], { cwd: dir });
    expect(cacheOf(dir).files.map((f) => f.entry.name)).toEqual(['c.md', 'b.md', 'a.md']);
  });

  it('a file warning and the claims a directive left out', async () => {
    const dir = scenario({ 'd.md': '<!-- claimcheck-disable-next-line -->\nThe yard holds 64 trucks.\n<!-- claimcheck-frobnicate -->\n' });
    await runCli(['extract', 'd.md', '--cache'], { cwd: dir });
    const [held] = cacheOf(dir).files;
    expect([held!.entry.suppressed, held!.entry.warnings.length, held!.text.length]).toEqual([1, 1, 0]);
    expect(held!.entry.warnings[0]).toMatch(/^line 3: unknown directive claimcheck-frobnicate/);
  });
});
