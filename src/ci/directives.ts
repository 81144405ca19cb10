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
// Plain text: the same names anywhere on a line, as whole words (`claimcheck-disable-line`,
// `claimcheck-disable-next-line`, `claimcheck-disable`, `claimcheck-enable`).
//
// Lines are 1-based; CRLF, CR and LF all end a line.

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

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
}

export interface DirectiveResult<T> {
  kept: T[];
  suppressedCount: number;
  /** Directives that suppressed no claim, in file order. */
  unused: Directive[];
}

const NAMES = '(disable-next-line|disable-line|disable|enable)';
const MARKDOWN_DIRECTIVE = new RegExp(`<!--\\s*claimcheck-${NAMES}(?=\\s|-->)[\\s\\S]*?-->`, 'g');
const PLAIN_DIRECTIVE = new RegExp(`(?<![\\w-])claimcheck-${NAMES}(?![\\w-])`, 'g');
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
      found.push({ kind: m[1] as DirectiveKind, line });
      spans.push({ from: m.index, to: m.index + m[0].length });
    }
  } else {
    for (const m of text.matchAll(PLAIN_DIRECTIVE)) {
      found.push({ kind: m[1] as DirectiveKind, line: lineAt(starts, m.index) });
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
    switch (f.kind) {
      case 'disable-line':
        out.push({ kind: f.kind, line: f.line, from: f.line, to: f.line });
        break;
      case 'disable-next-line': {
        let target = f.line + 1;
        while (target <= lastLine && ((lines[target - 1] ?? '').trim() === '' || directiveOnly.has(target))) target++;
        out.push(target <= lastLine ? { kind: f.kind, line: f.line, from: target, to: target } : { kind: f.kind, line: f.line, from: f.line + 1, to: f.line });
        break;
      }
      case 'disable':
        if (open) {
          // Already disabled: a second disable covers nothing of its own.
          out.push({ kind: 'disable', line: f.line, from: f.line + 1, to: f.line });
          break;
        }
        open = { kind: 'disable', line: f.line, from: f.line, to: lastLine };
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
