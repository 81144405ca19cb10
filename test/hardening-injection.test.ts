// Hostile file names and sentences, in every format, on standard output and standard error: no
// control character reaches the terminal raw, no line starts a workflow command the tool did not
// write, and `##[` appears nowhere. JSON keeps the exact name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/schema.js';
import { FORMATS } from '../src/report/types.js';
import { printable } from '../src/report/printable.js';
import { runCli } from './helpers/run-cli.js';

/** Names that try, each in its own way, to steer a terminal or a CI runner. */
const HOSTILE_NAMES = [
  'a\n::error::x.txt',
  'b\r::warning file=z::overwritten.txt',
  'c\u001b[2J\u0007.txt',
  '::error::d.txt',
  'e ##[error]f.txt',
  'g\u2028::notice::h.txt',
];

const DRAFT = 'The bridge cost $12 million ##[error]in 1998.\r::error::The hall seats 800 people.\u001b[31m\n';
const SOURCE = 'The bridge cost $15 million ##[warning]in 1998.\nThe hall seats 800\u0085people.\n';

/** Raw controls other than TAB and LF, and the line and paragraph separators. */
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u2028\u2029]/;
/** A workflow command this tool writes: only in the github format, with escaped properties. */
const OWN_COMMAND = /^::(error|warning|notice) (?:[A-Za-z]+=[^,:\n]*,)*[A-Za-z]+=[^,:\n]*::/;

let dir: string;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-hostile-'));
  fs.mkdirSync(path.join(dir, 'src'));
  for (const name of HOSTILE_NAMES) fs.writeFileSync(path.join(dir, name), DRAFT);
  fs.writeFileSync(path.join(dir, 'src', 'z ##[group]\u001b]0;title\u0007.txt'), SOURCE);
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

function assertInert(output: string, format: string): void {
  expect(output).not.toContain('##[');
  expect(output).not.toMatch(RAW_CONTROL);
  for (const line of output.split('\n')) {
    if (!line.startsWith('::')) continue;
    expect(format).toBe('github');
    expect(line).toMatch(OWN_COMMAND);
  }
}

describe('hostile names and sentences', () => {
  for (const format of FORMATS) {
    for (const command of ['extract', 'check'] as const) {
      it(`${command} --format ${format}: both streams are inert`, async () => {
        const args = command === 'check' ? ['check', ...HOSTILE_NAMES, '--sources', 'src', '--fail-on', 'never'] : ['extract', ...HOSTILE_NAMES, 'src'];
        const r = await runCli([...args, '--format', format], { cwd: dir });
        expect(r.code).toBe(0);
        // extract has no findings, so the github format writes nothing there.
        if (command === 'check' || format !== 'github') expect(r.stdout.length).toBeGreaterThan(0);
        assertInert(r.stdout, format);
        assertInert(r.stderr, format);
      });
    }
  }

  it('json keeps every name exactly', async () => {
    const r = await runCli(['extract', ...HOSTILE_NAMES, '--format', 'json'], { cwd: dir });
    const report = ReportSchema.parse(JSON.parse(r.stdout));
    expect([...new Set(report.claims.map((c) => c.file))]).toEqual(HOSTILE_NAMES);
  });

  it('jsonl keeps every name exactly', async () => {
    const r = await runCli(['extract', ...HOSTILE_NAMES, '--format', 'jsonl'], { cwd: dir });
    const files = r.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { file: string }).file);
    expect([...new Set(files)]).toEqual(HOSTILE_NAMES);
  });

  it('sarif keeps every name exactly, URI-encoded', async () => {
    const r = await runCli(['check', ...HOSTILE_NAMES, '--sources', 'src', '--format', 'sarif', '--fail-on', 'never'], { cwd: dir });
    const log = JSON.parse(r.stdout) as { runs: Array<{ results: Array<{ locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> };
    const uris = new Set(log.runs[0]!.results.map((x) => decodeURIComponent(x.locations[0]!.physicalLocation.artifactLocation.uri)));
    expect(uris).toEqual(new Set(HOSTILE_NAMES));
  });

  it('a warning about a walked file shows its name escaped on standard error', async () => {
    const sub = path.join(dir, 'walk');
    fs.mkdirSync(sub, { recursive: true });
    fs.writeFileSync(path.join(sub, 'x\n::error::bin.txt'), Buffer.from([0, 1, 2, 0]));
    fs.writeFileSync(path.join(sub, 'ok.txt'), 'The pier has 14 lamps.\n');
    const r = await runCli(['extract', 'walk', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('claimcheck: warning: walk/x\\n::error::bin.txt: skipped: binary file\n');
  });

  it('a missing hostile name is one escaped line', async () => {
    const r = await runCli(['extract', 'gone\n::error::\u001b]0;t\u0007##.txt'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('claimcheck: gone\\n::error::\\x1b]0;t\\x07##.txt: no such file or directory\n');
  });
});

describe('printable', () => {
  const cases: Array<[string, string]> = [
    ['plain text', 'plain text'],
    ['a\nb', 'a\\nb'],
    ['a\rb', 'a\\rb'],
    ['\u001b[31m', '\\x1b[31m'],
    ['bell\u0007', 'bell\\x07'],
    ['tab\tstop', 'tab\\tstop'],
    ['::error::x', '\\x3a:error::x'],
    ['x ::error::y', 'x ::error::y'],
    ['##[error]z', '#\\x23[error]z'],
    ['a\u2028b\u0085c\u009bd', 'a\\u2028b\\x85c\\x9bd'],
    ['\u007f', '\\x7f'],
  ];
  for (const [input, output] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(output)}`, () => {
      expect(printable(input)).toBe(output);
    });
  }
});
