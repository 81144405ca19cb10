// Blanks out spans that hold no claims, keeping every offset and line break in place.

export interface Span {
  start: number;
  end: number;
}

/** Returns `text` with each span's characters, line breaks excepted, turned into spaces. */
export function blankSpans(text: string, spans: Span[]): string {
  if (spans.length === 0) return text;
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const parts: string[] = [];
  let last = 0;
  for (const { start, end } of sorted) {
    const s = Math.max(start, last);
    if (end <= s) continue;
    parts.push(text.slice(last, s), text.slice(s, end).replace(/[^\r\n]/g, ' '));
    last = end;
  }
  parts.push(text.slice(last));
  return parts.join('');
}

/** Every match of each pattern, as spans. A pattern's `hint` string, when absent from the text, skips it. */
export function spansOf(text: string, patterns: RegExp[]): Span[] {
  const spans: Span[] = [];
  for (const re of patterns) {
    if (re === DOMAIN) {
      spans.push(...domainSpans(text));
      continue;
    }
    const hint = HINTS.get(re);
    if (hint && !hint.test(text)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const skip = m.groups?.['keep']?.length ?? 0;
      spans.push({ start: m.index + skip, end: m.index + m[0].length });
    }
  }
  return spans;
}

const EMAIL = /\b[\w.+-]+@[\w-]+\.[\w.-]+/g;
const DOMAIN = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|io|ai|gov|edu|co|uk|cn|de|fr)\b(?:\/[^\s<>()"']*)?/gi;
const HINTS = new Map<RegExp, RegExp>([[EMAIL, /@/]]);
const TLD = /\.(?:com|org|net|io|ai|gov|edu|co|uk|cn|de|fr)\b/gi;
const HOST_CHAR = /[a-z0-9.-]/i;
const PATH_END = /[\s<>()"']/;

/**
 * Bare domains ("www.example.com/page", "ft.com"): found from their top-level domain, which starts
 * with a "." and so is quick to search for, then widened to the whole host name and path.
 */
function domainSpans(text: string): Span[] {
  const spans: Span[] = [];
  TLD.lastIndex = 0;
  for (let m = TLD.exec(text); m; m = TLD.exec(text)) {
    let start = m.index;
    while (start > 0 && HOST_CHAR.test(text[start - 1] as string)) start--;
    while (start < m.index && !/[a-z0-9]/i.test(text[start] as string)) start++;
    if (start === m.index || /\w/.test(text[start - 1] ?? '')) continue;
    let end = m.index + m[0].length;
    if (text[end] === '/') while (end < text.length && !PATH_END.test(text[end] as string)) end++;
    spans.push({ start, end });
    TLD.lastIndex = end;
  }
  return spans;
}

/** URLs, e-mail addresses, bare domains, and numbered-list markers at a line start. */
export const PLAIN_TEXT_NOISE: RegExp[] = [
  /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>()"'\]]+/gi,
  EMAIL,
  DOMAIN,
  /^[ \t]{0,3}\(?\d{1,3}[.)](?=[ \t]+\S)/gm,
  // Telephone numbers: "+44 20 7946 0321", "(555) 123-4567", "555-123-4567".
  /(?<![\w.])\+\d{1,3}(?:[ .-]\(?\d{2,4}\)?){2,5}(?!\w|\.\d)/g,
  /(?<![\w.])\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{3,4}(?!\w|\.\d)/g,
  /(?<![\w.,])\d{3}[.-]\d{3}[.-]\d{4}(?!\w|\.\d)/g,
  /(?:tel|phone|fax|call)[.:]?\s*\d[\d ()./-]{6,}\d/gi,
  /\[\d{1,3}\]/g,
];
