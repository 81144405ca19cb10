// Progress for long runs, on standard error: only on a terminal, never in CI, and only once a run has
// taken about a second. One line, rewritten in place, cleared at the end.
import type { CliIO } from './run.js';

export const PROGRESS_DELAY_MS = 1000;
const EVERY_MS = 100;

export interface Progress {
  file: () => void;
  claim: () => void;
  done: () => void;
}

const NONE: Progress = { file: () => {}, claim: () => {}, done: () => {} };

export function startProgress(io: CliIO, now: () => number = Date.now): Progress {
  if (!io.stderrIsTTY || io.env['CI']) return NONE;
  const start = now();
  let files = 0;
  let claims = 0;
  let last = 0;
  let shown = false;
  const tick = () => {
    const t = now();
    if (t - start < PROGRESS_DELAY_MS || t - last < EVERY_MS) return;
    last = t;
    shown = true;
    io.stderr(`\r\u001b[Kclaimcheck: ${files} file(s) read, ${claims} claim(s) found, ${((t - start) / 1000).toFixed(1)} s`);
  };
  return {
    file: () => {
      files++;
      tick();
    },
    claim: () => {
      claims++;
      if ((claims & 255) === 0) tick();
    },
    done: () => {
      if (shown) io.stderr('\r\u001b[K');
      shown = false;
      last = Infinity;
    },
  };
}
