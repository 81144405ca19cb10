import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Step {
  name: string;
  if?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  'working-directory'?: string;
}

interface Action {
  name: string;
  description: string;
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as Action;
const checkStep = action.runs.steps.find((s) => s.name === 'Check claims')!;

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-action-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// A stand-in for the built CLI and for npx: each prints the arguments it was given as JSON.
const actionPath = path.join(tmp, 'action');
fs.mkdirSync(path.join(actionPath, 'bin'), { recursive: true });
fs.writeFileSync(path.join(actionPath, 'bin', 'claimcheck.js'), 'console.log(JSON.stringify(["node", ...process.argv.slice(2)]));\n');
const fakeBin = path.join(tmp, 'fake-bin');
fs.mkdirSync(fakeBin);
fs.writeFileSync(path.join(fakeBin, 'npx'), `#!/bin/sh\nexec "${process.execPath}" -e 'console.log(JSON.stringify(["npx", ...process.argv.slice(1)]))' -- "$@"\n`, { mode: 0o755 });

/** Runs the check step's script the way the runner does, with the inputs as its env block maps them. */
function runCheckStep(inputs: Record<string, string>) {
  const withDefaults: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) withDefaults[name] = inputs[name] ?? spec.default ?? '';
  const env: Record<string, string> = { PATH: `${fakeBin}:${path.dirname(process.execPath)}:/usr/bin:/bin`, GITHUB_ACTION_PATH: actionPath };
  for (const [key, expr] of Object.entries(checkStep.env ?? {})) {
    const m = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(expr);
    expect(m, `${key} maps an input`).not.toBeNull();
    env[key] = withDefaults[m![1]!]!;
  }
  const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', checkStep.run!], { env, encoding: 'utf8', cwd: tmp });
  const argv = result.status === 0 ? (JSON.parse(result.stdout.trim()) as string[]) : null;
  return { status: result.status, argv, stdout: result.stdout, stderr: result.stderr };
}

describe('action.yml', () => {
  it('is a composite action with the documented inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'sources', 'fail-on', 'args', 'version', 'working-directory']);
    expect(action.inputs['paths']?.required).toBe(true);
    expect(action.inputs['fail-on']?.default).toBe('contradicted');
    expect(action.inputs['version']?.default).toBe('');
    for (const step of action.runs.steps) {
      expect(step.shell).toBe('bash');
      // Inputs reach scripts only through env, never pasted into the script text.
      expect(step.run).not.toContain('${{');
    }
  });

  it('has scripts that bash can parse', () => {
    for (const step of action.runs.steps) {
      const result = spawnSync('bash', ['-n', '-c', step.run!], { encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
    }
  });

  it.each<[string, Record<string, string>, string[]]>([
    ['paths only', { paths: 'docs/' }, ['node', 'check', 'docs/', '--fail-on', 'contradicted', '--format', 'github']],
    [
      'lists on several lines, globs unexpanded',
      { paths: 'docs/*.md\nREADME.md', sources: ' sources/\n  refs/**/*.txt ', 'fail-on': 'disputed' },
      ['node', 'check', 'docs/*.md', 'README.md', '--sources', 'sources/', 'refs/**/*.txt', '--fail-on', 'disputed', '--format', 'github'],
    ],
    [
      'extra arguments go last',
      { paths: 'a.md', args: '--facts facts.yaml --changed-since origin/main' },
      ['node', 'check', 'a.md', '--fail-on', 'contradicted', '--format', 'github', '--facts', 'facts.yaml', '--changed-since', 'origin/main'],
    ],
    [
      'shell characters stay literal',
      { paths: '$(touch pwned) `id` ;ls', args: '"quoted" \'$(touch pwned)\' $HOME' },
      ['node', 'check', '$(touch', 'pwned)', '`id`', ';ls', '--fail-on', 'contradicted', '--format', 'github', 'quoted', '$(touch pwned)', '$HOME'],
    ],
    [
      'quoted extra arguments keep their spaces',
      { paths: 'a.md', args: '--facts "team facts.yaml" --format \'sarif=out dir/x.sarif\'\n--verbose' },
      ['node', 'check', 'a.md', '--fail-on', 'contradicted', '--format', 'github', '--facts', 'team facts.yaml', '--format', 'sarif=out dir/x.sarif', '--verbose'],
    ],
    ['a pinned version runs from the registry', { paths: 'a.md', version: '0.1.0' }, ['npx', '--yes', 'claimcheck@0.1.0', 'check', 'a.md', '--fail-on', 'contradicted', '--format', 'github']],
  ])('%s', (_name, inputs, expected) => {
    const { status, argv, stderr } = runCheckStep(inputs);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(argv).toEqual(expected);
    expect(fs.existsSync(path.join(tmp, 'pwned'))).toBe(false);
  });

  it('installs runtime dependencies only', () => {
    const build = action.runs.steps.find((step) => step.name === 'Build claimcheck')!.run!;
    expect(build).toContain('npm ci --omit=dev --ignore-scripts');
    expect(build).not.toMatch(/npm ci(?! --omit=dev)/);
    expect(build).not.toContain('npm run build');
  });

  it('run from a subfolder, names files from the repository root', { timeout: 60_000 }, () => {
    const workspace = path.join(tmp, 'workspace');
    fs.mkdirSync(path.join(workspace, 'site', 'docs'), { recursive: true });
    fs.mkdirSync(path.join(workspace, 'site', 'refs'), { recursive: true });
    fs.writeFileSync(path.join(workspace, 'site', 'docs', 'lake.md'), 'The Vell ferry carries 420 passengers.\n');
    fs.writeFileSync(path.join(workspace, 'site', 'refs', 'survey.txt'), 'The Vell ferry carries 380 passengers.\n');
    const env: Record<string, string> = {
      PATH: `${path.dirname(process.execPath)}:/usr/bin:/bin`,
      GITHUB_ACTION_PATH: ROOT,
      GITHUB_WORKSPACE: workspace,
      CLAIMCHECK_PATHS: 'docs/',
      CLAIMCHECK_SOURCES: 'refs/',
      CLAIMCHECK_FAIL_ON: 'contradicted',
      CLAIMCHECK_ARGS: '--format sarif=../claims.sarif',
      CLAIMCHECK_VERSION: '',
    };
    const result = spawnSync('bash', ['--noprofile', '--norc', '-e', '-o', 'pipefail', '-c', checkStep.run!], { env, encoding: 'utf8', cwd: path.join(workspace, 'site') });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::error file=site\/docs\/lake\.md,line=1,col=/);
    const sarif = JSON.parse(fs.readFileSync(path.join(workspace, 'claims.sarif'), 'utf8')).runs[0];
    expect(sarif.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'site/docs/lake.md', uriBaseId: '%SRCROOT%' });
    expect(sarif.originalUriBaseIds['%SRCROOT%'].uri).toBe(`file://${workspace}/`);
  });

  it('fails on empty paths', () => {
    const { status, stdout } = runCheckStep({ paths: '  \n ' });
    expect(status).toBe(2);
    expect(stdout).toBe('::error title=claimcheck::the paths input is empty\n');
  });
});
