// Repairs text that was decoded with the wrong code page, keeping a map back to the file's offsets.
// Two families: UTF-8 read as Windows-1252 ("â€™" for ’), and UTF-8 read as Windows-874, where a
// curly quote survives only as its lead byte "โ" and a no-break space as "ย".
import { table } from '../data/table.js';
import type { OffsetMap } from './offsets.js';

/** Windows-1252 characters in 0x80–0x9F, by the byte they stand for. */
const CP1252_HIGH: Readonly<Record<string, number>> = table({
  '\u20ac': 0x80, '\u201a': 0x82, '\u0192': 0x83, '\u201e': 0x84, '\u2026': 0x85, '\u2020': 0x86,
  '\u2021': 0x87, '\u02c6': 0x88, '\u2030': 0x89, '\u0160': 0x8a, '\u2039': 0x8b, '\u0152': 0x8c,
  '\u017d': 0x8e, '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2022': 0x95,
  '\u2013': 0x96, '\u2014': 0x97, '\u02dc': 0x98, '\u2122': 0x99, '\u0161': 0x9a, '\u203a': 0x9b,
  '\u0153': 0x9c, '\u017e': 0x9e, '\u0178': 0x9f,
});
const CONT = '[\\u0080-\\u00bf\\u20ac\\u201a\\u0192\\u201e\\u2026\\u2020\\u2021\\u02c6\\u2030\\u0160\\u2039\\u0152\\u017d\\u2018\\u2019\\u201c\\u201d\\u2022\\u2013\\u2014\\u02dc\\u2122\\u0161\\u203a\\u0153\\u017e\\u0178]';
/** A lead byte (as Latin-1/1252) followed by continuation bytes. */
const CP1252_RUN = new RegExp(`[\\u00c2-\\u00df]${CONT}|[\\u00e0-\\u00ef]${CONT}{1,2}|[\\u00f0-\\u00f4]${CONT}{3}`, 'g');
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function byteOf(ch: string): number | undefined {
  const code = ch.charCodeAt(0);
  return code >= 0x80 && code <= 0xff ? code : CP1252_HIGH[ch];
}

/** Decodes a 1252-read run back to the character it was, or undefined when it was never UTF-8. */
function repairRun(run: string): string | undefined {
  const bytes: number[] = [];
  for (const ch of run) {
    const b = byteOf(ch);
    if (b === undefined) return undefined;
    bytes.push(b);
  }
  const lead = bytes[0] as number;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  try {
    // A quote whose last byte was lost ("â€" for ”) is rebuilt from the two bytes that survived.
    if (bytes.length === need - 1 && lead === 0xe2 && bytes[1] === 0x80) return '\u201d';
    if (bytes.length !== need) return undefined;
    return strictUtf8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

const THAI_LETTER = /[\u0e01-\u0e5b]/;
const isLetter = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

/** The quote a lone "โ" stood for, chosen by its neighbours; undefined inside genuine Thai text. */
function repairThaiQuote(text: string, i: number): string | undefined {
  const before = text[i - 1];
  const after = text[i + 1];
  if ((before && THAI_LETTER.test(before)) || (after && THAI_LETTER.test(after))) return undefined;
  if (isLetter(before) && isLetter(after)) return '\u2019';
  if (!before || /[\s(\[]/.test(before)) return '\u201c';
  return '\u201d';
}

export interface Repaired {
  text: string;
  map: OffsetMap;
  repairs: number;
}

const ANY = new RegExp(`${CP1252_RUN.source}|[\\u0e42\\u0e22]`, 'g');

/** Repairs mojibake; `map` takes offsets in the repaired text back to the input. */
export function repairMojibake(input: string): Repaired {
  if (!/[\u00c2-\u00f4\u0e22\u0e42]/.test(input)) return { text: input, map: { at: [], shift: [] }, repairs: 0 };
  const at: number[] = [];
  const shift: number[] = [];
  let out = '';
  let last = 0;
  let delta = 0;
  let repairs = 0;
  ANY.lastIndex = 0;
  for (let m = ANY.exec(input); m; m = ANY.exec(input)) {
    const run = m[0];
    let fixed: string | undefined;
    if (run === '\u0e42') fixed = repairThaiQuote(input, m.index);
    else if (run === '\u0e22') {
      const b = input[m.index - 1];
      const a = input[m.index + 1];
      fixed = (b && THAI_LETTER.test(b)) || (a && THAI_LETTER.test(a)) ? undefined : '\u00a0';
      if (fixed && a === ' ') fixed = '';
    } else fixed = repairRun(run);
    if (fixed === undefined) continue;
    out += input.slice(last, m.index) + fixed;
    last = m.index + run.length;
    repairs++;
    if (fixed.length !== run.length) {
      delta += run.length - fixed.length;
      at.push(out.length);
      shift.push(delta);
    }
  }
  out += input.slice(last);
  return { text: out, map: { at, shift }, repairs };
}
