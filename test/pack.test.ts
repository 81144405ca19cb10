// The published package: pack it, install the tarball into an empty project and run its binary.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../src/schema.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-pack-')));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** npm without the settings of an npm process that may have started this test run. */
function npmEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_(config|package|lifecycle)_/i.test(k)) env[k] = v;
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false' };
}

function runNpm(args: string[], cwd: string): string {
  const result = spawnSync(npm, args, { cwd, env: npmEnv(), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} exited ${result.status}:\n${result.stderr}\n${result.stdout}`);
  return result.stdout;
}

describe('npm package', () => {
  it('installs from its tarball and runs', { timeout: 180_000 }, () => {
    const packDir = path.join(tmp, 'pack');
    fs.mkdirSync(packDir);
    runNpm(['pack', '--pack-destination', packDir], ROOT);
    const tarballs = fs.readdirSync(packDir).filter((f) => f.endsWith('.tgz'));
    expect(tarballs).toHaveLength(1);
    const tarball = path.join(packDir, tarballs[0]!);

    const listed = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean);
    expect(listed).toContain('package/package.json');
    expect(listed).toContain('package/bin/claimcheck.js');
    expect(listed).toContain('package/dist/cli/run.js');
    expect(listed).toContain('package/dist/index.d.ts');
    expect(listed.filter((f) => f.startsWith('package/src/') || f.startsWith('package/test/') || f.startsWith('package/fixtures/'))).toEqual([]);

    const project = path.join(tmp, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'pack-test', version: '1.0.0', private: true }));
    runNpm(['install', '--no-audit', '--no-fund', '--prefer-offline', '--no-package-lock', tarball], project);

    const bin = path.join(project, 'node_modules', '.bin', 'claimcheck');
    const help = spawnSync(bin, ['--help'], { cwd: project, encoding: 'utf8' });
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage');

    fs.writeFileSync(path.join(project, 'article.md'), '# Launch\n\nDeepSeek R1 has 671 billion parameters and cost $5.6 million to train.\n');
    const extract = spawnSync(bin, ['extract', 'article.md', '--format', 'json'], { cwd: project, encoding: 'utf8' });
    expect(extract.stderr).toBe('');
    expect(extract.status).toBe(0);
    const report = ReportSchema.parse(JSON.parse(extract.stdout));
    expect(report.command).toBe('extract');
    expect(report.claims.map((c) => [c.file, c.line, c.quantity.value])).toEqual(
      expect.arrayContaining([
        ['article.md', 3, 671e9],
        ['article.md', 3, 5.6e6],
      ]),
    );
  });
});
