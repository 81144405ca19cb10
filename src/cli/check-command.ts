// `claimcheck check`: placeholder until the comparison stage is wired in.
import type { CliIO } from './run.js';
import { UsageError } from '../errors.js';

export async function runCheck(_paths: string[], _opts: Record<string, unknown>, _io: CliIO): Promise<number> {
  throw new UsageError('check is not available in this build');
}
