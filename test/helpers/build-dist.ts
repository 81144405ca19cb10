// Builds dist/ before the tests when it is missing: `npm ci` no longer builds it (the package builds
// on `prepack`), and the worker thread, the packed package and the binary run compiled code.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  if (!fs.existsSync(path.join(root, 'dist', 'cli', 'run.js'))) execSync('npx tsc -p tsconfig.json', { cwd: root, stdio: 'inherit' });
}
