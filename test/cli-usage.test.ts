// Configuration, directives, baselines and the messages a new user meets: YAML configs, `include`
// as default paths, `init`, unknown, file-level and verdict-specific directives, stale baseline
// entries, the `--sources` trap, ignored named files, empty files and error prefixes.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from './helpers/run-cli.js';
import { run, type CliIO } from '../src/cli/run.js';
import { ConfigSchema } from '../src/config/schema.js';

const SOURCE = 'The Tarn reservoir holds 80 million litres.\n';
const WRONG = 'The Tarn reservoir holds 95 million litres.\n';
const RIGHT = 'The Tarn reservoir holds 80 million litres.\n';
const LONELY = 'The valley has 14 footbridges.\n';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-usage-')));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;

function repo(files: Record<string, string>): string {
  const dir = path.join(tmp, `u${++n}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const json = async (cwd: string, args: string[]) => {
  const r = await runCli([...args, '--format', 'json'], { cwd });
  expect(r.code, r.stderr).toBeLessThan(2);
  return { r, report: JSON.parse(r.stdout) as { claims: Array<{ file: string; line: number; verdict?: string }>; errors: Array<{ file: string; message: string }> } };
};

describe('YAML config files', () => {
  it.each(['.claimcheckrc.yaml', '.claimcheckrc.yml', 'claimcheck.config.yaml'])('%s is found and read', async (name) => {
    const dir = repo({ [name]: '# comments are fine\nfailOn: never\nsources:\n  - refs/\n', 'refs/s.txt': SOURCE, 'draft.md': WRONG });
    const r = await runCli(['check', 'draft.md'], { cwd: path.join(dir) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 claim checked in 2 files: 0 supported, 1 contradicted');
  });

  it('a YAML syntax error is one line with the position', async () => {
    const dir = repo({ '.claimcheckrc.yaml': 'failOn: [never\n', 'draft.md': WRONG });
    const r = await runCli(['check', 'draft.md'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^claimcheck: \.claimcheckrc\.yaml: invalid YAML at line \d+, column \d+: .+\n$/);
  });

  it('include gives the default paths', async () => {
    const dir = repo({ '.claimcheckrc.yaml': 'include:\n  - "docs/**/*.md"\nsources:\n  - refs/\n', 'refs/s.txt': SOURCE, 'docs/a.md': WRONG, 'docs/deep/b.md': RIGHT, 'other.md': WRONG });
    const { report } = await json(path.join(dir, 'docs'), ['check']);
    expect(report.claims.map((c) => [c.file, c.verdict])).toEqual([
      ['a.md', 'contradicted'],
      ['deep/b.md', 'supported'],
    ]);
  });
});

describe('claimcheck init', () => {
  it('writes a commented starter config that the schema accepts, and an ignore file', async () => {
    const dir = repo({});
    const r = await runCli(['init'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, 'claimcheck: wrote .claimcheckrc.yaml\nclaimcheck: wrote .claimcheckignore\n']);
    const text = fs.readFileSync(path.join(dir, '.claimcheckrc.yaml'), 'utf8');
    expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThan(5);
    expect(ConfigSchema.safeParse(parse(text)).success).toBe(true);
    expect(fs.readFileSync(path.join(dir, '.claimcheckignore'), 'utf8')).toContain('node_modules/');
    const again = await runCli(['init'], { cwd: dir });
    expect([again.code, again.stderr]).toEqual([2, 'claimcheck: .claimcheckrc.yaml and .claimcheckignore already exist (use --force to overwrite)\n']);
  });
});

describe('directives', () => {
  it('an unknown claimcheck- directive is reported', async () => {
    const dir = repo({ 'draft.md': `<!-- claimcheck-disable-nextline -->\n${WRONG}` });
    const { report } = await json(dir, ['extract', 'draft.md']);
    expect(report.errors).toEqual([{ file: 'draft.md', severity: 'warning', message: 'line 1: unknown directive claimcheck-disable-nextline (did you mean claimcheck-disable-next-line?)' }]);
  });

  it('claimcheck-disable-file leaves out every claim of the file', async () => {
    const dir = repo({ 'draft.md': `${WRONG}\n<!-- claimcheck-disable-file -->\n\n${LONELY}` });
    const { report } = await json(dir, ['extract', 'draft.md']);
    expect(report.claims).toEqual([]);
  });

  it('a verdict-specific directive leaves out only claims with that verdict, and counts them as suppressed', async () => {
    const dir = repo({ 's.txt': SOURCE, 'draft.md': `<!-- claimcheck-disable-file unverified -->\n${WRONG}\n${LONELY}` });
    const { report } = await json(dir, ['check', 'draft.md', '--sources', 's.txt']);
    expect(report.claims.map((c) => [c.line, c.verdict])).toEqual([[2, 'contradicted']]);
    const stylish = await runCli(['check', 'draft.md', '--sources', 's.txt'], { cwd: dir });
    expect(stylish.stdout).toContain('1 claim checked in 2 files: 0 supported, 1 contradicted, 0 disputed, 0 unverified, 1 suppressed');
  });

  it('an unused verdict-specific directive is reported', async () => {
    const dir = repo({ 's.txt': SOURCE, 'draft.md': `<!-- claimcheck-disable-next-line disputed -->\n${WRONG}` });
    const { report } = await json(dir, ['check', 'draft.md', '--sources', 's.txt']);
    expect(report.claims.map((c) => c.verdict)).toEqual(['contradicted']);
    expect(report.errors.map((e) => e.message)).toEqual(['line 1: unused claimcheck-disable-next-line directive']);
  });
});

describe('baselines', () => {
  it('reports stale entries, prunes them with --prune-baseline, and counts suppressed findings', async () => {
    const dir = repo({ 's.txt': SOURCE, 'draft.md': WRONG + 'The Tarn reservoir holds 60 million litres.\n' });
    await runCli(['check', 'draft.md', '--sources', 's.txt', '--update-baseline', 'base.json'], { cwd: dir });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'base.json'), 'utf8')).findings).toHaveLength(2);
    fs.writeFileSync(path.join(dir, 'draft.md'), WRONG);
    const r = await runCli(['check', 'draft.md', '--sources', 's.txt', '--baseline', 'base.json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      'claimcheck: 1 finding(s) already in the baseline base.json are not reported\n' +
        'claimcheck: 1 entry in base.json match no finding any more (remove them with --prune-baseline)\n',
    );
    expect(r.stdout).toContain('0 claims checked in 2 files: 0 supported, 0 contradicted, 0 disputed, 0 unverified, 1 suppressed');
    const pruned = await runCli(['check', 'draft.md', '--sources', 's.txt', '--baseline', 'base.json', '--prune-baseline'], { cwd: dir });
    expect(pruned.stderr).toContain('claimcheck: removed 1 stale entry from base.json\n');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'base.json'), 'utf8')).findings.map((f: { text: string }) => f.text)).toEqual(['95 million litres']);
  });

  it('--prune-baseline without a baseline is a usage error', async () => {
    const r = await runCli(['check', 'x.md', '--prune-baseline'], { cwd: repo({ 'x.md': WRONG }) });
    expect([r.code, r.stderr]).toEqual([2, 'claimcheck: --prune-baseline needs a baseline: give --baseline FILE or set "baseline" in the config\n']);
  });
});

describe('surprises', () => {
  it('--sources before the drafts says what happened and how to write it', async () => {
    const dir = repo({ 'a/s.txt': SOURCE, 'draft.md': WRONG });
    const r = await runCli(['check', '--sources', 'a/', 'draft.md'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([
      2,
      'claimcheck: no input paths given: --sources took every path after it (a/ draft.md); name the drafts first (claimcheck check draft.md --sources a/) or repeat the option for each source\n',
    ]);
  });

  it('--sources may be given more than once', async () => {
    const dir = repo({ 'a/s.txt': SOURCE, 'b/t.txt': 'The valley has 14 footbridges.\n', 'draft.md': WRONG + LONELY });
    const { report } = await json(dir, ['check', 'draft.md', '--sources', 'a/', '--sources', 'b/']);
    expect(report.claims.map((c) => c.verdict)).toEqual(['contradicted', 'supported']);
  });

  it('a named file that an ignore rule skips gets a warning', async () => {
    const dir = repo({ '.claimcheckignore': 'draft.md\n', 'draft.md': WRONG, 'other.md': RIGHT });
    const r = await runCli(['extract', 'draft.md', 'other.md'], { cwd: dir });
    expect(r.stderr).toBe("claimcheck: warning: draft.md: skipped: named on the command line, but an ignore rule (.claimcheckignore or the config's include/exclude) leaves it out\n");
  });

  it('an empty file is counted as read', async () => {
    const dir = repo({ 'empty.md': '' });
    const r = await runCli(['extract', 'empty.md'], { cwd: dir });
    expect(r.stdout).toBe('0 claims in 1 file\n');
    const c = await runCli(['check', 'empty.md'], { cwd: dir });
    expect(c.stdout).toContain('0 claims checked in 1 file:');
  });

  it.each<[string[], string]>([
    [['check', '--frobnicate'], "claimcheck: unknown option '--frobnicate'\n"],
    [['chek'], "claimcheck: unknown command 'chek'\n"],
  ])('commander errors share the prefix: %j', async (args, stderr) => {
    const r = await runCli(args);
    expect([r.code, r.stderr]).toEqual([2, stderr]);
  });

  it('an internal error exits 2 with one line and a hint to report it', async () => {
    const dir = repo({ 'a.md': WRONG });
    const io: CliIO = {
      stdout: () => {
        throw new Error('disk\nfull');
      },
      stderr: (s) => void (err += s),
      readStdin: () => Buffer.alloc(0),
      isTTY: false,
      env: {},
      cwd: dir,
    };
    let err = '';
    expect(await run(['extract', 'a.md'], io)).toBe(2);
    expect(err).toBe('claimcheck: internal error: disk\\nfull (please report it with the command that caused it)\n');
  });

  it('--changed-since in a shallow clone hints at fetch-depth', async () => {
    const origin = repo({ 'a.md': WRONG });
    const git = (cwd: string, ...args: string[]) => execFileSync('git', args, { cwd, stdio: 'pipe', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' } });
    git(origin, 'init', '-q', '-b', 'main');
    git(origin, 'add', '.');
    git(origin, 'commit', '-qm', 'one');
    fs.writeFileSync(path.join(origin, 'a.md'), RIGHT);
    git(origin, 'commit', '-qam', 'two');
    const clone = path.join(tmp, `clone${++n}`);
    execFileSync('git', ['clone', '-q', '--depth=1', `file://${origin}`, clone], { stdio: 'pipe' });
    const r = await runCli(['check', 'a.md', '--changed-since', 'HEAD~1'], { cwd: clone });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: --changed-since: unknown git revision "HEAD~1"; this is a shallow clone: check out with fetch-depth: 0, or fetch the base (git fetch --depth=1 origin HEAD~1)\n');
  });
});
