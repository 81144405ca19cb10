// Where the report goes: text written through the sink arrives whole and in order, in blocks of bytes
// or as text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSink } from '../src/cli/output.js';
import type { CliIO } from '../src/cli/run.js';

const chunks = ['{"text":"£2.4bn"}\n', 'Kelderford’s line — 12 km\n', 'x'.repeat(200_000), '\n€5 ', '漢字 ✓\n'];
const expected = chunks.join('');

function io(over: Partial<CliIO>): CliIO {
  return { stdout: () => undefined, stderr: () => undefined, readStdin: () => Buffer.alloc(0), isTTY: false, env: {}, cwd: os.tmpdir(), ...over };
}

describe('report sink', () => {
  it('writes standard output as blocks of bytes when it can take them', () => {
    const out: Buffer[] = [];
    const sink = openSink(undefined, io({ stdoutBytes: (b) => out.push(Buffer.from(b)), stdout: (s) => out.push(Buffer.from(s)) }));
    for (const c of chunks) sink.write(c);
    sink.close();
    expect(Buffer.concat(out).toString('utf8')).toBe(expected);
  });

  it('writes standard output as text otherwise', () => {
    const out: string[] = [];
    const sink = openSink(undefined, io({ stdout: (s) => out.push(s) }));
    for (const c of chunks) sink.write(c);
    sink.close();
    expect(out.join('')).toBe(expected);
  });

  it('writes an output file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-sink-'));
    try {
      const sink = openSink('report.jsonl', io({ cwd: dir }));
      for (const c of chunks) sink.write(c);
      sink.close();
      expect(fs.readFileSync(path.join(dir, 'report.jsonl'), 'utf8')).toBe(expected);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
