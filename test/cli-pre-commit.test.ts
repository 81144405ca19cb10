// The pre-commit hook (.pre-commit-hooks.yaml): which staged files it is given, and that its entry,
// followed by their names as pre-commit appends them, checks them and fails on a contradiction.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './helpers/run-cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Hook {
  id: string;
  entry: string;
  language: string;
  files: string;
  types?: string[];
  pass_filenames?: boolean;
}

const hooks = parse(fs.readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];
const hook = hooks.find((h) => h.id === 'claimcheck')!;

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-hook-')));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe('.pre-commit-hooks.yaml', () => {
  it('declares one node hook, the claimcheck binary, given the file names', () => {
    expect(hooks.map((h) => h.id)).toEqual(['claimcheck']);
    expect(hook.language).toBe('node');
    expect(hook.entry.split(' ')[0]).toBe(Object.keys((JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin)[0]);
    expect(hook.pass_filenames ?? true).toBe(true);
  });

  const staged: [string, boolean][] = [
    ['README.md', true],
    ['docs/guide.markdown', true],
    ['notes/plan.txt', true],
    ['notes/old.text', true],
    ['src/index.ts', false],
    ['data/table.json', false],
    ['docs/md', false],
    ['notes.md.bak', false],
  ];
  for (const [name, taken] of staged) {
    it(`${name}: ${taken ? 'checked' : 'left out'}`, () => {
      // pre-commit matches `files` with Python's re.search, which agrees with JavaScript's on this pattern.
      expect(new RegExp(hook.files).test(name)).toBe(taken);
    });
  }

  it('the entry with the staged names: exit 1 on a contradicted figure, 0 once it is fixed', { timeout: 60_000 }, async () => {
    fs.mkdirSync(path.join(tmp, 'refs'));
    fs.mkdirSync(path.join(tmp, 'docs'));
    fs.writeFileSync(path.join(tmp, '.claimcheckrc.yaml'), 'sources: [refs/]\n');
    fs.writeFileSync(path.join(tmp, 'refs', 'survey.txt'), 'The Tarn bridge spans 310 metres.\n');
    fs.writeFileSync(path.join(tmp, 'docs', 'walk.md'), 'The Tarn bridge spans 290 metres.\n');
    const [, ...entryArgs] = hook.entry.split(' ');
    const files = ['docs/walk.md'];
    const failing = await runCli([...entryArgs, ...files], { cwd: tmp });
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('docs/walk.md');
    fs.writeFileSync(path.join(tmp, 'docs', 'walk.md'), 'The Tarn bridge spans 310 metres.\n');
    const passing = await runCli([...entryArgs, ...files], { cwd: tmp });
    expect(passing.code).toBe(0);
  });
});
