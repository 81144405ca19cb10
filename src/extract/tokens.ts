// Word tokens in a window of text, for looking a few words left or right of a figure.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for a word (letters or digits), false for punctuation. */
  word: boolean;
}

/** Up to `max` tokens in [from, to). */
export function tokensForward(text: string, from: number, to: number, max: number): Token[] {
  return scan(text, from, to, max);
}

const ALNUM = /[\p{L}\p{N}]/u;
const SPACE_CHAR = /\s/;

/** Letters and digits: ASCII by code, the rest by Unicode class. */
function isAlnum(code: number, ch: string): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return ALNUM.test(ch);
}

function isJoiner(code: number): boolean {
  return code === 45 || code === 39 || code === 0x2019 || code === 46 || code === 38; // - ' ’ . &
}

/** A hand-written tokenizer: words (letters and digits, joined by - ' ’ . &) and single marks. */
function scan(text: string, from: number, to: number, max: number): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = from;
  while (i < n && i < to && out.length < max) {
    const code = text.charCodeAt(i);
    const ch = text[i] as string;
    if (code === 32 || code === 10 || code === 13 || code === 9 || code === 0xa0 || (code > 127 && SPACE_CHAR.test(ch))) {
      i++;
      continue;
    }
    if (isAlnum(code, ch)) {
      let j = i + 1;
      for (;;) {
        while (j < n && isAlnum(text.charCodeAt(j), text[j] as string)) j++;
        if (j + 1 < n && isJoiner(text.charCodeAt(j)) && isAlnum(text.charCodeAt(j + 1), text[j + 1] as string)) {
          j += 2;
          continue;
        }
        break;
      }
      out.push({ text: text.slice(i, j), start: i, end: j, word: true });
      i = j;
    } else {
      // A surrogate pair is one mark.
      const width = code >= 0xd800 && code <= 0xdbff ? 2 : 1;
      out.push({ text: text.slice(i, i + width), start: i, end: i + width, word: false });
      i += width;
    }
  }
  return out;
}

/** Up to `max` tokens ending at or before `to`, not before `from`, nearest first. */
export function tokensBackward(text: string, from: number, to: number, max: number): Token[] {
  const start = Math.max(from, to - max * 16);
  const all = tokensForward(text, start, to, max * 4).filter((t) => t.end <= to);
  // The first token may be cut by the window; drop it unless the window starts at `from`.
  if (start > from && all.length && all[0]!.start === start) all.shift();
  return all.reverse().slice(0, max);
}

/** True for a model or product code: letters and digits mixed, like "H800", "A100s", "GPT-4". */
export function isCode(word: string): boolean {
  return /\p{L}/u.test(word) && /\d/.test(word) && !/^[\d.,]+(?:st|nd|rd|th|s|k|m|bn|mn|b|tn|km|kg|mw|gw|kw|x|pc|pp)$/i.test(word);
}
