// The command line in CI: config files, ignore files, inline directives, baselines, changed lines,
// facts files, report formats, standard input and --fail-on, end to end through `run`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema, type Claim, type Report } from '../src/schema.js';
import { runCli, type CliResult } from './helpers/run-cli.js';

// ---------------------------------------------------------------------------------------------
// Texts. A source puts DeepSeek R1 at 671 billion parameters; WRONG says 450 billion.

const SOURCE = 'DeepSeek says R1 has 671 billion parameters.\n';
const WRONG = "DeepSeek's R1 has 450 billion parameters.\n";
const RIGHT = "DeepSeek's R1 has 671 billion parameters.\n";
/** A second figure that the source also contradicts. */
const ALSO_WRONG = 'DeepSeek trained R1 with 300 billion parameters.\n';
/** A figure that no source mentions. */
const UNSOURCED = 'The canteen serves 350 meals a day.\n';

let root: string;
let counter = 0;

/** A fresh directory under the temporary root holding `files` (paths relative to it). */
function scenario(files: Record<string, string>): string {
  const dir = path.join(root, `case-${++counter}`);
  fs.mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return dir;
}

beforeAll(() => {
  root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-ci-')));
});

afterAll(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

/** These tests read the full table, so `check` gets `--format table` unless a format is named. */
const withTable = (args: string[]) => (args[0] === 'check' && !args.some((a) => a === '--format' || a === '-f' || a.startsWith('--format=')) ? [...args, '--format', 'table'] : args);
const cli = (cwd: string, args: string[], stdin?: string) => runCli(withTable(args), { cwd, ...(stdin !== undefined ? { stdin } : {}) });

/** Runs with --format json and parses the report; the run must not be a usage error. */
async function report(cwd: string, args: string[], stdin?: string): Promise<{ r: CliResult; report: Report }> {
  const r = await cli(cwd, [...args, '--format', 'json'], stdin);
  expect(r.code, r.stderr).toBeLessThan(2);
  return { r, report: ReportSchema.parse(JSON.parse(r.stdout)) };
}

const brief = (claims: Claim[]) => claims.map((c) => [c.file, c.line, c.text, c.verdict]);

/** A user error: exit 2, nothing on stdout, one line on stderr holding every `named` string. */
function expectUserError(r: CliResult, ...named: string[]) {
  expect(r.code, r.stderr).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines, r.stderr).toHaveLength(1);
  for (const n of named) expect(lines[0]).toContain(n);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/internal error/);
}

// ---------------------------------------------------------------------------------------------

describe('configuration', () => {
  it('a bad failOn value: exit 2, one line naming the file, the key and the allowed values', async () => {
    const dir = scenario({ 'claimcheck.config.json': '{"failOn":"bad"}\n', 'draft.md': WRONG, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt']);
    expectUserError(r, 'claimcheck.config.json', 'failOn', 'contradicted', 'disputed', 'unverified', 'never', 'bad');
  });

  it.each<[string, string, string[]]>([
    ['an unknown key', '{"failOnn":"never"}', ['claimcheck.config.json', 'failOnn']],
    ['an unknown key with nothing close to it', '{"colour":true}', ['claimcheck.config.json', 'colour']],
    ['invalid JSON', '{"failOn": ', ['claimcheck.config.json', 'JSON']],
    ['an empty file', '', ['claimcheck.config.json']],
    ['a wrong type', '{"sources":"source.txt"}', ['claimcheck.config.json', 'sources']],
    ['a tolerance out of range', '{"tolerance":{"approx":3}}', ['claimcheck.config.json', 'tolerance.approx']],
    ['an ignore pattern that does not compile', '{"ignorePatterns":["(unclosed"]}', ['claimcheck.config.json', 'ignorePatterns']],
  ])('%s: exit 2 with a one-line message', async (_label, config, named) => {
    const dir = scenario({ 'claimcheck.config.json': config, 'draft.md': WRONG, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt']);
    expectUserError(r, ...named);
  });

  it.each<[string, Record<string, string>, string]>([
    ['.claimcheckrc.json two levels up', { '.claimcheckrc.json': '{"sources":["source.txt"]}' }, 'docs/deep'],
    ['claimcheck.config.json one level up', { 'claimcheck.config.json': '{"sources":["source.txt"]}' }, 'docs/deep'],
    ['a "claimcheck" key in package.json two levels up', { 'package.json': '{"name":"site","private":true,"claimcheck":{"sources":["source.txt"]}}' }, 'docs/deep'],
  ])('%s is found by searching upward from a nested directory', async (_label, configFiles, nested) => {
    const dir = scenario({ ...configFiles, 'source.txt': SOURCE, [`${nested}/draft.md`]: WRONG });
    const { r, report: rep } = await report(path.join(dir, nested), ['check', 'draft.md']);
    expect(r.code).toBe(1);
    expect(brief(rep.claims)).toEqual([['draft.md', 1, '450 billion parameters', 'contradicted']]);
    // Paths in the config are relative to the file that holds it.
    expect(rep.claims[0]!.disagrees!.map((e) => e.file)).toEqual([path.join('..', '..', 'source.txt')]);
  });

  it('a package.json without a "claimcheck" key is passed over for a config further up', async () => {
    const dir = scenario({
      '.claimcheckrc.json': '{"failOn":"never"}',
      'docs/package.json': '{"name":"docs","private":true}',
      'docs/draft.md': WRONG,
      'docs/source.txt': SOURCE,
    });
    const r = await cli(path.join(dir, 'docs'), ['check', 'draft.md', '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('CONTRADICTED');
  });

  it('the nearest config wins over one further up', async () => {
    const dir = scenario({
      'claimcheck.config.json': '{"failOn":"never"}',
      'docs/.claimcheckrc.json': '{"failOn":"contradicted"}',
      'docs/draft.md': WRONG,
      'docs/source.txt': SOURCE,
    });
    const r = await cli(path.join(dir, 'docs'), ['check', 'draft.md', '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(1);
  });

  it('--config PATH names the file; its paths are relative to it', async () => {
    const dir = scenario({ 'settings/team.json': '{"sources":["../refs/source.txt"]}', 'refs/source.txt': SOURCE, 'draft.md': WRONG });
    const { r, report: rep } = await report(dir, ['check', 'draft.md', '--config', 'settings/team.json']);
    expect(r.code).toBe(1);
    expect(brief(rep.claims)).toEqual([['draft.md', 1, '450 billion parameters', 'contradicted']]);
    expect(rep.claims[0]!.disagrees!.map((e) => e.file)).toEqual([path.join('refs', 'source.txt')]);
  });

  it('-c PATH is used instead of the config found by searching', async () => {
    const dir = scenario({ 'claimcheck.config.json': '{"failOn":"bad"}', 'lenient.json': '{"failOn":"never"}', 'draft.md': WRONG, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '-c', 'lenient.json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('CONTRADICTED');
  });

  it('--config naming a missing file: exit 2 naming it', async () => {
    const dir = scenario({ 'draft.md': WRONG, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--config', 'missing.json']);
    expectUserError(r, 'missing.json');
  });

  it('--no-config ignores the config file, even a broken one', async () => {
    const dir = scenario({ 'claimcheck.config.json': '{"failOn":"bad"}', 'draft.md': WRONG, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--no-config']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('CONTRADICTED');
    expect(r.stderr).toBe('');
  });

  it('--no-config ignores a valid config too', async () => {
    const dir = scenario({ 'claimcheck.config.json': '{"failOn":"never"}', 'draft.md': WRONG, 'source.txt': SOURCE });
    expect((await cli(dir, ['check', 'draft.md', '--sources', 'source.txt'])).code).toBe(0);
    expect((await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--no-config'])).code).toBe(1);
  });

  it.each<[string, string, string[], number]>([
    ['config failOn "never" lets a contradiction pass', '{"failOn":"never"}', [], 0],
    ['--fail-on contradicted overrides config failOn "never"', '{"failOn":"never"}', ['--fail-on', 'contradicted'], 1],
    ['--fail-on never overrides config failOn "disputed"', '{"failOn":"disputed"}', ['--fail-on', 'never'], 0],
  ])('%s', async (_label, config, flags, code) => {
    const dir = scenario({ 'claimcheck.config.json': config, 'draft.md': WRONG, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', ...flags]);
    expect(r.code, r.stderr).toBe(code);
    expect(r.stdout).toContain('CONTRADICTED draft.md:1:19');
  });

  it('config format is used, and --format overrides it', async () => {
    const dir = scenario({ 'claimcheck.config.json': '{"format":"json"}', 'draft.md': WRONG, 'source.txt': SOURCE });
    const json = await runCli(['check', 'draft.md', '--sources', 'source.txt'], { cwd: dir });
    expect(json.code).toBe(1);
    expect(ReportSchema.parse(JSON.parse(json.stdout)).summary?.contradicted).toBe(1);
    const table = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--format', 'table']);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('CONTRADICTED');
    expect(() => JSON.parse(table.stdout)).toThrow();
  });

  it('config sources are used when --sources is absent', async () => {
    const dir = scenario({ 'claimcheck.config.json': '{"sources":["refs/"]}', 'refs/source.txt': SOURCE, 'draft.md': WRONG });
    const { r, report: rep } = await report(dir, ['check', 'draft.md']);
    expect(r.code).toBe(1);
    expect(brief(rep.claims)).toEqual([['draft.md', 1, '450 billion parameters', 'contradicted']]);
    expect(rep.claims[0]!.disagrees!.map((e) => [e.file, e.line, e.text])).toEqual([[path.join('refs', 'source.txt'), 1, '671 billion parameters']]);
  });

  it('--sources overrides config sources', async () => {
    const dir = scenario({ 'claimcheck.config.json': '{"sources":["refs/"]}', 'refs/source.txt': SOURCE, 'other/agrees.txt': 'DeepSeek says R1 has 450 billion parameters.\n', 'draft.md': WRONG });
    const { r, report: rep } = await report(dir, ['check', 'draft.md', '--sources', 'other/']);
    expect(r.code).toBe(0);
    expect(brief(rep.claims)).toEqual([['draft.md', 1, '450 billion parameters', 'supported']]);
  });

  it('config ignorePatterns drop claims whose text or sentence matches', async () => {
    const draft = `Intro.\n${WRONG}\nA rumoured count puts DeepSeek R1 at 300 billion parameters.\n\nDeepSeek's lab has 2,048 chips.\n`;
    const dir = scenario({
      'claimcheck.config.json': JSON.stringify({ ignorePatterns: ['^450 billion', '/RUMOURED/i'] }),
      'draft.md': draft,
      'source.txt': `${SOURCE}DeepSeek's lab has 2,048 chips.\n`,
    });
    const { r, report: rep } = await report(dir, ['check', 'draft.md', '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(brief(rep.claims)).toEqual([['draft.md', 6, '2,048 chips', 'supported']]);
    // Without the config both contradictions are there.
    const plain = await report(dir, ['check', 'draft.md', '--sources', 'source.txt', '--no-config']);
    expect(plain.r.code).toBe(1);
    expect(plain.report.claims.filter((c) => c.verdict === 'contradicted').map((c) => c.line)).toEqual([2, 4]);
  });

  it('config synonyms let "accelerator cards" pair with "chips"', async () => {
    // Different values: only a pairing by measure links them (equal values would link without it).
    const dir = scenario({
      'claimcheck.config.json': JSON.stringify({ synonyms: { chip: ['accelerator card'] } }),
      'draft.md': "DeepSeek's lab has 4,096 accelerator cards.\n",
      'source.txt': "DeepSeek's lab has 2,048 chips.\n",
    });
    const without = await report(dir, ['check', 'draft.md', '--sources', 'source.txt', '--no-config']);
    expect(brief(without.report.claims)).toEqual([['draft.md', 1, '4,096 accelerator cards', 'unverified']]);
    const { r, report: rep } = await report(dir, ['check', 'draft.md', '--sources', 'source.txt']);
    expect(r.code).toBe(1);
    expect(brief(rep.claims)).toEqual([['draft.md', 1, '4,096 accelerator cards', 'contradicted']]);
    expect(rep.claims[0]!.disagrees!.map((e) => [e.file, e.text])).toEqual([['source.txt', '2,048 chips']]);
  });

  it('config exclude leaves matching files out of a directory', async () => {
    const dir = scenario({
      'claimcheck.config.json': JSON.stringify({ exclude: ['docs/archive/**'] }),
      'docs/current.md': RIGHT,
      'docs/archive/old.md': WRONG,
      'source.txt': SOURCE,
    });
    const { r, report: rep } = await report(dir, ['check', 'docs', '--sources', 'source.txt']);
    expect(r.code).toBe(0);
    expect(brief(rep.claims)).toEqual([[path.join('docs', 'current.md'), 1, '671 billion parameters', 'supported']]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('.claimcheckignore', () => {
  it('a draft named on the command line but listed in it is not read', async () => {
    const dir = scenario({ '.claimcheckignore': 'docs/skip.md\n', 'docs/skip.md': WRONG, 'source.txt': SOURCE });
    const { r, report: rep } = await report(dir, ['check', 'docs/skip.md', '--sources', 'source.txt']);
    expect(r.code).toBe(0);
    expect(rep.claims).toEqual([]);
    expect(rep.summary?.claims).toBe(0);
  });

  it('a file listed in it is skipped when its directory is named (table output)', async () => {
    const dir = scenario({ '.claimcheckignore': '# drafts still in progress\ndocs/skip.md\n', 'docs/skip.md': WRONG, 'docs/keep.md': RIGHT, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', 'docs', '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`SUPPORTED    ${path.join('docs', 'keep.md')}:1:19`);
    expect(r.stdout).not.toContain('skip.md');
    expect(r.stdout).not.toContain('CONTRADICTED');
  });

  it('a "!" pattern re-includes a file', async () => {
    const dir = scenario({ '.claimcheckignore': 'docs/*.md\n!docs/keep.md\n', 'docs/a.md': WRONG, 'docs/b.md': WRONG, 'docs/keep.md': WRONG, 'source.txt': SOURCE });
    const { r, report: rep } = await report(dir, ['check', 'docs', '--sources', 'source.txt']);
    expect(r.code).toBe(1);
    expect(brief(rep.claims)).toEqual([[path.join('docs', 'keep.md'), 1, '450 billion parameters', 'contradicted']]);
  });

  it('a directory pattern leaves out everything under it', async () => {
    const dir = scenario({ '.claimcheckignore': 'archive/\n', 'docs/archive/old.md': WRONG, 'docs/new.md': RIGHT, 'source.txt': SOURCE });
    const { r, report: rep } = await report(dir, ['check', 'docs', '--sources', 'source.txt']);
    expect(r.code).toBe(0);
    expect(brief(rep.claims)).toEqual([[path.join('docs', 'new.md'), 1, '671 billion parameters', 'supported']]);
  });

  it('the nearest one above a nested working directory applies', async () => {
    const dir = scenario({ '.claimcheckignore': 'docs/skip.md\n', 'docs/skip.md': WRONG, 'docs/keep.md': RIGHT, 'source.txt': SOURCE });
    const docs = path.join(dir, 'docs');
    const { r, report: rep } = await report(docs, ['check', '.', '--sources', path.join('..', 'source.txt')]);
    expect(r.code).toBe(0);
    expect(brief(rep.claims)).toEqual([['keep.md', 1, '671 billion parameters', 'supported']]);
    const named = await report(docs, ['check', 'skip.md', '--sources', path.join('..', 'source.txt')]);
    expect(named.r.code).toBe(0);
    expect(named.report.claims).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

describe('inline directives', () => {
  it.each<[string, string, string, [number, string][]]>([
    ['Markdown disable-next-line', 'draft.md', `Intro.\n\n<!-- claimcheck-disable-next-line -->\n${WRONG}\n${RIGHT}`, [[6, 'supported']]],
    ['Markdown disable-next-line with a reason', 'draft.md', `Intro.\n\n<!-- claimcheck-disable-next-line -- figure under review -->\n${WRONG}\n${RIGHT}`, [[6, 'supported']]],
    ['Markdown disable-line', 'draft.md', `Intro.\n\n${WRONG.trim()} <!-- claimcheck-disable-line -->\n\n${RIGHT}`, [[5, 'supported']]],
    [
      'Markdown disable … enable block',
      'draft.md',
      `Intro.\n\n<!-- claimcheck-disable -->\n${WRONG}${ALSO_WRONG}<!-- claimcheck-enable -->\n\n${RIGHT}`,
      [[8, 'supported']],
    ],
    ['plain text disable-line', 'draft.txt', `Intro.\n${WRONG.trim()} claimcheck-disable-line\n\n${RIGHT}`, [[4, 'supported']]],
    ['plain text disable-next-line', 'draft.txt', `Intro.\n# claimcheck-disable-next-line\n${WRONG}${RIGHT}`, [[4, 'supported']]],
  ])('%s: the contradicted claim is left out, exit 0', async (_label, name, text, expected) => {
    const dir = scenario({ [name]: text, 'source.txt': SOURCE });
    const { r, report: rep } = await report(dir, ['check', name, '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(rep.claims.map((c) => [c.line, c.verdict])).toEqual(expected);
    expect(rep.claims.map((c) => c.text)).not.toContain('450 billion parameters');
    expect(r.stderr).toBe('');
  });

  it('a claim after the block ends is checked again', async () => {
    const text = `<!-- claimcheck-disable -->\n${RIGHT}<!-- claimcheck-enable -->\n\n${WRONG}`;
    const dir = scenario({ 'draft.md': text, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('CONTRADICTED draft.md:5:19');
    expect(r.stdout).not.toContain('draft.md:2:');
  });

  it('a directive in a code block is an example, not a directive', async () => {
    const text = `Intro.\n\n\`\`\`md\n<!-- claimcheck-disable -->\n\`\`\`\n\n${WRONG}`;
    const dir = scenario({ 'draft.md': text, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('CONTRADICTED draft.md:7:19');
  });

  it.each<[string, string, string, number, number]>([
    ['an unused directive above a line with no figure, a contradiction below', 'notes.md', `Intro.\n<!-- claimcheck-disable-next-line -->\nThe weather was mild.\n${WRONG}`, 2, 1],
    ['an unused directive, nothing failing', 'notes.md', `Intro.\n<!-- claimcheck-disable-next-line -->\nThe weather was mild.\n${RIGHT}`, 2, 0],
    ['an unused block', 'notes.md', `${RIGHT}\n<!-- claimcheck-disable -->\nNo figures here.\n<!-- claimcheck-enable -->\n`, 3, 0],
    ['an unused plain-text directive', 'notes.txt', `${RIGHT}\nNo figures here. claimcheck-disable-line\n`, 3, 0],
  ])('%s: a warning naming the file and line, exit code unaffected', async (_label, name, text, line, code) => {
    const dir = scenario({ [name]: text, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', name, '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(code);
    const warnings = r.stderr.split('\n').filter(Boolean);
    expect(warnings, r.stderr).toHaveLength(1);
    expect(warnings[0]).toMatch(/warning/i);
    expect(warnings[0]).toContain(name);
    expect(warnings[0]).toMatch(new RegExp(`(line |:)${line}\\b`));
    expect(warnings[0]).toMatch(/unused/);
  });
});

// ---------------------------------------------------------------------------------------------

describe('baseline', () => {
  it('record, then report only new findings; line moves do not make a finding new', async () => {
    const dir = scenario({ 'draft.md': `Intro.\n${WRONG}\n${RIGHT}`, 'source.txt': SOURCE });
    // Record today's findings.
    const rec = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--update-baseline', 'base.json']);
    expect(rec.code, rec.stderr).toBe(0);
    const file = path.join(dir, 'base.json');
    expect(fs.existsSync(file)).toBe(true);
    const baseline = JSON.parse(fs.readFileSync(file, 'utf8')) as { version: number; findings: { file: string; text: string }[] };
    expect(baseline.version).toBe(1);
    expect(Array.isArray(baseline.findings)).toBe(true);
    expect(baseline.findings.map((f) => [f.file, f.text])).toEqual([['draft.md', '450 billion parameters']]);

    // The same input against the baseline: nothing new, exit 0, the known finding not reported.
    const same = await report(dir, ['check', 'draft.md', '--sources', 'source.txt', '--baseline', 'base.json']);
    expect(same.r.code).toBe(0);
    expect(same.report.claims.map((c) => c.text)).not.toContain('450 billion parameters');
    expect(same.report.claims.filter((c) => c.verdict === 'contradicted')).toEqual([]);
    const sameTable = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--baseline', 'base.json']);
    expect(sameTable.code).toBe(0);
    expect(sameTable.stdout).not.toContain('450 billion');

    // A new contradiction above the old one moves it down: only the new one is reported.
    fs.writeFileSync(path.join(dir, 'draft.md'), `Intro.\n${ALSO_WRONG}\n\n${WRONG}\n${RIGHT}`);
    const moved = await report(dir, ['check', 'draft.md', '--sources', 'source.txt', '--baseline', 'base.json']);
    expect(moved.r.code).toBe(1);
    expect(brief(moved.report.claims.filter((c) => c.verdict === 'contradicted'))).toEqual([['draft.md', 2, '300 billion parameters', 'contradicted']]);
    expect(moved.report.claims.map((c) => c.text)).not.toContain('450 billion parameters');
    const movedTable = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--baseline', 'base.json']);
    expect(movedTable.code).toBe(1);
    expect(movedTable.stdout).toContain('CONTRADICTED draft.md:2:');
    expect(movedTable.stdout).not.toContain('450 billion');
  });

  it('a config "baseline" key is used like --baseline', async () => {
    const dir = scenario({ 'claimcheck.config.json': '{"baseline":"known.json"}', 'draft.md': WRONG, 'source.txt': SOURCE });
    expect((await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--update-baseline', 'known.json'])).code).toBe(0);
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).not.toContain('450 billion');
  });

  it('a missing baseline file: exit 2 with a one-line message naming it', async () => {
    const dir = scenario({ 'draft.md': WRONG, 'source.txt': SOURCE });
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--baseline', 'nowhere.json']);
    expectUserError(r, 'nowhere.json');
  });

  it('a baseline file that is not JSON: exit 2', async () => {
    const dir = scenario({ 'draft.md': WRONG, 'source.txt': SOURCE, 'base.json': 'not json\n' });
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--baseline', 'base.json']);
    expectUserError(r, 'base.json');
  });
});

// ---------------------------------------------------------------------------------------------

describe('--changed-since', () => {
  const gitEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull, GIT_TERMINAL_PROMPT: '0' };
  const git = (cwd: string, ...args: string[]) =>
    execFileSync('git', ['-c', 'user.email=writer@example.com', '-c', 'user.name=Writer', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], {
      cwd,
      env: gitEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    });

  /** A repository with one commit holding the draft (WRONG on line 2) and the source. */
  function repo(): string {
    const dir = scenario({ 'draft.md': `Intro.\n${WRONG}`, 'source.txt': SOURCE });
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'first draft');
    return dir;
  }

  it('reports only claims on lines changed since the ref', async () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, 'draft.md'), `Intro.\n${WRONG}${ALSO_WRONG}`);
    const { r, report: rep } = await report(dir, ['check', 'draft.md', '--sources', 'source.txt', '--changed-since', 'HEAD']);
    expect(r.code, r.stderr).toBe(1);
    expect(brief(rep.claims)).toEqual([['draft.md', 3, '300 billion parameters', 'contradicted']]);
    const table = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--changed-since', 'HEAD']);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('CONTRADICTED draft.md:3:');
    expect(table.stdout).not.toContain('450 billion');
  });

  it('an unchanged contradicted line does not fail the run', async () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, 'draft.md'), `A new introduction.\n${WRONG}`);
    const { r, report: rep } = await report(dir, ['check', 'draft.md', '--sources', 'source.txt', '--changed-since', 'HEAD']);
    expect(r.code, r.stderr).toBe(0);
    expect(rep.claims).toEqual([]);
    // Without --changed-since it does.
    expect((await cli(dir, ['check', 'draft.md', '--sources', 'source.txt'])).code).toBe(1);
  });

  it('an earlier commit as the ref covers every line changed since', async () => {
    const dir = repo();
    fs.writeFileSync(path.join(dir, 'draft.md'), `Intro.\n${WRONG}${ALSO_WRONG}`);
    git(dir, 'commit', '-q', '-am', 'second draft');
    const { r, report: rep } = await report(dir, ['check', 'draft.md', '--sources', 'source.txt', '--changed-since', 'HEAD~1']);
    expect(r.code).toBe(1);
    expect(brief(rep.claims)).toEqual([['draft.md', 3, '300 billion parameters', 'contradicted']]);
    const now = await report(dir, ['check', 'draft.md', '--sources', 'source.txt', '--changed-since', 'HEAD']);
    expect(now.r.code).toBe(0);
    expect(now.report.claims).toEqual([]);
  });

  it('a bad ref: exit 2 with a one-line message naming it', async () => {
    const dir = repo();
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--changed-since', 'no-such-branch']);
    expectUserError(r, 'no-such-branch');
  });
});

// ---------------------------------------------------------------------------------------------

describe('--facts', () => {
  // The team's figure is 671 billion; FACT_WRONG says 450 billion, as does SOURCE_450.
  const FACT_WRONG = 'DeepSeek R1 has 450 billion parameters.\n';
  const FACT_RIGHT = 'DeepSeek R1 has 671 billion parameters.\n';
  const SOURCE_450 = 'DeepSeek says R1 has 450 billion parameters.\n';
  const ONE_FACT = 'r1-parameters: "DeepSeek R1 has 671 billion parameters"\n';
  // The shape the README shows: several keys, statements without a full stop.
  const YAML_FACTS = '# What the team has confirmed\nr1-parameters: "DeepSeek R1 has 671 billion parameters"\nlab-staff: "DeepSeek employs 160 researchers"\n';

  it.each<[string, string, string, number]>([
    ['YAML with a single key', 'facts.yaml', ONE_FACT, 1],
    ['YAML with several keys', 'facts.yaml', YAML_FACTS, 2],
    ['YAML (.yml) with a list under a key', 'facts.yml', 'r1:\n  - DeepSeek R1 has 671 billion parameters\n  - DeepSeek employs 160 researchers\n', 2],
    ['YAML, a top-level list', 'facts.yaml', '- DeepSeek employs 160 researchers\n- DeepSeek R1 has 671 billion parameters\n', 2],
    ['Markdown list items ending in full stops', 'facts.md', '# Confirmed figures\n\nChecked by the desk.\n\n- DeepSeek R1 has 671 billion parameters.\n- DeepSeek employs 160 researchers.\n', 5],
    ['Markdown list items without full stops', 'facts.md', '# Confirmed figures\n\n- DeepSeek R1 has 671 billion parameters\n- DeepSeek employs 160 researchers\n', 3],
  ])('%s: a draft that disagrees is contradicted, with evidence at the fact', async (_label, name, facts, line) => {
    const dir = scenario({ [name]: facts, 'draft.md': FACT_WRONG });
    const { r, report: rep } = await report(dir, ['check', 'draft.md', '--facts', name]);
    expect(r.code, r.stderr).toBe(1);
    expect(brief(rep.claims)).toEqual([['draft.md', 1, '450 billion parameters', 'contradicted']]);
    const evidence = rep.claims[0]!.disagrees ?? [];
    expect(evidence.map((e) => [e.file, e.line, e.text])).toEqual([[name, line, '671 billion parameters']]);
    const table = await cli(dir, ['check', 'draft.md', '--facts', name]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain(`disagrees ${name}:${line}:`);
  });

  it.each<[string, string]>([
    ['one fact', ONE_FACT],
    ['several facts', YAML_FACTS],
  ])('facts outrank sources (%s): a draft that agrees with the fact but not a source is supported', async (_label, facts) => {
    const dir = scenario({ 'facts.yaml': facts, 'source.txt': SOURCE_450, 'draft.md': FACT_RIGHT });
    const { r, report: rep } = await report(dir, ['check', 'draft.md', '--facts', 'facts.yaml', '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(0);
    expect(brief(rep.claims)).toEqual([['draft.md', 1, '671 billion parameters', 'supported']]);
    expect((rep.claims[0]!.supports ?? []).map((e) => e.file)).toContain('facts.yaml');
    // Without the facts the source disagrees.
    expect((await cli(dir, ['check', 'draft.md', '--sources', 'source.txt'])).code).toBe(1);
  });

  it.each<[string, string, number]>([
    ['one fact', ONE_FACT, 1],
    ['several facts', YAML_FACTS, 2],
  ])('facts outrank sources (%s): a draft that a source supports but the fact disagrees with is contradicted', async (_label, facts, line) => {
    const dir = scenario({ 'facts.yaml': facts, 'source.txt': SOURCE_450, 'draft.md': FACT_WRONG });
    const { r, report: rep } = await report(dir, ['check', 'draft.md', '--facts', 'facts.yaml', '--sources', 'source.txt']);
    expect(r.code, r.stderr).toBe(1);
    expect(brief(rep.claims)).toEqual([['draft.md', 1, '450 billion parameters', 'contradicted']]);
    expect((rep.claims[0]!.disagrees ?? []).map((e) => [e.file, e.line])).toEqual([['facts.yaml', line]]);
  });

  it('a config "facts" key is used like --facts, relative to the config file', async () => {
    const dir = scenario({ 'claimcheck.config.json': '{"facts":"team/facts.yaml"}', 'team/facts.yaml': ONE_FACT, 'docs/draft.md': FACT_WRONG });
    const { r, report: rep } = await report(path.join(dir, 'docs'), ['check', 'draft.md']);
    expect(r.code, r.stderr).toBe(1);
    expect(brief(rep.claims)).toEqual([['draft.md', 1, '450 billion parameters', 'contradicted']]);
    expect((rep.claims[0]!.disagrees ?? []).map((e) => e.file)).toEqual([path.join('..', 'team', 'facts.yaml')]);
  });

  it.each<[string, string, string]>([
    ['malformed YAML', 'facts.yaml', 'r1-parameters: [DeepSeek R1 has 671 billion parameters\n'],
    ['a mapping where a statement belongs', 'facts.yaml', 'r1:\n  nested: {size: 1}\n'],
    ['a number where a statement belongs', 'facts.yaml', 'r1: 671\n'],
    ['an unsupported extension', 'facts.json', '{"r1":"DeepSeek R1 has 671 billion parameters"}'],
  ])('%s: exit 2 naming the facts file', async (_label, name, facts) => {
    const dir = scenario({ [name]: facts, 'draft.md': WRONG });
    const r = await cli(dir, ['check', 'draft.md', '--facts', name]);
    expectUserError(r, name);
  });

  it('a missing facts file: exit 2', async () => {
    const dir = scenario({ 'draft.md': WRONG });
    expectUserError(await cli(dir, ['check', 'draft.md', '--facts', 'absent.yaml']), 'absent.yaml');
  });
});

// ---------------------------------------------------------------------------------------------

interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
}

function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser();
  const doc: XmlElement = { name: '#document', attributes: {}, children: [] };
  const stack = [doc];
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('opentag', (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes as Record<string, string>, children: [] };
    stack.at(-1)!.children.push(element);
    stack.push(element);
  });
  parser.on('closetag', () => {
    stack.pop();
  });
  parser.write(xml).close();
  expect(doc.children).toHaveLength(1);
  return doc.children[0]!;
}

const FORMAT_CHECKS: [string, (out: string) => void][] = [
  [
    'table',
    (out) => {
      expect(out).toContain('CONTRADICTED draft.md:1:19');
      expect(out).toContain('source.txt:1:22');
    },
  ],
  [
    'json',
    (out) => {
      const rep = ReportSchema.parse(JSON.parse(out));
      expect(rep.command).toBe('check');
      expect(brief(rep.claims)).toEqual([['draft.md', 1, '450 billion parameters', 'contradicted']]);
      expect(rep.summary?.contradicted).toBe(1);
    },
  ],
  [
    'jsonl',
    (out) => {
      const lines = out.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
      expect(lines.length).toBeGreaterThan(1);
      const claims = lines.filter((l) => l['type'] === 'claim');
      expect(claims.map((c) => [c['file'], c['text'], c['verdict']])).toEqual([['draft.md', '450 billion parameters', 'contradicted']]);
    },
  ],
  [
    'sarif',
    (out) => {
      const sarif = JSON.parse(out) as { version: string; runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
      expect(sarif.version).toBe('2.1.0');
      expect(sarif.runs).toHaveLength(1);
      expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
      expect(sarif.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toContain('draft.md');
    },
  ],
  [
    'github',
    (out) => {
      const lines = out.split('\n').filter(Boolean);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) expect(line.startsWith('::error ')).toBe(true);
      expect(lines[0]).toContain('file=draft.md');
      expect(lines[0]).toContain('line=1');
    },
  ],
  [
    'junit',
    (out) => {
      const rootElement = parseXml(out);
      expect(rootElement.name).toBe('testsuites');
      expect(JSON.stringify(rootElement)).toContain('failure');
    },
  ],
  [
    'markdown',
    (out) => {
      expect(out).toContain('contradicted');
      expect(out).toContain('draft.md:1');
      expect(out).toMatch(/^\|.*\|$/m);
    },
  ],
];

describe('formats', () => {
  let dir: string;
  beforeAll(() => {
    dir = scenario({ 'draft.md': WRONG, 'source.txt': SOURCE });
  });

  it.each(FORMAT_CHECKS)('%s on standard output', async (format, checkOutput) => {
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--format', format]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout.trim()).not.toBe('');
    checkOutput(r.stdout);
  });

  it.each(FORMAT_CHECKS)('%s with --output-file: the report goes to the file, nothing to stdout', async (format, checkOutput) => {
    const out = `report-${format}.out`;
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '-f', format, '--output-file', out]);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toBe('');
    const written = fs.readFileSync(path.join(dir, out), 'utf8');
    expect(written.trim()).not.toBe('');
    checkOutput(written);
  });

  it('--output-file into a missing directory: exit 2', async () => {
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--output-file', 'no/such/dir/report.json']);
    expectUserError(r, 'report.json');
  });

  it('an unknown format: exit 2', async () => {
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'source.txt', '--format', 'yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------

describe('standard input with --stdin-filename', () => {
  // Line 4 sits in a code block and line 7 in an HTML comment: Markdown holds no claims there.
  const INPUT = `Intro.\n\n\`\`\`\n${WRONG}\`\`\`\n\n<!-- ${WRONG.trim()} -->\n${ALSO_WRONG}`;

  it('positions use the given name, and a .md name gets Markdown handling', async () => {
    const dir = scenario({ 'source.txt': SOURCE });
    const { r, report: rep } = await report(dir, ['check', '-', '--stdin-filename', 'docs/draft.md', '--sources', 'source.txt'], INPUT);
    expect(r.code).toBe(1);
    expect(rep.claims.map((c) => [c.file, c.line, c.column, c.text, c.verdict])).toEqual([['docs/draft.md', 8, 26, '300 billion parameters', 'contradicted']]);
    const table = await cli(dir, ['check', '-', '--stdin-filename', 'docs/draft.md', '--sources', 'source.txt'], INPUT);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('CONTRADICTED docs/draft.md:8:26');
    const github = await cli(dir, ['check', '-', '--stdin-filename', 'docs/draft.md', '--sources', 'source.txt', '--format', 'github'], INPUT);
    expect(github.stdout).toContain('file=docs/draft.md,line=8');
  });

  it('a .txt name reads the same text as plain text', async () => {
    const dir = scenario({ 'source.txt': SOURCE });
    const { report: rep } = await report(dir, ['check', '-', '--stdin-filename', 'docs/draft.txt', '--sources', 'source.txt'], INPUT);
    expect(rep.claims.map((c) => c.line)).toEqual([4, 7, 8]);
    expect(new Set(rep.claims.map((c) => c.file))).toEqual(new Set(['docs/draft.txt']));
  });

  it('Markdown directives apply because of the .md name', async () => {
    const dir = scenario({ 'source.txt': SOURCE });
    const input = `<!-- claimcheck-disable-next-line -->\n${WRONG}`;
    const { r, report: rep } = await report(dir, ['check', '-', '--stdin-filename', 'docs/draft.md', '--sources', 'source.txt'], input);
    expect(r.code).toBe(0);
    expect(rep.claims).toEqual([]);
  });

  it('a .claimcheckignore pattern matching the name skips it', async () => {
    const dir = scenario({ '.claimcheckignore': 'docs/draft.md\n', 'source.txt': SOURCE });
    const { r, report: rep } = await report(dir, ['check', '-', '--stdin-filename', 'docs/draft.md', '--sources', 'source.txt'], WRONG);
    expect(r.code).toBe(0);
    expect(rep.claims).toEqual([]);
    // A name the pattern does not match is read.
    const other = await report(dir, ['check', '-', '--stdin-filename', 'docs/other.md', '--sources', 'source.txt'], WRONG);
    expect(other.r.code).toBe(1);
    expect(brief(other.report.claims)).toEqual([['docs/other.md', 1, '450 billion parameters', 'contradicted']]);
  });

  it('a glob pattern in .claimcheckignore matches the name too', async () => {
    const dir = scenario({ '.claimcheckignore': 'docs/**/*.md\n', 'source.txt': SOURCE });
    const r = await cli(dir, ['check', '-', '--stdin-filename', 'docs/draft.md', '--sources', 'source.txt'], WRONG);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain('CONTRADICTED');
  });
});

// ---------------------------------------------------------------------------------------------

describe('--fail-on', () => {
  type Case = 'supported' | 'unverified' | 'disputed' | 'contradicted';
  const CASES: Record<Case, Record<string, string>> = {
    supported: { 'draft.md': RIGHT, 'sources/one.txt': SOURCE },
    unverified: { 'draft.md': UNSOURCED, 'sources/one.txt': SOURCE },
    disputed: { 'draft.md': RIGHT, 'sources/one.txt': SOURCE, 'sources/two.txt': 'DeepSeek says R1 has 450 billion parameters.\n' },
    contradicted: { 'draft.md': WRONG, 'sources/one.txt': SOURCE },
  };
  const dirs = new Map<Case, string>();
  beforeAll(() => {
    for (const [name, files] of Object.entries(CASES)) dirs.set(name as Case, scenario(files));
  });

  // verdict, --fail-on (null: the default), expected exit code
  it.each<[Case, string | null, number]>([
    ['contradicted', null, 1],
    ['disputed', null, 0],
    ['unverified', null, 0],
    ['supported', null, 0],
    ['contradicted', 'contradicted', 1],
    ['disputed', 'contradicted', 0],
    ['unverified', 'contradicted', 0],
    ['supported', 'contradicted', 0],
    ['contradicted', 'disputed', 1],
    ['disputed', 'disputed', 1],
    ['unverified', 'disputed', 0],
    ['supported', 'disputed', 0],
    ['contradicted', 'unverified', 1],
    ['disputed', 'unverified', 1],
    ['unverified', 'unverified', 1],
    ['supported', 'unverified', 0],
    ['contradicted', 'never', 0],
    ['disputed', 'never', 0],
    ['unverified', 'never', 0],
    ['supported', 'never', 0],
  ])('a %s claim with --fail-on %s exits %i', async (verdict, level, code) => {
    const dir = dirs.get(verdict)!;
    const args = ['check', 'draft.md', '--sources', 'sources/', ...(level ? ['--fail-on', level] : [])];
    const { r, report: rep } = await report(dir, args);
    expect(rep.claims.map((c) => c.verdict)).toEqual([verdict]);
    expect(r.code).toBe(code);
    const table = await cli(dir, args);
    expect(table.code).toBe(code);
    expect(table.stdout).toContain(verdict.toUpperCase());
  });

  it('the same level in the config fails the same way', async () => {
    const dir = scenario({ ...CASES.disputed, 'claimcheck.config.json': '{"failOn":"disputed"}' });
    expect((await cli(dir, ['check', 'draft.md', '--sources', 'sources/'])).code).toBe(1);
  });

  it('an unknown --fail-on level: exit 2 with a one-line message', async () => {
    const dir = dirs.get('contradicted')!;
    const r = await cli(dir, ['check', 'draft.md', '--sources', 'sources/', '--fail-on', 'sometimes']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('sometimes');
  });
});
