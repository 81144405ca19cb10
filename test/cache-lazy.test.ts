// A run whose files are all unchanged takes every claim from the cache and never loads the extractor
// (for the formats that stream; the others load every formatter, the HTML one with its extractor).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, expect, it, vi } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { scenario, tempRoot } from './helpers/claim-cache.js';

const root = tempRoot();
afterAll(root.done);

it('a fully cached extract does not load the extractor; one changed file does', { timeout: 30_000 }, async () => {
  const dir = scenario(root.dir(), { 'a.md': 'The barn holds 480 pallets.\n', 'b.md': 'The mill ground 75 tonnes of oats.\n' });
  const args = ['extract', '.', '--format', 'json', '--cache'];
  expect((await runCli(args, { cwd: dir })).code).toBe(0);
  let loaded = false;
  vi.resetModules();
  vi.doMock('../src/api.js', async (original) => {
    loaded = true;
    return original();
  });
  for (const format of ['json', 'jsonl', 'table', 'stylish']) {
    const run = await runCli(['extract', '.', '--format', format, '--cache'], { cwd: dir });
    expect([format, run.code, run.stderr, loaded]).toEqual([format, 0, '', false]);
  }
  fs.writeFileSync(path.join(dir, 'b.md'), 'The mill ground 80 tonnes of oats.\n');
  const changed = await runCli(args, { cwd: dir });
  expect([changed.code, loaded]).toEqual([0, true]);
  expect(changed.stdout).toContain('80 tonnes');
  vi.doUnmock('../src/api.js');
});
