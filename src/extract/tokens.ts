// Word tokens in a window of text, for looking a few words left or right of a figure.

export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for a word (letters or digits), false for punctuation. */
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Up to `max` tokens in [from, to). */
export function tokensForward(text: string, from: number, to: number, max: number): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to && out.length < max; m = TOKEN.exec(text)) {
    out.push({ text: m[0], start: m.index, end: m.index + m[0].length, word: /[\p{L}\p{N}]/u.test(m[0][0] as string) });
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
