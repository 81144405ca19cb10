import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMATS } from '../src/cli/output.js';
import { CONFIG_FILE_NAMES, findConfigFile, loadConfig, resolveConfigPath } from '../src/config/load.js';
import { CONFIG_FORMATS, compileIgnorePatterns, compilePattern, ConfigSchema, configJsonSchema, formatKeyPath } from '../src/config/schema.js';
import { findIgnoreFile, globPredicate, loadIgnore, makeFileFilter } from '../src/config/ignore-file.js';
import { usageMessage } from './helpers/expect.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

/** A temporary directory tree from a map of relative path → content. */
function tree(files: Record<string, string>): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-config-')));
  roots.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(root, rel);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  return root;
}


describe('config schema', () => {
  it('lists the same formats as the command line', () => {
    expect([...CONFIG_FORMATS]).toEqual([...FORMATS]);
  });

  it('accepts every option', () => {
    const config = {
      $schema: './node_modules/claimcheck/schema/config.json',
      sources: ['sources/'],
      include: ['docs/**/*.md'],
      exclude: ['**/drafts/**'],
      failOn: 'disputed',
      format: 'sarif',
      tolerance: { approx: 0.05 },
      synonyms: { chip: ['accelerator card', 'GPU'] },
      ignorePatterns: ['\\bhypothetical\\b', '/as of \\d{4}/i'],
      extensions: ['.md', 'txt'],
      maxEvidence: 0,
      facts: 'facts.yaml',
      baseline: '.claimcheck-baseline.json',
    };
    expect(ConfigSchema.parse(config)).toEqual(config);
    expect(ConfigSchema.parse({})).toEqual({});
  });

  it('has a JSON Schema for editors', () => {
    const schema = configJsonSchema();
    expect(schema['additionalProperties']).toBe(false);
    expect(Object.keys(schema['properties'] as object)).toContain('failOn');
  });

  it.each<[PropertyKey[], string]>([
    [['failOn'], 'failOn'],
    [['tolerance', 'approx'], 'tolerance.approx'],
    [['sources', 0], 'sources[0]'],
    [['synonyms', 'accelerator card'], 'synonyms["accelerator card"]'],
    [['claimcheck', 'max-evidence'], 'claimcheck.max-evidence'],
    [[], ''],
  ])('key path %j reads %s', (keys, expected) => {
    expect(formatKeyPath(keys)).toBe(expected);
  });
});

describe('config errors', () => {
  const ENUM = '"contradicted"|"disputed"|"unverified"|"never"';
  it.each<[string, string]>([
    ['{"failOn": "bad"}', `claimcheck.config.json: failOn: expected one of ${ENUM}, got "bad"`],
    ['{"failOn": 1}', `claimcheck.config.json: failOn: expected one of ${ENUM}, got 1`],
    ['{"format": "xml"}', 'claimcheck.config.json: format: expected one of "stylish"|"table"|"json"|"jsonl"|"sarif"|"github"|"junit"|"markdown"|"html", got "xml"'],
    ['{"sources": "sources/"}', 'claimcheck.config.json: sources: expected a list, got "sources/"'],
    ['{"sources": ["a", 5]}', 'claimcheck.config.json: sources[1]: expected a string, got 5'],
    ['{"include": [""]}', 'claimcheck.config.json: include[0]: expected a non-empty string, got ""'],
    ['{"tolerance": {"approx": 1}}', 'claimcheck.config.json: tolerance.approx: expected a number < 1, got 1'],
    ['{"tolerance": {"approx": -0.5}}', 'claimcheck.config.json: tolerance.approx: expected a number >= 0, got -0.5'],
    ['{"tolerance": {"approx": "10%"}}', 'claimcheck.config.json: tolerance.approx: expected a number, got "10%"'],
    ['{"tolerance": 0.1}', 'claimcheck.config.json: tolerance: expected an object, got 0.1'],
    ['{"tolerance": {"near": 0.1}}', 'claimcheck.config.json: tolerance: unknown key "near" (expected one of approx)'],
    ['{"maxEvidence": 2.5}', 'claimcheck.config.json: maxEvidence: expected a whole number, got 2.5'],
    ['{"maxEvidence": -1}', 'claimcheck.config.json: maxEvidence: expected a number >= 0, got -1'],
    ['{"synonyms": {"chip": "card"}}', 'claimcheck.config.json: synonyms.chip: expected a list, got "card"'],
    ['{"synonyms": {"chip": ["card", null]}}', 'claimcheck.config.json: synonyms.chip[1]: expected a string, got null'],
    ['{"ignorePatterns": ["(unclosed"]}', 'claimcheck.config.json: ignorePatterns[0]: expected a regular expression, got "(unclosed" (Unterminated group)'],
    ['{"ignorePatterns": ["/a/q"]}', 'claimcheck.config.json: ignorePatterns[0]: expected a regular expression, got "/a/q" (Invalid flags supplied to RegExp constructor \'q\')'],
    ['{"facts": 3}', 'claimcheck.config.json: facts: expected a string, got 3'],
    ['{"failon": "never"}', 'claimcheck.config.json: unknown key "failon" (did you mean "failOn"?)'],
    ['{"sauces": []}', 'claimcheck.config.json: unknown key "sauces" (did you mean "sources"?)'],
    [
      '{"colour": true}',
      'claimcheck.config.json: unknown key "colour" (expected one of sources, include, exclude, failOn, format, severity, cache, tolerance, synonyms, ignorePatterns, extensions, maxEvidence, facts, baseline)',
    ],
    ['{"failOn": "bad", "format": "xml", "x": 1}', `claimcheck.config.json: failOn: expected one of ${ENUM}, got "bad" (and 2 more problems)`],
    ['{"failOn": "bad", "format": "xml"}', `claimcheck.config.json: failOn: expected one of ${ENUM}, got "bad" (and 1 more problem)`],
    ['[]', 'claimcheck.config.json: expected an object, got a list'],
    ['null', 'claimcheck.config.json: expected an object, got null'],
    ['', 'claimcheck.config.json: empty file, expected a JSON object'],
    ['  \n', 'claimcheck.config.json: empty file, expected a JSON object'],
  ])('%s', (json, message) => {
    const dir = tree({ 'claimcheck.config.json': json });
    expect(usageMessage(() => loadConfig({ cwd: dir }))).toBe(message);
  });

  it('names the position of a JSON syntax error', () => {
    const dir = tree({ 'claimcheck.config.json': '{\n  "failOn": "never",\n}\n' });
    expect(usageMessage(() => loadConfig({ cwd: dir }))).toMatch(/^claimcheck\.config\.json: invalid JSON at line 3, column 1: \S/);
  });

  it('names the package.json key', () => {
    const dir = tree({ 'package.json': JSON.stringify({ name: 'x', claimcheck: { failOn: 'bad' } }) });
    expect(usageMessage(() => loadConfig({ cwd: dir }))).toBe('package.json: claimcheck.failOn: expected one of "contradicted"|"disputed"|"unverified"|"never", got "bad"');
    const dir2 = tree({ 'package.json': JSON.stringify({ name: 'x', claimcheck: ['a'] }) });
    expect(usageMessage(() => loadConfig({ cwd: dir2 }))).toBe('package.json: claimcheck: expected an object, got a list');
  });

  it('names a config file found above cwd by its path from cwd', () => {
    const dir = tree({ '.claimcheckrc.json': '{"maxEvidence": "5"}', 'docs/a/x.md': '' });
    expect(usageMessage(() => loadConfig({ cwd: path.join(dir, 'docs/a') }))).toBe('../../.claimcheckrc.json: maxEvidence: expected a number, got "5"');
  });

  it('reports a missing or unusable explicit config', () => {
    const dir = tree({ 'sub/x.txt': '', 'package.json': '{"name":"x"}' });
    expect(usageMessage(() => loadConfig({ cwd: dir, explicitPath: 'nope.json' }))).toBe('nope.json: no such config file');
    expect(usageMessage(() => loadConfig({ cwd: dir, explicitPath: 'sub' }))).toBe('sub: is a directory, not a config file');
    expect(usageMessage(() => loadConfig({ cwd: dir, explicitPath: 'package.json' }))).toBe('package.json: no "claimcheck" key');
  });
});

describe('config search', () => {
  it('looks in each directory for the names in order', () => {
    expect(CONFIG_FILE_NAMES).toEqual(['claimcheck.config.json', 'claimcheck.config.yaml', '.claimcheckrc.json', '.claimcheckrc.yaml', '.claimcheckrc.yml', 'package.json']);
    const dir = tree({
      'claimcheck.config.json': '{"failOn": "never"}',
      '.claimcheckrc.json': '{"failOn": "disputed"}',
      'package.json': '{"claimcheck": {"failOn": "unverified"}}',
      'a/.claimcheckrc.json': '{"failOn": "disputed"}',
      'a/package.json': '{"claimcheck": {"failOn": "unverified"}}',
      'a/b/package.json': '{"claimcheck": {"failOn": "unverified"}}',
      'a/b/c/package.json': '{"name": "no key here"}',
      'a/b/c/d/.keep': '',
    });
    const cases: [string, string, string][] = [
      ['.', 'claimcheck.config.json', 'never'],
      ['a', 'a/.claimcheckrc.json', 'disputed'],
      ['a/b', 'a/b/package.json', 'unverified'],
      ['a/b/c', 'a/b/package.json', 'unverified'],
      ['a/b/c/d', 'a/b/package.json', 'unverified'],
    ];
    for (const [cwd, file, failOn] of cases) {
      const loaded = loadConfig({ cwd: path.join(dir, cwd) });
      expect([path.relative(dir, loaded.file!), loaded.config.failOn]).toEqual([file, failOn]);
      expect(loaded.dir).toBe(path.dirname(loaded.file!));
      expect(findConfigFile(path.join(dir, cwd))).toBe(loaded.file);
    }
  });

  it('returns an empty config when there is none', () => {
    const dir = tree({ 'x/package.json': '{"name": "x"}' });
    const cwd = path.join(dir, 'x');
    // Only meaningful when nothing above the temporary directory holds a config.
    if (findConfigFile(dir) === null) expect(loadConfig({ cwd })).toEqual({ config: {}, file: null, dir: cwd });
  });

  it('skips a broken package.json that never mentions claimcheck, but not one that does', () => {
    const dir = tree({ '.claimcheckrc.json': '{"failOn": "never"}', 'a/package.json': '{ broken', 'b/package.json': '{ "claimcheck": ' });
    expect(loadConfig({ cwd: path.join(dir, 'a') }).config).toEqual({ failOn: 'never' });
    expect(usageMessage(() => loadConfig({ cwd: path.join(dir, 'b') }))).toMatch(/^package\.json: invalid JSON/);
  });

  it('uses an explicit file without searching', () => {
    const dir = tree({
      'claimcheck.config.json': '{"failOn": "never"}',
      'ci/strict.json': '{"failOn": "unverified", "sources": ["../sources"]}',
      'ci/package.json': '{"claimcheck": {"failOn": "disputed"}}',
    });
    const loaded = loadConfig({ cwd: dir, explicitPath: 'ci/strict.json' });
    expect(loaded).toEqual({ config: { failOn: 'unverified', sources: ['sources'] }, file: path.join(dir, 'ci/strict.json'), dir: path.join(dir, 'ci') });
    expect(loadConfig({ cwd: dir, explicitPath: 'ci/package.json' }).config).toEqual({ failOn: 'disputed' });
  });

  it('resolves paths against the config file directory, written from cwd', () => {
    const dir = tree({
      '.claimcheckrc.json': JSON.stringify({
        sources: ['sources/', './refs/*.md', '/abs/src', '-'],
        facts: 'facts.yaml',
        baseline: 'ci/baseline.json',
        include: ['docs/**'],
      }),
      'docs/deep/x.md': '',
    });
    const loaded = loadConfig({ cwd: path.join(dir, 'docs/deep') });
    expect(loaded.config).toEqual({
      sources: ['../../sources', '../../refs/*.md', '/abs/src', '-'],
      facts: '../../facts.yaml',
      baseline: '../../ci/baseline.json',
      include: ['docs/**'],
    });
    expect(loadConfig({ cwd: dir }).config.sources).toEqual(['sources', 'refs/*.md', '/abs/src', '-']);
  });

  it.each<[string, string, string, string]>([
    ['sources', '/r', '/r', 'sources'],
    ['.', '/r', '/r', '.'],
    ['../x', '/r/a', '/r/a/b', '../../x'],
    ['x', '/r', '/other', '../r/x'],
  ])('resolveConfigPath(%s, dir %s, cwd %s) = %s', (p, dir, cwd, expected) => {
    expect(resolveConfigPath(p, dir, cwd)).toBe(expected);
  });
});

describe('ignorePatterns', () => {
  it.each<[string, string, boolean]>([
    ['\\bhypothetical\\b', 'a hypothetical 5% rise', true],
    ['hypothetical', 'A Hypothetical 5% rise', false],
    ['/hypothetical/i', 'A Hypothetical 5% rise', true],
    ['/as of \\d{4}/gi', 'As of 2023, 40 staff', true],
    ['^\\$', '$5 million', true],
  ])('%s on %s', (pattern, sentence, expected) => {
    const drop = compileIgnorePatterns([pattern]);
    expect(drop({ text: '', sentence })).toBe(expected);
    // The global flag must not make matching stateful.
    expect(drop({ text: '', sentence })).toBe(expected);
  });

  it('matches the claim text or its sentence', () => {
    const drop = compileIgnorePatterns(['^about']);
    expect(drop({ text: 'about 5%', sentence: 'Costs rose about 5%.' })).toBe(true);
    expect(drop({ text: '5%', sentence: 'about 5% of it' })).toBe(true);
    expect(drop({ text: '5%', sentence: 'It rose 5%.' })).toBe(false);
    expect(compileIgnorePatterns(undefined)({ text: 'x', sentence: 'x' })).toBe(false);
    expect(compilePattern('a/b').source).toBe('a\\/b');
    expect(compilePattern('/a/b/').source).toBe('a\\/b');
    expect(compilePattern('/x/gimy').flags).toBe('im');
  });
});

describe('.claimcheckignore', () => {
  const dir = tree({
    '.claimcheckignore': '# comment\ndrafts/\n*.tmp.md\n!keep.tmp.md\n/root-only.md\n',
    'docs/.claimcheckignore': 'private/\n',
    'docs/x.md': '',
  });

  it('is found in cwd or above', () => {
    expect(findIgnoreFile(dir)).toBe(path.join(dir, '.claimcheckignore'));
    expect(findIgnoreFile(path.join(dir, 'docs'))).toBe(path.join(dir, 'docs/.claimcheckignore'));
    expect(findIgnoreFile(path.join(dir, 'other/deeper'))).toBe(path.join(dir, '.claimcheckignore'));
  });

  it.each<[string, string, boolean]>([
    ['.', 'drafts/a.md', true],
    ['.', 'docs/drafts/a.md', true],
    ['.', 'a.tmp.md', true],
    ['.', 'docs/b.tmp.md', true],
    ['.', 'keep.tmp.md', false],
    ['.', 'root-only.md', true],
    ['.', 'docs/root-only.md', false],
    ['.', 'docs/a.md', false],
    ['.', './drafts/a.md', true],
    ['.', '../elsewhere/drafts/a.md', false],
    ['sub', '../drafts/a.md', true],
    ['sub', 'a.tmp.md', true],
    ['sub', 'root-only.md', false],
    ['docs', 'private/a.md', true],
    ['docs', 'drafts/a.md', false],
  ])('from %s: %s → %s', (cwd, file, expected) => {
    const abs = path.join(dir, cwd);
    fs.mkdirSync(abs, { recursive: true });
    const ignored = loadIgnore(abs);
    expect(ignored(file)).toBe(expected);
    expect(ignored(path.resolve(abs, file))).toBe(expected);
  });
});

describe('include and exclude globs', () => {
  it.each<[string[], string, boolean]>([
    [['*.md'], 'a.md', true],
    [['*.md'], 'docs/deep/a.md', true],
    [['*.md'], 'a.txt', false],
    [['docs/*.md'], 'docs/a.md', true],
    [['docs/*.md'], 'docs/deep/a.md', false],
    [['docs/**/*.md'], 'docs/deep/a.md', true],
    [['docs'], 'docs/deep/a.md', true],
    [['docs/'], 'docs/deep/a.md', true],
    [['./docs/**'], 'docs/deep/a.md', true],
    [['archive'], 'notes/archive/a.md', true],
    [['**/drafts/**'], 'drafts/a.md', true],
    [['**/drafts/**'], 'x/drafts/a.md', true],
    [['*.{md,txt}'], 'x/y.txt', true],
    [['.hidden/*'], '.hidden/a.md', true],
  ])('%j matches %s: %s', (globs, file, expected) => {
    expect(globPredicate(globs)(file)).toBe(expected);
  });

  const root = tree({ '.claimcheckignore': 'ignored/\n', 'claimcheck.config.json': '{}' });

  it.each<[string, { include?: string[]; exclude?: string[] }, string[]]>([
    ['.', {}, ['ignored/a.md']],
    ['.', { exclude: ['drafts'] }, ['ignored/a.md', 'drafts/a.md', 'docs/drafts/b.md']],
    ['.', { include: ['docs/**'] }, ['ignored/a.md', 'drafts/a.md', 'notes/c.txt', 'top.md']],
    ['.', { include: ['docs/**'], exclude: ['**/b.md'] }, ['ignored/a.md', 'drafts/a.md', 'docs/drafts/b.md', 'notes/c.txt', 'top.md']],
    ['.', { include: ['*.md'] }, ['ignored/a.md', 'notes/c.txt']],
    ['docs', { include: ['docs/**'] }, ['../ignored/a.md', '../drafts/a.md', '../notes/c.txt', '../top.md']],
    ['docs', { exclude: ['docs/drafts/'] }, ['../ignored/a.md', 'drafts/b.md']],
  ])('from %s with %j leaves out %j', (cwd, globs, expected) => {
    const abs = path.join(root, cwd);
    fs.mkdirSync(abs, { recursive: true });
    const filter = makeFileFilter({ cwd: abs, ignoreFile: loadIgnore(abs), base: root, ...globs });
    const files = cwd === '.'
      ? ['ignored/a.md', 'drafts/a.md', 'docs/a.md', 'docs/drafts/b.md', 'notes/c.txt', 'top.md']
      : ['../ignored/a.md', '../drafts/a.md', 'a.md', 'drafts/b.md', '../notes/c.txt', '../top.md'];
    expect(files.filter(filter)).toEqual(expected);
  });

  it('without an ignore file or globs leaves nothing out', () => {
    const filter = makeFileFilter({ cwd: root });
    expect(['a.md', 'ignored/a.md', '/abs/x.md'].filter(filter)).toEqual([]);
  });

  it('plugs into expandPaths as ReadOptions.ignored', async () => {
    const { expandPaths } = await import('../src/read/inputs.js');
    const dir = tree({ '.claimcheckignore': 'skip.md\n', 'docs/a.md': 'x', 'docs/skip.md': 'x', 'docs/b.txt': 'x', 'docs/old/c.md': 'x' });
    const ignored = makeFileFilter({ cwd: dir, ignoreFile: loadIgnore(dir), exclude: ['old'] });
    expect(expandPaths(['docs'], { cwd: dir, ignored }).map((f) => f.file)).toEqual(['docs/a.md', 'docs/b.txt']);
  });
});
