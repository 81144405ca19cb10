// Names inside the noun phrase after a count: a run of capitalised words ("36 Northstar Relay satellites")
// and a model's number and name right after the count ("20 777 Freighters", "18 320-2 Seaplanes").
import type { Token } from './tokens.js';

/** Whether `tok`, capitalised, continues a run of capitalised words: then it is part of a name, whatever the lexicon says. */
export function inNameRun(tok: Token, words: readonly Token[], kinds: readonly string[]): boolean {
  const last = words[words.length - 1];
  return last !== undefined && /^\p{Lu}/u.test(tok.text) && /^\p{Lu}/u.test(last.text) && kinds[kinds.length - 1] !== 'conj';
}

/** The class of the name after a model number opening `tokens` ("777 Freighters"), or null when there is none. */
export function modelAfterCount(tokens: readonly Token[], classify: (tok: Token) => string): 'name' | 'noun' | null {
  const [number, name] = tokens;
  if (!number || !name?.word || !/^\d{1,5}(?:-\d{1,3})?$/.test(number.text) || !/^\p{Lu}/u.test(name.text) || name.start !== number.end + 1) return null;
  const named = classify(name);
  return named === 'name' || named === 'noun' ? named : null;
}
