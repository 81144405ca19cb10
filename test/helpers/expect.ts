// Small helpers shared by the test files.
import { expect } from 'vitest';
import { UsageError } from '../../src/errors.js';

/** The message of the UsageError `fn` throws; fails the test when it throws nothing or something else. */
export function usageMessage(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error('expected a UsageError');
}

/** 1-based line and column of an offset, worked out independently of the code under test. */
export function lineColumnOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const re = /\r\n?|\n/g;
  for (let m = re.exec(text); m && m.index + m[0].length <= offset; m = re.exec(text)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, column: offset - lineStart + 1 };
}

/** The offset of a 1-based line and column. */
function offsetOf(text: string, line: number, column: number): number {
  let at = 0;
  const re = /\r\n?|\n/g;
  for (let l = 1; l < line; l++) {
    const m = re.exec(text);
    if (!m) return -1;
    at = m.index + m[0].length;
  }
  return at + column - 1;
}

/**
 * Whether a claim's line and column place it right: at its start, or, when a qualifier ends the line
 * before its figure ("at least" / "$40bn"), at the figure, the first character of a later line.
 */
export function placedRight(text: string, c: { start: number; end: number; line: number; column: number }): boolean {
  const at = lineColumnOf(text, c.start);
  if (at.line === c.line && at.column === c.column) return true;
  const p = offsetOf(text, c.line, c.column);
  return p > c.start && p < c.end && /^[^\d]*(?:\r\n?|\n)[ \t]*$/.test(text.slice(c.start, p));
}
