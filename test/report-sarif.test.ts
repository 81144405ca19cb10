import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { severityMap, type SeverityMap } from '../src/report/severity.js';
import { formatSarif } from '../src/report/sarif.js';
import type { FailOn } from '../src/report/types.js';
import type { Report } from '../src/schema.js';
import { checked, claim, evidence, options, report, sampleReport } from './helpers/sample-report.js';

type Json = any;

const sarif = (r: Report, failOn: FailOn = 'unverified', cwd = '/repo'): Json =>
  JSON.parse(formatSarif(r, options({ failOn, cwd })));

describe('formatSarif', () => {
  it('writes a complete log for a small report', () => {
    const r = report([
      checked('contradicted', {
        disagrees: [evidence({ file: 'sources/a.txt', line: 3, column: 5, text: '$5.6 million' })],
      }),
    ]);
    const text = formatSarif(r, options());
    const log = JSON.parse(text);
    expect(text).toBe(`${JSON.stringify(log, null, 2)}\n`);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    const run = log.runs[0];
    expect(run.tool.driver).toMatchObject({
      name: 'claimcheck',
      version: '0.1.0',
      informationUri: 'https://github.com/claimcheck/claimcheck',
    });
    expect(run.tool.driver.rules.map((rule: Json) => [rule.id, rule.name, rule.defaultConfiguration.level])).toEqual([
      ['claimcheck/contradicted', 'ContradictedClaim', 'error'],
      ['claimcheck/disputed', 'DisputedClaim', 'warning'],
      ['claimcheck/unverified', 'UnverifiedClaim', 'note'],
    ]);
    for (const rule of run.tool.driver.rules) {
      expect(Object.keys(rule)).toEqual(['id', 'name', 'shortDescription', 'fullDescription', 'help', 'defaultConfiguration']);
      expect(Object.keys(rule.help)).toEqual(['text', 'markdown']);
    }
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
    expect(run.results).toEqual([
      {
        ruleId: 'claimcheck/contradicted',
        ruleIndex: 0,
        level: 'error',
        message: {
          text: '"$7 million" (7000000 USD) is contradicted by 1 source: sources/a.txt:3 "$5.6 million".',
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: 'docs/draft.md', uriBaseId: '%SRCROOT%' },
              region: { startLine: 1, startColumn: 10, endLine: 1, endColumn: 20, snippet: { text: '$7 million' } },
            },
          },
        ],
        relatedLocations: [
          {
            id: 1,
            physicalLocation: {
              artifactLocation: { uri: 'sources/a.txt', uriBaseId: '%SRCROOT%' },
              region: { startLine: 3, startColumn: 5 },
            },
            message: { text: 'disagrees: "$5.6 million"' },
          },
        ],
        partialFingerprints: { 'claimcheck/v1': expect.stringMatching(/^[0-9a-f]{32}$/) },
        properties: { verdict: 'contradicted', value: 7_000_000, unit: 'USD', normalized: '7000000 USD' },
      },
    ]);
  });

  it.each<FailOn>(['contradicted', 'disputed', 'never'])('reports every finding at its severity at fail-on %s', (failOn) => {
    const results = sarif(sampleReport(), failOn).runs[0].results;
    expect(results.map((r: Json) => r.level)).toEqual(['error', 'warning', 'note']);
    expect(results.map((r: Json) => r.ruleIndex)).toEqual([0, 1, 2]);
  });

  it.each<[string, SeverityMap, string[], string[]]>([
    ['quiet', severityMap(undefined, true), ['error'], ['error', 'none', 'none']],
    ['disputed as error, unverified off', severityMap({ disputed: 'error', unverified: 'off' }), ['error', 'error'], ['error', 'error', 'none']],
  ])('with the severity mapping "%s" reports levels %j', (_name, severity, levels, rules) => {
    const run = JSON.parse(formatSarif(sampleReport(), { color: false, cwd: '/repo', failOn: 'contradicted', explain: false, severity })).runs[0];
    expect(run.results.map((r: Json) => r.level)).toEqual(levels);
    expect(run.tool.driver.rules.map((r: Json) => r.defaultConfiguration.level)).toEqual(rules);
  });

  it('writes locations relative to the repository root, which is the base URI', () => {
    const r = sampleReport();
    const run = JSON.parse(formatSarif(r, { color: false, cwd: '/repo/docs', root: '/repo', failOn: 'never', explain: false })).runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///repo/');
    expect(run.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: `docs/${r.claims[0]!.file}`, uriBaseId: '%SRCROOT%' });
  });

  it('reports nothing for an extract report but keeps the rules', () => {
    const run = sarif(report([claim(), claim({ id: 'c2', line: 2 })])).runs[0];
    expect(run.results).toEqual([]);
    expect(run.tool.driver.rules).toHaveLength(3);
  });

  it.each([
    ['docs/release notes.md', '/repo', 'docs/release%20notes.md'],
    ['/repo/a b/c#d?.md', '/repo', 'a%20b/c%23d%3F.md'],
    ['docs/ü.md', '/repo', 'docs/%C3%BC.md'],
    ['50%.md', '/repo', '50%25.md'],
    ['../other/x.md', '/repo/sub', '../other/x.md'],
    ['/elsewhere/x.md', '/repo', '../elsewhere/x.md'],
    ['a:b.md', '/repo', 'a%3Ab.md'],
  ])('makes %s relative to %s as %s', (file, cwd, uri) => {
    const result = sarif(report([checked('unverified', { file })]), 'unverified', cwd).runs[0].results[0];
    expect(result.locations[0].physicalLocation.artifactLocation).toEqual({ uri, uriBaseId: '%SRCROOT%' });
  });

  it('encodes the base URI of a directory with a space', () => {
    const run = sarif(sampleReport(), 'unverified', '/work/my repo').runs[0];
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toBe('file:///work/my%20repo/');
  });

  it('numbers related locations, disagreeing evidence first', () => {
    const result = sarif(sampleReport()).runs[0].results[1];
    expect(result.relatedLocations.map((l: Json) => [l.id, l.physicalLocation.artifactLocation.uri, l.message.text])).toEqual([
      [1, 'sources/c%20d.txt', 'disagrees: "40%"'],
      [2, 'sources/b.txt', 'supports: "45 percent"'],
    ]);
    expect(sarif(sampleReport()).runs[0].results[2].relatedLocations).toBeUndefined();
  });

  it('is deterministic, and fingerprints follow the claim, not its line', () => {
    expect(formatSarif(sampleReport(), options())).toBe(formatSarif(sampleReport(), options()));
    const print = (c: Parameters<typeof checked>[1]) =>
      sarif(report([checked('unverified', c)])).runs[0].results[0].partialFingerprints['claimcheck/v1'];
    expect(print({ line: 9 })).toBe(print({ line: 1 }));
    expect(print({ text: '$8 million' })).not.toBe(print({}));
    expect(print({ file: 'docs/other.md' })).not.toBe(print({}));
  });

  it('lists file errors as tool execution notifications', () => {
    const r = sampleReport();
    r.errors.push({ file: 'docs/locked.md', severity: 'warning', message: 'skipped\nbinary file' });
    expect(sarif(r).runs[0].invocations[0].toolExecutionNotifications).toEqual([
      {
        level: 'warning',
        message: { text: 'skipped binary file' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'docs/locked.md', uriBaseId: '%SRCROOT%' } } }],
      },
    ]);
  });
});

/** Runs Microsoft's SARIF validator, which writes what it finds as a SARIF log of its own. */
function validate(file: string): Array<{ rule: string; level: string; text: string }> {
  const require = createRequire(import.meta.url);
  const binary: string = require('@microsoft/sarif-multitool');
  const out = `${file}.validation.sarif`;
  const run = spawnSync(binary, ['validate', file, '--output', out, '--log', 'ForceOverwrite', '--rule-kind', 'Sarif;Gh'], {
    encoding: 'utf8',
    timeout: 110_000,
    env: { ...process.env, DOTNET_SYSTEM_GLOBALIZATION_INVARIANT: '1' },
  });
  expect(run.error).toBeUndefined();
  expect(run.status, run.stdout + run.stderr).toBe(0);
  const log = JSON.parse(readFileSync(out, 'utf8'));
  expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
  return (log.runs[0].results ?? []).map((r: Json) => ({
    rule: r.ruleId,
    level: r.level ?? 'warning',
    text: (r.message.arguments ?? []).join(' | '),
  }));
}

describe('SARIF validator', () => {
  it('finds no errors or warnings in a report with every verdict', { timeout: 120_000 }, () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimcheck sarif '));
    try {
      const r = sampleReport();
      r.claims.push(
        checked('contradicted', {
          id: 'c5',
          file: path.join(dir, 'docs', 'odd #1 [draft].md'),
          text: '€3\u2028bn',
          disagrees: [evidence({ file: path.join(dir, 'facts.yml'), line: 1, column: 1, text: '"€2 bn"\n<b>' })],
        }),
      );
      r.errors.push({ file: 'docs/unreadable.pdf', severity: 'error', message: 'cannot read file' });
      const text = formatSarif(r, options({ cwd: dir, failOn: 'never' }));
      const file = path.join(dir, 'report.sarif');
      writeFileSync(file, text);
      expect(validate(file)).toEqual([]);

      // The validator stays silent on input it cannot load, so show that it reads this shape:
      // the same log without its $schema must draw the complaints that rule set makes about that.
      const unschemed = JSON.parse(text);
      delete unschemed.$schema;
      writeFileSync(file, JSON.stringify(unschemed));
      expect(validate(file).map((f) => `${f.level} ${f.rule}`)).toEqual(['error GH1013', 'warning SARIF2008']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
