// One claim as JSON text, escaped as `jsonSafe` escapes it. Figures of one sentence, or of one stretch
// of a long one, come one after another and share their sentence: its JSON is written once for the
// run, and each claim's JSON is made with the sentence left out, then put back in its place. The text
// is the same, byte for byte, as JSON.stringify gives.
import type { Claim } from '../schema.js';
import { jsonSafe } from './printable.js';

/** Shorter sentences cost less to write than to look up. */
const SHARED_FROM = 100;
const KEY = ',"sentence":';

let lastSentence: string | null = null;
let lastJson = '';

export function claimJson(c: Claim): string {
  const sentence = c.sentence as unknown;
  if (typeof sentence !== 'string' || sentence.length < SHARED_FROM) return jsonSafe(JSON.stringify(c));
  if (sentence !== lastSentence) {
    lastSentence = sentence;
    lastJson = jsonSafe(JSON.stringify(sentence));
  }
  // Every string before it is escaped, so the first `,"sentence":""` is the key itself.
  c.sentence = '';
  let json: string;
  try {
    json = jsonSafe(JSON.stringify(c));
  } finally {
    c.sentence = sentence;
  }
  const at = json.indexOf(`${KEY}""`);
  if (at < 0) return jsonSafe(JSON.stringify(c));
  return json.slice(0, at + KEY.length) + lastJson + json.slice(at + KEY.length + 2);
}
