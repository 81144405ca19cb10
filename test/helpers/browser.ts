// The system's Chromium for the browser tests. Nothing here downloads a browser: without one the tests
// are skipped with the reason, except in CI (CI=true), where a missing browser is a failure.
import fs from 'node:fs';

export const BROWSER_PATH = process.env['CLAIMCHECK_CHROMIUM'] ?? '/usr/bin/chromium';

/** Why the browser tests cannot run here, or null when they can. */
export function missingBrowser(): string | null {
  if (!fs.existsSync(BROWSER_PATH)) return `no browser at ${BROWSER_PATH} (install the chromium package or set CLAIMCHECK_CHROMIUM)`;
  return null;
}

export const IN_CI = process.env['CI'] === 'true' || process.env['CI'] === '1';
