// Runs the command line in-process with a fake terminal and captures what it writes.
import { run, type CliIO } from '../../src/cli/run.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  cwd?: string;
  /** Bytes or text served as standard input. */
  stdin?: string | Buffer;
  env?: Record<string, string | undefined>;
  isTTY?: boolean;
}

export async function runCli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const stdin = options.stdin ?? '';
  const io: CliIO = {
    stdout: (chunk) => {
      stdout += chunk;
    },
    stderr: (chunk) => {
      stderr += chunk;
    },
    readStdin: () => (Buffer.isBuffer(stdin) ? stdin : Buffer.from(stdin, 'utf8')),
    isTTY: options.isTTY ?? false,
    env: options.env ?? {},
    cwd: options.cwd ?? process.cwd(),
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
