// The command line: inputs, formats, ordering, determinism, errors and exit codes.
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClaimSchema, ReportSchema, type Claim, type Report } from '../src/schema.js';
import { runCli } from './helpers/run-cli.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

let dir: string;

function put(name: string, content: string | Buffer) {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-cli-'));
  put('corpus/a.txt', 'The bridge cost $12 million.\nIt carries 40,000 cars a day.\n');
  put('corpus/sub/b.md', '# Pier\n\nThe pier is 300 metres long.\n');
  put('corpus/sub/c.markdown', 'The pier has 14 lamps.\n');
  put('corpus/sub/d.text', 'The pier opened in 1998.\n');
  put('corpus/notes.log', 'The log lists 77 ships.\n');
  put('corpus/notes.rst', 'The notes list 88 ships.\n');
  put('blob.txt', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x35, 0x20, 0x63, 0x61, 0x74, 0x73, 0x00]));
  put('empty.txt', '');
  put('nothing-here/readme.log', 'The yard holds 9 cranes.\n');
  put('check/sources/report.txt', 'Harbor Labs trained its model on 2,048 chips.\nThe training run cost $5.6 million.\n');
  put('check/drafts/good.txt', 'Harbor Labs trained its model on 2,048 chips.\nThe training run cost $5.6 million.\n');
  put('check/drafts/bad.txt', 'Harbor Labs trained its model on 9,000 chips.\nThe training run cost $5.6 million.\n');
  put('check/drafts/unsourced.txt', 'Harbor Labs trained its model on 2,048 chips.\nThe lobby has 77 windows.\n');
  put('split/sources/one.txt', 'Harbor Labs trained its model on 2,048 chips.\n');
  put('split/sources/two.txt', 'Harbor Labs trained its model on 9,000 chips.\n');
  put('split/draft.txt', 'Harbor Labs trained its model on 2,048 chips.\n');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  vi.restoreAllMocks();
});

const cli = (args: string[], stdin?: string | Buffer) => runCli(args, { cwd: dir, ...(stdin !== undefined ? { stdin } : {}) });

async function jsonReport(args: string[]): Promise<Report> {
  const r = await cli([...args, '--format', 'json']);
  expect(r.code, r.stderr).toBeLessThan(2);
  return ReportSchema.parse(JSON.parse(r.stdout));
}

/** A user error: exit 2, one line on stderr that names the path, no stack trace. */
function expectUserError(r: { code: number; stdout: string; stderr: string }, named: string) {
  expect(r.code).toBe(2);
  const lines = r.stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain(named);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toMatch(/internal error/);
}

describe('inputs', () => {
  it.each<[string, string[], string[]]>([
    ['a file', ['corpus/a.txt'], ['corpus/a.txt']],
    ['two files in argument order', ['corpus/sub/b.md', 'corpus/a.txt'], ['corpus/sub/b.md', 'corpus/a.txt']],
    ['a directory, recursively, default extensions', ['corpus'], ['corpus/a.txt', 'corpus/sub/b.md', 'corpus/sub/c.markdown', 'corpus/sub/d.text']],
    ['a directory named with a trailing slash', ['corpus/sub/'], ['corpus/sub/b.md', 'corpus/sub/c.markdown', 'corpus/sub/d.text']],
    ['a glob', ['corpus/**/*.md'], ['corpus/sub/b.md']],
    ['a glob of several files', ['corpus/**/*.{txt,md}'], ['corpus/a.txt', 'corpus/sub/b.md']],
    ['a file named twice is read once', ['corpus/a.txt', 'corpus/a.txt'], ['corpus/a.txt']],
  ])('%s', async (label, args, files) => {
    const report = await jsonReport(['extract', ...args]);
    expect([...new Set(report.claims.map((c) => c.file))]).toEqual(files);
    expect(report.errors).toEqual([]);
  });

  it.each<[string, string, string[]]>([
    ['--ext .log', '.log', ['corpus/notes.log']],
    ['--ext log,rst', 'log,rst', ['corpus/notes.log', 'corpus/notes.rst']],
    ['--ext .txt', '.txt', ['corpus/a.txt']],
  ])('%s picks the directory files to read', async (label, ext, files) => {
    const report = await jsonReport(['extract', 'corpus', '--ext', ext]);
    expect([...new Set(report.claims.map((c) => c.file))]).toEqual(files);
  });

  it('reads standard input under the name given by --stdin-filename', async () => {
    const r = await cli(['extract', '-', '--stdin-filename', 'piped.md', '--format', 'json'], 'The hall seats 800 people.\n\n```\nx = 5000\n```\n');
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.claims.map((c) => [c.file, c.line, c.column, c.text])).toEqual([['piped.md', 1, 16, '800 people']]);
  });

  it('reads standard input without a name', async () => {
    const r = await cli(['extract', '-', '--format', 'json'], 'The hall seats 800 people.\n');
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.claims.map((c) => [c.line, c.column, c.text])).toEqual([[1, 16, '800 people']]);
  });

  it('reads standard input in UTF-16 with a BOM', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('The hall seats 800 people.\r\n', 'utf16le')]);
    const r = await cli(['extract', '-', '--stdin-filename', 'in.txt', '--format', 'json'], bytes);
    expect(ReportSchema.parse(JSON.parse(r.stdout)).claims.map((c) => c.text)).toEqual(['800 people']);
  });

  it('standard input and files together keep argument order', async () => {
    const r = await cli(['extract', 'corpus/a.txt', '-', '--stdin-filename', 'piped.txt', '--format', 'json'], 'The hall seats 800 people.\n');
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect([...new Set(report.claims.map((c) => c.file))]).toEqual(['corpus/a.txt', 'piped.txt']);
  });

  it('an empty file has no claims', async () => {
    const r = await cli(['extract', 'empty.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.claims).toEqual([]);
    expect(report.errors).toEqual([]);
  });

  it('a binary file named on the command line is an error: exit 2, the JSON closed with the error in it', async () => {
    const r = await cli(['extract', 'corpus/a.txt', 'blob.txt', '--format', 'json']);
    expect(r.code).toBe(2);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect([...new Set(report.claims.map((c) => c.file))]).toEqual(['corpus/a.txt']);
    expect(report.errors).toEqual([{ file: 'blob.txt', severity: 'error', message: 'cannot read as text (binary file)' }]);
    expect(r.stderr).toBe('claimcheck: blob.txt: cannot read as text (binary file)\n');
  });
});

describe('formats', () => {
  it('json validates against the report schema', async () => {
    const r = await cli(['extract', 'corpus', '--format', 'json']);
    expect(r.code).toBe(0);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.command).toBe('extract');
    expect(report.tool).toEqual({ name: 'claimcheck', version: PACKAGE_VERSION });
    expect(report.claims.map((c) => c.text)).toEqual(['$12 million', '40,000 cars', '300 metres', '14 lamps', '1998']);
  });

  it('jsonl has one claim per line, each valid', async () => {
    const r = await cli(['extract', 'corpus', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').filter(Boolean);
    const claims = lines.map((l) => JSON.parse(l) as Record<string, unknown>).filter((o) => o['type'] === 'claim');
    expect(claims).toHaveLength(5);
    const parsed = claims.map(({ type: _type, ...rest }) => ClaimSchema.parse(rest));
    expect(parsed.map((c) => c.text)).toEqual(['$12 million', '40,000 cars', '300 metres', '14 lamps', '1998']);
  });

  it('jsonl and json hold the same claims', async () => {
    const json = ReportSchema.parse(JSON.parse((await cli(['extract', 'corpus', '--format', 'json'])).stdout));
    const jsonl = (await cli(['extract', 'corpus', '--format', 'jsonl'])).stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .filter((o) => o['type'] === 'claim')
      .map(({ type: _type, ...rest }) => rest);
    expect(jsonl).toEqual(json.claims);
  });

  it('table names each claim by file:line:column', async () => {
    const r = await cli(['extract', 'corpus/a.txt']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('corpus/a.txt:1:17');
    expect(r.stdout).toContain('$12 million');
    expect(r.stdout).toContain('corpus/a.txt:2:12');
    expect(r.stdout).not.toMatch(/\u001b\[/);
  });

  it('table is the default format', async () => {
    const a = await cli(['extract', 'corpus/a.txt']);
    const b = await cli(['extract', 'corpus/a.txt', '--format', 'table']);
    expect(a.stdout).toBe(b.stdout);
  });

  it('--output-file writes the report there and nothing to standard output', async () => {
    const r = await cli(['extract', 'corpus/a.txt', '--format', 'json', '--output-file', 'report.json']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    const report = ReportSchema.parse(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')));
    expect(report.claims.map((c) => c.text)).toEqual(['$12 million', '40,000 cars']);
  });
});

describe('order and determinism', () => {
  it('claims are ordered by file in argument order, then by position', async () => {
    const report = await jsonReport(['extract', 'corpus/sub/b.md', 'corpus/a.txt', 'corpus/sub/c.markdown']);
    expect(report.claims.map((c) => [c.file, c.line, c.column])).toEqual([
      ['corpus/sub/b.md', 3, 13],
      ['corpus/a.txt', 1, 17],
      ['corpus/a.txt', 2, 12],
      ['corpus/sub/c.markdown', 1, 14],
    ]);
  });

  it.each([['table'], ['json'], ['jsonl']])('two runs give identical bytes (%s)', async (format) => {
    const args = ['extract', 'corpus', 'corpus/notes.log', '--format', format];
    const first = await cli(args);
    const second = await cli(args);
    expect(first.stdout.length).toBeGreaterThan(0);
    expect(second.stdout).toBe(first.stdout);
    expect(second.code).toBe(first.code);
  });

  it.each([['table'], ['json']])('check output is deterministic (%s)', async (format) => {
    const args = ['check', 'check/drafts/bad.txt', '--sources', 'check/sources', '--format', format];
    const first = await cli(args);
    const second = await cli(args);
    expect(second.stdout).toBe(first.stdout);
  });
});

describe('user errors', () => {
  it.each<[string, string[], string]>([
    ['a missing file', ['extract', 'no-such-file.txt'], 'no-such-file.txt'],
    ['a missing file among good ones', ['extract', 'corpus/a.txt', 'missing/thing.md'], 'missing/thing.md'],
    ['a directory with nothing to read', ['extract', 'nothing-here'], 'nothing-here'],
    ['a glob that matches nothing', ['extract', 'corpus/**/*.pdf'], 'corpus/**/*.pdf'],
    ['a missing source for check', ['check', 'check/drafts/good.txt', '--sources', 'no-sources'], 'no-sources'],
    ['a missing draft for check', ['check', 'no-draft.txt', '--sources', 'check/sources'], 'no-draft.txt'],
  ])('%s', async (label, args, named) => {
    const r = await cli(args);
    expectUserError(r, named);
    expect(r.stdout).toBe('');
  });

  it.each([['when it is opened'], ['when it is read']])('an unreadable file (refused %s)', async (when) => {
    const target = path.join(dir, 'corpus/a.txt');
    const denied = (op: string) => Object.assign(new Error(`EACCES: permission denied, ${op} '${target}'`), { code: 'EACCES', errno: -13, syscall: op, path: target });
    if (when === 'when it is opened') {
      const accessSync = fs.accessSync;
      vi.spyOn(fs, 'accessSync').mockImplementation((p, mode) => {
        if (path.resolve(String(p)) === target) throw denied('access');
        return accessSync(p, mode);
      });
    }
    const readFileSync = fs.readFileSync;
    vi.spyOn(fs, 'readFileSync').mockImplementation(((p: fs.PathOrFileDescriptor, o?: unknown) => {
      if (typeof p === 'string' && path.resolve(p) === target) throw denied('open');
      return (readFileSync as (p: fs.PathOrFileDescriptor, o?: unknown) => unknown)(p, o);
    }) as typeof fs.readFileSync);
    const r = await cli(['extract', 'corpus/a.txt']);
    expectUserError(r, 'corpus/a.txt');
    expect(r.stderr).toMatch(/permission denied/i);
  });

  it.each<[string, string[]]>([
    ['an unknown option', ['extract', '--bogus', 'corpus']],
    ['an unknown option for check', ['check', 'check/drafts/good.txt', '--sources', 'check/sources', '--wat']],
    ['an unknown format', ['extract', 'corpus', '--format', 'yaml']],
    ['an unknown --fail-on level', ['check', 'check/drafts/good.txt', '--sources', 'check/sources', '--fail-on', 'sometimes']],
    ['an unknown command', ['summarize', 'corpus']],
    ['no paths', ['extract']],
    ['a bad --tolerance', ['extract', 'corpus', '--tolerance', 'lots']],
  ])('%s exits 2', async (label, args) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });
});

describe('check exit codes', () => {
  it.each<[string, string[], number]>([
    ['a clean draft', ['check', 'check/drafts/good.txt', '--sources', 'check/sources'], 0],
    ['a contradicted claim', ['check', 'check/drafts/bad.txt', '--sources', 'check/sources'], 1],
    ['a contradicted claim, --fail-on contradicted', ['check', 'check/drafts/bad.txt', '--sources', 'check/sources', '--fail-on', 'contradicted'], 1],
    ['a contradicted claim, --fail-on never', ['check', 'check/drafts/bad.txt', '--sources', 'check/sources', '--fail-on', 'never'], 0],
    ['an unverified claim, default level', ['check', 'check/drafts/unsourced.txt', '--sources', 'check/sources'], 0],
    ['an unverified claim, --fail-on unverified', ['check', 'check/drafts/unsourced.txt', '--sources', 'check/sources', '--fail-on', 'unverified'], 1],
    ['a disputed claim, default level', ['check', 'split/draft.txt', '--sources', 'split/sources'], 0],
    ['a disputed claim, --fail-on disputed', ['check', 'split/draft.txt', '--sources', 'split/sources', '--fail-on', 'disputed'], 1],
    ['a contradicted claim, --fail-on disputed', ['check', 'check/drafts/bad.txt', '--sources', 'check/sources', '--fail-on', 'disputed'], 1],
  ])('%s → %i', async (label, args, code) => {
    const r = await cli(args);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(code);
  });

  it.each<[string, string[], [string, string][]]>([
    ['clean', ['check/drafts/good.txt', '--sources', 'check/sources'], [['2,048 chips', 'supported'], ['$5.6 million', 'supported']]],
    ['contradicted', ['check/drafts/bad.txt', '--sources', 'check/sources'], [['9,000 chips', 'contradicted'], ['$5.6 million', 'supported']]],
    ['unsourced', ['check/drafts/unsourced.txt', '--sources', 'check/sources'], [['2,048 chips', 'supported'], ['77 windows', 'unverified']]],
    ['sources disagree', ['split/draft.txt', '--sources', 'split/sources'], [['2,048 chips', 'disputed']]],
  ])('verdicts: %s', async (label, args, verdicts) => {
    const report = await jsonReport(['check', ...args]);
    expect(report.command).toBe('check');
    expect(report.claims.map((c) => [c.text, c.verdict])).toEqual(verdicts);
    const s = report.summary!;
    expect(s.claims).toBe(report.claims.length);
    expect(s.supported + s.contradicted + s.disputed + s.unverified).toBe(s.claims);
    expect(s.contradicted).toBe(report.claims.filter((c) => c.verdict === 'contradicted').length);
  });

  it('evidence points at the disagreeing source line', async () => {
    const report = await jsonReport(['check', 'check/drafts/bad.txt', '--sources', 'check/sources']);
    const bad = report.claims.find((c) => c.text === '9,000 chips') as Claim;
    expect(bad.disagrees?.map((e) => [e.file, e.line, e.column, e.text])).toEqual([['check/sources/report.txt', 1, 34, '2,048 chips']]);
  });

  it.each<[string, string[], string[]]>([
    ['without --explain', [], ['file', 'line', 'column', 'text', 'value', 'unit']],
    ['with --explain', ['--explain'], ['file', 'line', 'column', 'text', 'value', 'unit', 'score', 'reason']],
  ])('evidence fields %s', async (label, extra, fields) => {
    const report = await jsonReport(['check', 'check/drafts/bad.txt', '--sources', 'check/sources', ...extra]);
    const cost = report.claims.find((c) => c.text === '$5.6 million') as Claim;
    expect(cost.supports?.map((e) => Object.keys(e))).toEqual([fields]);
    if (extra.length) expect(cost.supports?.[0]?.score).toBeGreaterThanOrEqual(0.8);
  });

  it('without --sources every file is checked against every other', async () => {
    const report = await jsonReport(['check', 'split/sources/one.txt', 'check/drafts/bad.txt']);
    expect(report.claims.map((c) => [c.file, c.text, c.verdict])).toEqual([
      ['split/sources/one.txt', '2,048 chips', 'contradicted'],
      ['check/drafts/bad.txt', '9,000 chips', 'contradicted'],
      ['check/drafts/bad.txt', '$5.6 million', 'unverified'],
    ]);
  });
});

describe('version and help', () => {
  it.each([['--version'], ['-V']])('%s prints the package version', async (flag) => {
    const r = await cli([flag]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(PACKAGE_VERSION);
  });

  it.each<[string[], string[]]>([
    [['--help'], ['Examples:', 'claimcheck extract', 'claimcheck check']],
    [['check', '--help'], ['Examples:', 'claimcheck check', '--sources', '--fail-on']],
    [['extract', '--help'], ['Examples:', 'claimcheck extract', '--format', '--stdin-filename']],
  ])('%j shows examples', async (args, wanted) => {
    const r = await cli(args);
    expect(r.code).toBe(0);
    for (const w of wanted) expect(r.stdout).toContain(w);
  });
});

describe('the installed command', () => {
  const bin = path.join(ROOT, 'bin', 'claimcheck.js');
  beforeAll(() => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'run.js'))) execSync('npx tsc -p tsconfig.json', { cwd: ROOT, stdio: 'ignore' });
  });

  it('bin/claimcheck.js --version prints the package version', () => {
    const out = execFileSync(process.execPath, [bin, '--version'], { cwd: ROOT, encoding: 'utf8' });
    expect(out.trim()).toBe(PACKAGE_VERSION);
  });
});
