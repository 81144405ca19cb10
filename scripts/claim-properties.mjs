// Generated text for the property tests and `npm run fuzz`, and the invariants every extracted claim
// keeps. Plain JavaScript, so the fuzzer runs on the built package without a TypeScript step.
import fc from 'fast-check';

/** Pieces that numeric text is made of, mixed with arbitrary Unicode. */
const PIECES = [
  '0', '1', '7', '12', '3.5', '1,000', '2,048', '.5', '1e3', '10^6', '1x10^400', '-5', '−3', '+4', '½', '٣', '１２',
  'one', 'two', 'a dozen', 'twenty-one', 'hundred', 'thousand', 'million', 'billion', 'bn', 'm', 'k', 'trillion',
  '$', '€', '£', '¥', 'USD', 'EUR', '%', 'percent', 'per cent', 'pp', 'km', 'kg', 'GW', 'mph', '°C', 'degrees',
  'about', 'under', 'over', 'at least', 'up to', 'between', 'and', 'to', '–', '-', 'from',
  ' ', '  ', '\n', '\n\n', '\t', '\r\n', '\u00a0', '\u2009', '\u202f',
  '.', ',', ';', ':', '!', '?', '(', ')', '"', "'", '/', '*', '_', '`', '#', '|', '[', ']',
  '# ', '- ', '> ', '```\n', '| a | b |\n|---|---|\n', '<!-- x -->', '[x](y)',
  'The company', 'raised', 'employs', 'people', 'servers', 'chips', 'in 1998', 'on 5 May 2020',
  '\u001b[2J', '\u001b[31m', '\u0007', '::error::', '##[error]', '\u2028', '\u0000',
];

/** @type {import('fast-check').Arbitrary<string>} */
export const textArbitrary = fc
  .array(fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...PIECES) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) }), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** A slice with every run of whitespace made one space, as a claim's `text` gives it. */
export function collapsed(text) {
  return text.replace(/\s+/g, ' ').trim();
}

/** What is wrong with a claim of `source`, as readable strings; empty when it keeps every invariant. */
export function claimProblems(claim, source) {
  const problems = [];
  const where = `${JSON.stringify(source)} → ${JSON.stringify(claim.text)}`;
  if (!(claim.start >= 0 && claim.start <= claim.end && claim.end <= source.length)) problems.push(`offsets out of range: ${where}`);
  else if (collapsed(source.slice(claim.start, claim.end)) !== collapsed(claim.text)) problems.push(`text is not its slice ${JSON.stringify(source.slice(claim.start, claim.end))}: ${where}`);
  const { value, low, high } = claim.quantity;
  if (!Number.isFinite(value)) problems.push(`value ${value} not finite: ${where}`);
  if (low !== null && !Number.isFinite(low)) problems.push(`low ${low} not finite: ${where}`);
  if (high !== null && !Number.isFinite(high)) problems.push(`high ${high} not finite: ${where}`);
  if (low !== null && low > value) problems.push(`low ${low} above value ${value}: ${where}`);
  if (high !== null && high < value) problems.push(`high ${high} below value ${value}: ${where}`);
  return problems;
}
