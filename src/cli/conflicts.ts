// Flags that contradict each other are a user error, not a silent choice of the last one.
import { UsageError } from '../errors.js';

/** The arguments before `--`, after which everything is a path. */
function flags(argv: string[]): string[] {
  const end = argv.indexOf('--');
  return end === -1 ? argv : argv.slice(0, end);
}

export function assertNoConflicts(argv: string[]): void {
  const given = flags(argv);
  const config = given.some((a) => a === '-c' || a === '--config' || a.startsWith('--config=') || (a.startsWith('-c') && !a.startsWith('--') && a.length > 2));
  if (config && given.includes('--no-config')) throw new UsageError('--config and --no-config contradict each other; give one');
}
