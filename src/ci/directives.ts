// Inline suppression directives.
//
// Markdown (directives are HTML comments, so they do not show when rendered):
//   <!-- claimcheck-disable-next-line -->   claims on the next non-empty line
//   <!-- claimcheck-disable-line -->        claims on this line
//   <!-- claimcheck-disable -->             claims from here to the next
//   <!-- claimcheck-enable -->              (or to the end of the file when there is none)
// A reason may follow the name: <!-- claimcheck-disable-next-line -- figure is disputed -->.
// Directives inside fenced code blocks or inline code spans are examples, not directives.
//
//   <!-- claimcheck-disable-file -->        every claim in the file
// Plain text: the same names anywhere on a line, as whole words (`claimcheck-disable-line`,
// `claimcheck-disable-next-line`, `claimcheck-disable`, `claimcheck-enable`, `claimcheck-disable-file`).
//
// Verdicts after the name limit a directive to claims with those verdicts:
//   <!-- claimcheck-disable-next-line unverified -->   <!-- claimcheck-disable-file unverified, disputed -->
// Such directives are applied after checking (see `applyVerdictDirectives`).
//
// A comment naming an unknown claimcheck- directive (a misspelling) is reported by `findUnknownDirectives`.
//
// Lines are 1-based; CRLF, CR and LF all end a line.

import type { Verdict } from '../schema.js';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable' | 'disable-file';
export const DIRECTIVE_KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable-file', 'disable', 'enable'];
const VERDICT_WORDS = ['supported', 'contradicted', 'disputed', 'unverified'];

export interface Directive {
  kind: DirectiveKind;
  /** The line the directive is written on. */
  line: number;
  /**
   * The lines it suppresses, inclusive; `from > to` when it covers none (a next-line directive with
   * no line after it, an enable with no disable before it, or a disable inside a disabled block).
   */
  from: number;
  to: number;
  /** Only claims with these verdicts; absent for every claim. */
  verdicts?: Verdict[];
}

export interface DirectiveResult<T> {
  kept: T[];
  suppressedCount: number;
  /** Directives that suppressed no claim, in file order. */
  unused: Directive[];
}

const NAMES = '(disable-next-line|disable-line|disable-file|disable|enable)';
const VERDICT_LIST = `((?:[ \\t]+(?:${VERDICT_WORDS.join('|')})(?:[ \\t]*,[ \\t]*(?:${VERDICT_WORDS.join('|')}))*)(?![\\w-]))?`;
const MARKDOWN_DIRECTIVE = new RegExp(`<!--\\s*claimcheck-${NAMES}(?=\\s|-->)${VERDICT_LIST}[\\s\\S]*?-->`, 'g');
const PLAIN_DIRECTIVE = new RegExp(`(?<![\\w-])claimcheck-${NAMES}(?![\\w-])${VERDICT_LIST}`, 'g');
/** Any claimcheck- name in a comment (Markdown), or a disable/enable-like word (plain text). */
const MARKDOWN_ANY = /<!--\s*claimcheck-([\w-]+)/g;
const PLAIN_ANY = /(?<![\w-])claimcheck-((?:disable|enable)[\w-]*)/g;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Start offset of every line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  const re = /\r\n|\r|\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

function lineAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Lines (1-based) inside fenced code blocks, fences included. */
function fencedLines(lines: string[]): Set<number> {
  const inside = new Set<number>();
  let fence: string | null = null;
  lines.forEach((line, i) => {
    const m = FENCE.exec(line);
    if (fence === null) {
      if (m) {
        fence = m[1]!;
        inside.add(i + 1);
      }
    } else {
      inside.add(i + 1);
      const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line);
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length) fence = null;
    }
  });
  return inside;
}

/** True when `offset` in its line sits inside an inline code span (an odd number of backticks before it). */
function inInlineCode(lineText: string, column: number): boolean {
  const before = lineText.slice(0, column);
  return ((before.match(/`/g) ?? []).length & 1) === 1;
}

interface Found {
  kind: DirectiveKind;
  line: number;
  verdicts?: Verdict[];
}

function verdictsOf(list: string | undefined): { verdicts?: Verdict[] } {
  if (!list) return {};
  return { verdicts: list.split(/[\s,]+/).filter(Boolean) as Verdict[] };
}

function scan(text: string, markdown: boolean, lines: string[]): { found: Found[]; directiveOnly: Set<number> } {
  const starts = lineStarts(text);
  const found: Found[] = [];
  const spans: { from: number; to: number }[] = [];
  if (markdown) {
    const fenced = fencedLines(lines);
    for (const m of text.matchAll(MARKDOWN_DIRECTIVE)) {
      const line = lineAt(starts, m.index);
      if (fenced.has(line)) continue;
      if (inInlineCode(lines[line - 1] ?? '', m.index - starts[line - 1]!)) continue;
      found.push({ kind: m[1] as DirectiveKind, line, ...verdictsOf(m[2]) });
      spans.push({ from: m.index, to: m.index + m[0].length });
    }
  } else {
    for (const m of text.matchAll(PLAIN_DIRECTIVE)) {
      found.push({ kind: m[1] as DirectiveKind, line: lineAt(starts, m.index), ...verdictsOf(m[2]) });
    }
  }
  // Lines holding nothing but directive comments do not count as "the next line".
  const directiveOnly = new Set<number>();
  if (markdown) {
    const blanked = text.split('');
    for (const s of spans) for (let i = s.from; i < s.to; i++) if (blanked[i] !== '\n' && blanked[i] !== '\r') blanked[i] = ' ';
    const stripped = splitLines(blanked.join(''));
    for (const f of found) if ((stripped[f.line - 1] ?? '').trim() === '') directiveOnly.add(f.line);
  }
  return { found, directiveOnly };
}

/** The directives written in a document, in file order. */
export function findDirectives(text: string, markdown: boolean): Directive[] {
  const lines = splitLines(text);
  const lastLine = lines.length;
  const { found, directiveOnly } = scan(text, markdown, lines);
  const out: Directive[] = [];
  let open: Directive | null = null;
  for (const f of found) {
    const only = f.verdicts ? { verdicts: f.verdicts } : {};
    switch (f.kind) {
      case 'disable-file':
        out.push({ kind: f.kind, line: f.line, from: 1, to: lastLine, ...only });
        break;
      case 'disable-line':
        out.push({ kind: f.kind, line: f.line, from: f.line, to: f.line, ...only });
        break;
      case 'disable-next-line': {
        let target = f.line + 1;
        while (target <= lastLine && ((lines[target - 1] ?? '').trim() === '' || directiveOnly.has(target))) target++;
        out.push(target <= lastLine ? { kind: f.kind, line: f.line, from: target, to: target, ...only } : { kind: f.kind, line: f.line, from: f.line + 1, to: f.line, ...only });
        break;
      }
      case 'disable':
        if (open) {
          // Already disabled: a second disable covers nothing of its own.
          out.push({ kind: 'disable', line: f.line, from: f.line + 1, to: f.line });
          break;
        }
        open = { kind: 'disable', line: f.line, from: f.line, to: lastLine, ...only };
        out.push(open);
        break;
      case 'enable':
        if (open) {
          open.to = f.line;
          open = null;
        } else {
          out.push({ kind: 'enable', line: f.line, from: f.line + 1, to: f.line });
        }
        break;
    }
  }
  return out;
}

/**
 * Drops the claims that directives cover (by the claim's first line). A directive that covers no
 * claim is reported as unused; so are an enable with no disable before it and a disable inside
 * a disabled block.
 */
export function applyDirectives<T extends { line: number }>(claims: readonly T[], directives: readonly Directive[]): DirectiveResult<T> {
  const used = new Set<Directive>();
  const kept: T[] = [];
  let suppressedCount = 0;
  for (const claim of claims) {
    let suppressed = false;
    for (const d of directives) {
      if (d.from <= claim.line && claim.line <= d.to) {
        used.add(d);
        suppressed = true;
      }
    }
    if (suppressed) suppressedCount++;
    else kept.push(claim);
  }
  return { kept, suppressedCount, unused: directives.filter((d) => !used.has(d)) };
}

/** The warning for an unused directive: `file:LINE: unused claimcheck-disable-next-line directive`. */
export function unusedDirectiveMessage(file: string, directive: Directive): string {
  return `${file}:${directive.line}: unused claimcheck-${directive.kind} directive`;
}

/** Misspelt or unknown directive names, with their lines: `claimcheck-disable-nextline`. */
export function findUnknownDirectives(text: string, markdown: boolean): Array<{ line: number; name: string }> {
  const lines = splitLines(text);
  const starts = lineStarts(text);
  const fenced = markdown ? fencedLines(lines) : new Set<number>();
  const out: Array<{ line: number; name: string }> = [];
  for (const m of text.matchAll(markdown ? MARKDOWN_ANY : PLAIN_ANY)) {
    const name = m[1]!.replace(/-+$/, '');
    if ((DIRECTIVE_KINDS as readonly string[]).includes(name)) continue;
    const line = lineAt(starts, m.index);
    if (fenced.has(line) || (markdown && inInlineCode(lines[line - 1] ?? '', m.index - starts[line - 1]!))) continue;
    out.push({ line, name: `claimcheck-${name}` });
  }
  return out;
}

/** The warning for an unknown directive, with the closest known name. */
export function unknownDirectiveMessage(name: string): string {
  const bare = name.replace(/^claimcheck-/, '');
  const close = DIRECTIVE_KINDS.map((k) => [k, editDistance(bare, k)] as const).sort((a, b) => a[1] - b[1])[0]!;
  const hint = close[1] <= 3 ? `did you mean claimcheck-${close[0]}?` : `known: ${DIRECTIVE_KINDS.map((k) => `claimcheck-${k}`).join(', ')}`;
  return `unknown directive ${name} (${hint})`;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}

/**
 * Drops checked claims that a verdict-specific directive of their file covers. `byFile` holds each
 * file's verdict-specific directives; the ones used are added to `used`.
 */
export function coveredByVerdict(claim: { file: string; line: number; verdict?: Verdict | undefined }, byFile: ReadonlyMap<string, readonly Directive[]>, used: Set<Directive>): boolean {
  const list = byFile.get(claim.file);
  if (!list || !claim.verdict) return false;
  let hit = false;
  for (const d of list) {
    if (d.from <= claim.line && claim.line <= d.to && d.verdicts?.includes(claim.verdict)) {
      used.add(d);
      hit = true;
    }
  }
  return hit;
}
