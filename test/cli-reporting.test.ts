// What is shown and what fails: severities, --quiet, --max-warnings, the stylish view, several
// outputs from one run, the job summary, colour, progress and paths from the repository root.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './helpers/run-cli.js';
import { startProgress } from '../src/cli/progress.js';
import { useColor } from '../src/cli/output.js';
import type { CliIO } from '../src/cli/run.js';

// A draft with one figure of each verdict against two sources about a ferry.
const DRAFT = ['The Orla ferry carries 420 passengers.', 'The Orla ferry crossing takes 35 minutes.', 'The Orla terminal has 12 gates.', 'The harbour cafe sells 90 pies a day.', ''].join('\n');
const SOURCE_A = 'The Orla ferry carries 380 passengers.\nThe Orla terminal has 12 gates.\nThe Orla ferry crossing takes 35 minutes.\n';
const SOURCE_B = 'The Orla ferry crossing takes 50 minutes.\nThe Orla terminal has 12 gates.\n';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-reporting-')));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
let n = 0;

function repo(extra: Record<string, string> = {}): string {
  const dir = path.join(tmp, `r${++n}`);
  const files = { 'docs/draft.md': DRAFT, 'src/a.txt': SOURCE_A, 'src/b.txt': SOURCE_B, ...extra };
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const check = (cwd: string, args: string[], env: Record<string, string> = {}) => runCli(['check', 'docs/draft.md', '--sources', 'src/', ...args], { cwd, env });

describe('stylish (the default view of check)', () => {
  it('lists problems grouped by file and counts the rest', async () => {
    const r = await check(repo(), []);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'docs/draft.md',
        '  1:24  error    "420 passengers" (420) is contradicted by 1 source: src/a.txt:1 "380 passengers"  contradicted',
        '  2:31  warning  "35 minutes" (2100 s) is disputed: 1 source disagrees (src/b.txt:1 "50 minutes"), 1 source supports (src/a.txt:3 "35 minutes")  disputed',
        '  4:24  note     "90 pies" (90) is unverified: no source states a comparable value  unverified',
        '',
        '✖ 3 problems (1 error, 1 warning, 1 note)',
        '4 claims checked in 3 files: 1 supported, 1 contradicted, 1 disputed, 1 unverified',
        '',
      ].join('\n'),
    );
  });

  it('lists supported claims only with --verbose', async () => {
    const quiet = await check(repo(), []);
    const verbose = await check(repo(), ['--verbose']);
    expect(quiet.stdout).not.toContain('12 gates');
    expect(verbose.stdout).toContain('  3:23  ok       "12 gates" (12) is supported by 2 sources');
  });

  it('--format table keeps the full table', async () => {
    const r = await check(repo(), ['--format', 'table']);
    expect(r.stdout.split('\n').filter((l) => /^[A-Z]+ /.test(l)).map((l) => l.split(' ')[0])).toEqual(['CONTRADICTED', 'DISPUTED', 'SUPPORTED', 'UNVERIFIED']);
  });
});

describe('severities', () => {
  it.each<[string, string[], string[], number]>([
    ['default', [], ['error', 'warning', 'notice'], 1],
    ['--quiet', ['--quiet'], ['error'], 1],
    ['--fail-on never still shows everything', ['--fail-on', 'never'], ['error', 'warning', 'notice'], 0],
  ])('%s', async (_name, args, commands, code) => {
    const r = await check(repo(), ['--format', 'github', ...args]);
    expect(r.code).toBe(code);
    expect(r.stdout.trim().split('\n').map((l) => /^::(\w+)/.exec(l)![1])).toEqual(commands);
  });

  it('the config changes the mapping for every format', async () => {
    const dir = repo({ '.claimcheckrc.yaml': 'severity:\n  disputed: error\n  unverified: off\n' });
    const github = await check(dir, ['--format', 'github']);
    expect(github.stdout.trim().split('\n').map((l) => /^::(\w+)/.exec(l)![1])).toEqual(['error', 'error']);
    const sarif = await check(dir, ['--format', 'sarif']);
    expect(JSON.parse(sarif.stdout).runs[0].results.map((x: { level: string }) => x.level)).toEqual(['error', 'error']);
    const stylish = await check(dir, []);
    expect(stylish.stdout).toContain('✖ 2 problems (2 errors, 0 warnings, 0 notes)');
  });

  it.each<[string, number]>([
    ['0', 1],
    ['1', 0],
  ])('--max-warnings %s with one warning exits %i', async (max, code) => {
    const r = await check(repo(), ['--fail-on', 'never', '--max-warnings', max]);
    expect(r.code).toBe(code);
    if (code) expect(r.stderr).toBe('claimcheck: 1 warning(s), more than --max-warnings 0\n');
  });
});

describe('several outputs from one run', () => {
  it('writes each format to its own file, and one to standard output', async () => {
    const dir = repo();
    const r = await check(dir, ['--format', 'github', '--format', 'sarif=out.sarif', '--format', 'junit=report.xml']);
    expect(r.code).toBe(1);
    expect(r.stdout.startsWith('::error file=docs/draft.md,line=1')).toBe(true);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8')).runs[0].results).toHaveLength(3);
    expect(fs.readFileSync(path.join(dir, 'report.xml'), 'utf8')).toContain('<testsuites name="claimcheck" tests="4" failures="1"');
  });

  it.each<[string[], string]>([
    [['--format', 'github', '--format', 'sarif'], 'claimcheck: only one --format can write to standard output; give the others a file, e.g. --format sarif=report.sarif\n'],
    [['--format', 'xml=a.xml'], 'claimcheck: unknown format "xml" (expected one of stylish, table, json, jsonl, sarif, github, junit, markdown, html)\n'],
  ])('%j is a usage error', async (args, message) => {
    const r = await check(repo(), args);
    expect([r.code, r.stderr]).toEqual([2, message]);
  });
});

describe('GitHub Actions', () => {
  it('writes a job summary with links to the lines', async () => {
    const dir = repo();
    const summary = path.join(dir, 'summary.md');
    fs.writeFileSync(summary, '');
    const env = { GITHUB_STEP_SUMMARY: summary, GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc', GITHUB_SERVER_URL: 'https://github.com' };
    await check(dir, ['--format', 'github'], env);
    const text = fs.readFileSync(summary, 'utf8');
    expect(text).toContain('**3 problems**: 1 error(s), 1 warning(s), 1 note(s)');
    expect(text).toContain('4 claim(s) checked in 3 file(s): 1 supported, 1 contradicted, 1 disputed, 1 unverified');
    expect(text).toContain('| error | [docs/draft.md:1](https://github.com/o/r/blob/abc/docs/draft.md#L1) |');
  });

  it('names files from GITHUB_WORKSPACE when run from a subfolder', async () => {
    const dir = repo();
    const env = { GITHUB_WORKSPACE: path.dirname(path.join(dir, 'docs')) };
    const r = await runCli(['check', 'draft.md', '--sources', '../src/', '--format', 'github', '--format', 'sarif=../out.sarif'], { cwd: path.join(dir, 'docs'), env });
    expect(r.stdout.split('\n')[0]).toMatch(/^::error file=docs\/draft\.md,line=1,/);
    const sarif = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8')).runs[0];
    expect(sarif.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${dir}/`);
    expect(sarif.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'docs/draft.md', uriBaseId: '%SRCROOT%' });
    expect(sarif.results[0].relatedLocations[0].physicalLocation.artifactLocation.uri).toBe('src/a.txt');
  });
});

describe('colour', () => {
  const sink = (terminal: boolean) => ({ write: () => {}, close: () => {}, terminal });
  it.each<[boolean, Record<string, string>, unknown, boolean]>([
    [true, {}, true, true],
    [false, {}, true, false],
    [false, { FORCE_COLOR: '1' }, true, true],
    [false, { FORCE_COLOR: '' }, true, true],
    [true, { FORCE_COLOR: '0' }, true, false],
    [true, { NO_COLOR: '' }, true, true],
    [true, { NO_COLOR: '1' }, true, false],
    [true, { FORCE_COLOR: '1' }, false, false],
  ])('terminal %s, env %j, flag %s: colour %s', (terminal, env, flag, expected) => {
    expect(useColor(sink(terminal), flag, env)).toBe(expected);
  });
});

describe('progress', () => {
  function io(stderrIsTTY: boolean, env: Record<string, string> = {}) {
    let err = '';
    const value: CliIO = { stdout: () => {}, stderr: (s) => void (err += s), readStdin: () => Buffer.alloc(0), isTTY: false, stderrIsTTY, env, cwd: '/' };
    return { value, err: () => err };
  }
  it('shows nothing in the first second, then files, claims and time, and clears the line', () => {
    let t = 0;
    const out = io(true);
    const p = startProgress(out.value, () => t);
    p.file();
    expect(out.err()).toBe('');
    t = 1500;
    p.file();
    expect(out.err()).toBe('\r\u001b[Kclaimcheck: 2 file(s) read, 0 claim(s) found, 1.5 s');
    p.done();
    expect(out.err().endsWith('\r\u001b[K')).toBe(true);
  });
  it.each<[boolean, Record<string, string>]>([
    [false, {}],
    [true, { CI: 'true' }],
  ])('never when stderr is a terminal: %s, env %j', (tty, env) => {
    let t = 0;
    const out = io(tty, env);
    const p = startProgress(out.value, () => t);
    t = 5000;
    p.file();
    p.done();
    expect(out.err()).toBe('');
  });
});
