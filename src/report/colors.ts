// ANSI colour, used only when writing to a terminal and NO_COLOR is unset.
import type { Verdict } from '../schema.js';

const CODES = { red: 31, green: 32, yellow: 33, blue: 34, magenta: 35, cyan: 36, gray: 90, bold: 1, dim: 2 } as const;
export type Color = keyof typeof CODES;

export function paint(on: boolean, color: Color, text: string): string {
  return on ? `\u001b[${CODES[color]}m${text}\u001b[0m` : text;
}

export const VERDICT_COLORS: Record<Verdict, Color> = { supported: 'green', contradicted: 'red', disputed: 'yellow', unverified: 'gray' };
