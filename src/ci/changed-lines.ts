// Lines changed since a git revision: the new-side lines of `git diff --unified=0 REF --`, which
// compares REF with the working tree (staged and unstaged edits alike). Untracked files are not in
// the diff, so they have no changed lines.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { UsageError } from '../errors.js';

export type ChangedLines = Map<string, Set<number>>;

/** Undoes git's C-style quoting of unusual paths: "caf\303\251.md" → café.md. */
export function unquoteGitPath(quoted: string): string {
  if (!quoted.startsWith('"') || !quoted.endsWith('"') || quoted.length < 2) return quoted;
  const body = quoted.slice(1, -1);
  const bytes: number[] = [];
  const simple: Record<string, number> = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, '\\': 92 };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (ch !== '\\') {
      bytes.push(...Buffer.from(ch, 'utf8'));
      continue;
    }
    const next = body[i + 1] ?? '';
    if (/[0-7]/.test(next)) {
      const oct = /^[0-7]{1,3}/.exec(body.slice(i + 1))![0];
      bytes.push(parseInt(oct, 8));
      i += oct.length;
    } else if (next in simple) {
      bytes.push(simple[next]!);
      i += 1;
    } else {
      bytes.push(92);
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

const HUNK = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/;

/**
 * Parses `git diff --unified=0` output. Keys are absolute paths: `root` joined with the `+++ b/…`
 * path. Files whose changes are all deletions get an empty set; deleted files are left out.
 */
export function parseUnifiedDiff(diff: string, root: string): ChangedLines {
  const out: ChangedLines = new Map();
  let current: Set<number> | null = null;
  // File headers come between "diff --git" and the first hunk; after that a "+++" is an added line.
  let header = true;
  for (const line of diff.split('\n')) {
    if (line.startsWith('diff --git ')) {
      current = null;
      header = true;
      continue;
    }
    if (header && line.startsWith('+++ ')) {
      const target = line.slice(4).replace(/\t$/, '');
      if (target === '/dev/null') {
        current = null;
        continue;
      }
      const unquoted = unquoteGitPath(target);
      const rel = unquoted.startsWith('b/') ? unquoted.slice(2) : unquoted;
      const abs = path.resolve(root, rel);
      current = out.get(abs) ?? new Set<number>();
      out.set(abs, current);
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk) header = false;
    if (hunk && current) {
      const start = Number(hunk[1]);
      const count = hunk[2] === undefined ? 1 : Number(hunk[2]);
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return out;
}

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 512 * 1024 * 1024 });
}

function firstLine(e: unknown): string {
  const err = e as { stderr?: string | Buffer; message?: string };
  const text = String(err.stderr ?? '').trim() || String(err.message ?? '');
  return (text.split('\n')[0] ?? '').replace(/^fatal: /, '');
}

/** True in a shallow clone, where older commits are missing. */
function isShallow(cwd: string): boolean {
  try {
    return git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Lines changed since `ref`, keyed by absolute path (resolved from `cwd`, so keys compare with
 * `path.resolve(cwd, claim.file)`). Throws a one-line UsageError when `cwd` is not in a git work
 * tree, git is missing, or `ref` names no commit.
 */
export function changedLines(ref: string, cwd: string): ChangedLines {
  if (ref === '' || ref.startsWith('-')) throw new UsageError(`--changed-since: "${ref}" is not a git revision`);
  let cdup: string;
  try {
    cdup = git(['rev-parse', '--show-cdup'], cwd).trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new UsageError('--changed-since needs git, and git was not found');
    throw new UsageError(`--changed-since needs a git repository: ${firstLine(e)}`);
  }
  try {
    git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
  } catch {
    throw new UsageError(`--changed-since: unknown git revision "${ref}"${isShallow(cwd) ? `; this is a shallow clone: check out with fetch-depth: 0, or fetch the base (git fetch --depth=1 origin ${ref.replace(/^origin\//, '')})` : ''}`);
  }
  let diff: string;
  try {
    diff = git(
      ['-c', 'core.quotePath=false', 'diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--src-prefix=a/', '--dst-prefix=b/', ref, '--'],
      cwd,
    );
  } catch (e) {
    throw new UsageError(`--changed-since: git diff failed: ${firstLine(e)}`);
  }
  return parseUnifiedDiff(diff, path.resolve(cwd, cdup));
}

/** True when the claim's line is among the changed lines of its file. */
export function isChanged(changed: ChangedLines, absoluteFile: string, line: number): boolean {
  return changed.get(absoluteFile)?.has(line) ?? false;
}
