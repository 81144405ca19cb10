// No lost data and no gate bypass: an output that is an input, failed runs, files that cannot be read
// as text, special files, contradictory flags and internal errors.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIO } from '../src/cli/run.js';
import { ReportSchema } from '../src/schema.js';
import { runCli } from './helpers/run-cli.js';

let dir: string;
const DRAFT = 'Harbor Labs trained its model on 9,000 chips.\n';
const SOURCE = 'Harbor Labs trained its model on 2,048 chips.\n';

function put(name: string, content: string | Buffer): string {
  const file = path.join(dir, name);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, content);
  return file;
}

const read = (name: string) => fs.readFileSync(path.join(dir, name), 'utf8');
/** Files in the folder, to see that no temporary file was left behind. */
const listing = (sub = '.') => fs.readdirSync(path.join(dir, sub)).sort();

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-hard-'));
  put('g.txt', DRAFT);
  put('draft.txt', DRAFT);
  put('sources/s.txt', SOURCE);
  put('facts.yaml', '- Harbor Labs trained its model on 2,048 chips.\n');
  fs.symlinkSync('g.txt', path.join(dir, 'link.txt'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('an output file that is also an input', () => {
  const cases: Array<[string, string[]]> = [
    ['extract, the same name', ['extract', 'g.txt', '-o', 'g.txt']],
    ['extract, with ./', ['extract', 'g.txt', '-o', './g.txt']],
    ['extract, through a link', ['extract', 'g.txt', '-o', 'link.txt']],
    ['extract, inside a named folder', ['extract', 'sources', '-o', 'sources/s.txt']],
    ['check, the draft', ['check', 'draft.txt', '--sources', 'sources', '-o', 'draft.txt']],
    ['check, a source', ['check', 'draft.txt', '--sources', 'sources', '--output-file', 'sources/s.txt']],
    ['check, the facts file', ['check', 'draft.txt', '--facts', 'facts.yaml', '-o', 'facts.yaml']],
  ];
  for (const [name, args] of cases) {
    it(`${name}: exit 2, one line, nothing touched`, async () => {
      const before = { g: read('g.txt'), d: read('draft.txt'), s: read('sources/s.txt'), f: read('facts.yaml'), top: listing() };
      const r = await runCli(args, { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(`claimcheck: ${args[args.length - 1]}: the output file is also an input; write the report somewhere else\n`);
      expect({ g: read('g.txt'), d: read('draft.txt'), s: read('sources/s.txt'), f: read('facts.yaml'), top: listing() }).toEqual(before);
    });
  }

  it('another file in the same folder is written', async () => {
    const r = await runCli(['extract', 'g.txt', '-o', 'claims.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(ReportSchema.parse(JSON.parse(read('claims.json'))).claims.map((c) => c.text)).toEqual(['9,000 chips']);
    fs.rmSync(path.join(dir, 'claims.json'));
  });
});

describe('outputs are replaced only when the run completes', () => {
  it('a run that fails part-way leaves the old output as it was, and no temporary file', async () => {
    put('out/report.json', 'the old report\n');
    put('out/blob.txt', Buffer.from([0x00, 0x01, 0x35, 0x20, 0x63, 0x61, 0x74, 0x73]));
    const r = await runCli(['extract', 'g.txt', 'out/blob.txt', '-o', 'out/report.json', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(read('out/report.json')).toBe('the old report\n');
    expect(listing('out')).toEqual(['blob.txt', 'report.json']);
  });

  it('a run that completes replaces it, keeping its permissions', async () => {
    put('out2/report.json', 'the old report\n');
    fs.chmodSync(path.join(dir, 'out2/report.json'), 0o640);
    const r = await runCli(['extract', 'g.txt', '-o', 'out2/report.json', '--format', 'jsonl'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(read('out2/report.json')).toContain('"text":"9,000 chips"');
    expect(fs.statSync(path.join(dir, 'out2/report.json')).mode & 0o777).toBe(0o640);
    expect(listing('out2')).toEqual(['report.json']);
  });
});

describe('a file named on the command line that cannot be read as text', () => {
  const BLOB = Buffer.from(`${DRAFT}\u0000`, 'utf8');

  it('a draft with one NUL byte: exit 2, where the same draft without it exits 1', async () => {
    put('nul/draft.txt', BLOB);
    put('nul/clean.txt', DRAFT);
    const clean = await runCli(['check', 'nul/clean.txt', '--sources', 'sources'], { cwd: dir });
    expect(clean.code).toBe(1);
    const r = await runCli(['check', 'nul/draft.txt', '--sources', 'sources'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: nul/draft.txt: cannot read as text (binary file)\n');
  });

  it('a source named as a file: exit 2', async () => {
    put('nul/source.txt', BLOB);
    const r = await runCli(['check', 'draft.txt', '--sources', 'nul/source.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: nul/source.txt: cannot read as text (binary file)\n');
  });

  it('a facts file: exit 2', async () => {
    put('nul/facts.yaml', Buffer.from('- Harbor Labs trained its model on 2,048 chips.\u0000\n', 'utf8'));
    const r = await runCli(['check', 'draft.txt', '--facts', 'nul/facts.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: nul/facts.yaml: cannot read as text (binary file)\n');
  });

  it('standard input: exit 2', async () => {
    const r = await runCli(['extract', '-'], { cwd: dir, stdin: BLOB });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: <stdin>: cannot read as text (binary file)\n');
  });

  it('json on standard output is still one closed document, the error in its errors', async () => {
    put('nul/late.txt', BLOB);
    const r = await runCli(['extract', 'draft.txt', 'nul/late.txt', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect(report.claims.map((c) => c.file)).toEqual(['draft.txt']);
    expect(report.errors).toEqual([{ file: 'nul/late.txt', severity: 'error', message: 'cannot read as text (binary file)' }]);
  });

  it('check reads every draft before it writes, so a failing one leaves standard output empty', async () => {
    const r = await runCli(['check', 'draft.txt', 'nul/late.txt', '--sources', 'sources', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('claimcheck: nul/late.txt: cannot read as text (binary file)\n');
  });

  it('jsonl ends with the error line', async () => {
    const r = await runCli(['extract', 'g.txt', 'nul/late.txt', '--format', 'jsonl'], { cwd: dir });
    expect(r.code).toBe(2);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => l['type'])).toEqual(['claim', 'error']);
    expect(lines[1]).toEqual({ type: 'error', file: 'nul/late.txt', severity: 'error', message: 'cannot read as text (binary file)' });
  });
});

describe('special files', () => {
  it('a FIFO is named as one', async () => {
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const r = await runCli(['extract', 'pipe.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: pipe.txt: cannot read a FIFO (named pipe); name a regular file, a directory or - for standard input\n');
  });

  it('a FIFO named as the facts file is named as one, not waited on', async () => {
    const fifo = path.join(dir, 'facts-pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const r = await runCli(['check', 'draft.txt', '--facts', 'facts-pipe.yaml'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: facts-pipe.yaml: cannot read a FIFO (named pipe); name a regular file\n');
  });

  it('a character device is named as one', async () => {
    const r = await runCli(['extract', '/dev/null'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: /dev/null: cannot read a character device; name a regular file, a directory or - for standard input\n');
  });
});

describe('contradictions and internal errors', () => {
  it('--config with --no-config is an error', async () => {
    for (const args of [['--config', 'x.yaml', '--no-config'], ['--no-config', '-c', 'x.yaml'], ['--config=x.yaml', '--no-config']]) {
      const r = await runCli(['extract', 'g.txt', ...args], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('claimcheck: --config and --no-config contradict each other; give one\n');
    }
  });

  it('standard input named twice is an error', async () => {
    const r = await runCli(['extract', '-', '-'], { cwd: dir, stdin: DRAFT });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: - (standard input) is named more than once; it can be read only once\n');
  });

  it('an internal error is one line and exit 2', async () => {
    let stderr = '';
    const io: CliIO = {
      stdout: () => {
        throw new TypeError('broken\npipe');
      },
      stderr: (s) => {
        stderr += s;
      },
      readStdin: () => Buffer.from(''),
      isTTY: false,
      env: {},
      cwd: dir,
    };
    expect(await run(['extract', 'g.txt'], io)).toBe(2);
    expect(stderr).toBe('claimcheck: internal error: broken\\npipe (please report it with the command that caused it)\n');
  });
});
