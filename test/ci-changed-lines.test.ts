import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { changedLines, isChanged, parseUnifiedDiff, unquoteGitPath } from '../src/ci/changed-lines.js';
import { usageMessage } from './helpers/expect.js';


/** The map as sorted [relative path, sorted lines] pairs. */
function plain(map: Map<string, Set<number>>, root: string): [string, number[]][] {
  return [...map]
    .map(([file, lines]): [string, number[]] => [path.relative(root, file), [...lines].sort((a, b) => a - b)])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));
}

describe('parseUnifiedDiff', () => {
  it('reads new-side lines of each hunk', () => {
    const diff = [
      'diff --git a/docs/a.md b/docs/a.md',
      'index 1111111..2222222 100644',
      '--- a/docs/a.md',
      '+++ b/docs/a.md',
      '@@ -2 +2 @@ intro',
      '-old',
      '+new',
      '@@ -5,0 +6,3 @@',
      '+x',
      '+++ this added line starts with two plus signs',
      '+z',
      '@@ -9,2 +11,0 @@',
      '-gone',
      '-gone too',
      'diff --git a/b.md b/b.md',
      'deleted file mode 100644',
      '--- a/b.md',
      '+++ /dev/null',
      '@@ -1,2 +0,0 @@',
      '-a',
      '-b',
      'diff --git a/new.txt b/new.txt',
      'new file mode 100644',
      '--- /dev/null',
      '+++ b/new.txt',
      '@@ -0,0 +1,2 @@',
      '+one',
      '+two',
      'diff --git a/only-deletions.md b/only-deletions.md',
      '--- a/only-deletions.md',
      '+++ b/only-deletions.md',
      '@@ -3 +2,0 @@',
      '-x',
      'diff --git "a/caf\\303\\251 \\"q\\".md" "b/caf\\303\\251 \\"q\\".md"',
      '--- "a/caf\\303\\251 \\"q\\".md"',
      '+++ "b/caf\\303\\251 \\"q\\".md"',
      '@@ -1 +1 @@',
      '-a',
      '+b',
      '',
    ].join('\n');
    expect(plain(parseUnifiedDiff(diff, '/repo'), '/repo')).toEqual([
      ['café "q".md', [1]],
      ['docs/a.md', [2, 6, 7, 8]],
      ['new.txt', [1, 2]],
      ['only-deletions.md', []],
    ]);
  });

  it.each<[string, string]>([
    ['plain.md', 'plain.md'],
    ['"tab\\there.md"', 'tab\there.md'],
    ['"back\\\\slash.md"', 'back\\slash.md'],
    ['"\\346\\227\\245\\346\\234\\254.md"', '日本.md'],
  ])('unquotes %s', (quoted, expected) => {
    expect(unquoteGitPath(quoted)).toBe(expected);
  });
});

describe('changedLines in a git repository', () => {
  let root = '';
  let outside = '';
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  };

  beforeAll(() => {
    root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-git-')));
    outside = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-nogit-')));
    git('init', '-q');
    write('docs/draft.md', 'one\ntwo\nthree\nfour\nfive\n');
    write('notes.txt', 'a\nb\nc\n');
    write('gone.md', 'x\n');
    write('stay.md', 'same\n');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    // Edits after the commit: staged, unstaged, a deletion, a new tracked file and an untracked one.
    write('docs/draft.md', 'one\nTWO\nthree\ninserted\nfour\nfive\nsix\n');
    write('notes.txt', 'a\nc\n');
    fs.rmSync(path.join(root, 'gone.md'));
    write('added.md', 'new 1\nnew 2\n');
    git('add', 'added.md', 'notes.txt');
    write('untracked.md', 'not in the diff\n');
  });

  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it('maps each changed file to its changed lines', () => {
    expect(plain(changedLines('HEAD', root), root)).toEqual([
      ['added.md', [1, 2]],
      ['docs/draft.md', [2, 4, 7]],
      ['notes.txt', []],
    ]);
  });

  it('keys by absolute path from a subdirectory too', () => {
    const changed = changedLines('HEAD', path.join(root, 'docs'));
    expect(plain(changed, root)).toEqual([
      ['added.md', [1, 2]],
      ['docs/draft.md', [2, 4, 7]],
      ['notes.txt', []],
    ]);
    expect(isChanged(changed, path.resolve(root, 'docs', 'draft.md'), 4)).toBe(true);
    expect(isChanged(changed, path.resolve(root, 'docs', 'draft.md'), 3)).toBe(false);
    expect(isChanged(changed, path.resolve(root, 'untracked.md'), 1)).toBe(false);
  });

  it('compares with older commits', () => {
    git('add', '-A');
    git('commit', '-q', '-m', 'second');
    write('stay.md', 'same\nmore\n');
    expect(plain(changedLines('HEAD', root), root)).toEqual([['stay.md', [2]]]);
    expect(plain(changedLines('HEAD~1', root), root)).toEqual([
      ['added.md', [1, 2]],
      ['docs/draft.md', [2, 4, 7]],
      ['notes.txt', []],
      ['stay.md', [2]],
      ['untracked.md', [1]],
    ]);
  });

  it.each<[string, string]>([
    ['no-such-ref', '--changed-since: unknown git revision "no-such-ref"'],
    ['HEAD~99', '--changed-since: unknown git revision "HEAD~99"'],
    ['--output=/tmp/x', '--changed-since: "--output=/tmp/x" is not a git revision'],
    ['', '--changed-since: "" is not a git revision'],
  ])('rejects %j', (ref, message) => {
    expect(usageMessage(() => changedLines(ref, root))).toBe(message);
  });

  it('needs a git repository', () => {
    const message = usageMessage(() => changedLines('HEAD', outside));
    expect(message).toMatch(/^--changed-since needs a git repository: not a git repository/);
    expect(message).not.toContain('\n');
  });
});
