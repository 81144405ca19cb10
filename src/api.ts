// The library: the same pipeline the command line runs.
import type { Claim, FileError, Report } from './schema.js';
import { expandPaths, readInput, type InputFile, type ReadOptions } from './read/inputs.js';
import { prepareDocument, isMarkdownName } from './read/document.js';
import { extractDocument } from './extract/index.js';
import { DEFAULT_TOLERANCE, type Tolerance } from './normalize/interval.js';
import { VERSION } from './version.js';

export interface ExtractOptions extends ReadOptions {
  tolerance?: Tolerance;
}

export const TOOL = { name: 'claimcheck' as const, version: VERSION };

/** Claims from every input in order, one document at a time; unreadable inputs are added to `errors`. */
export function extractClaims(paths: string[], options: ExtractOptions, errors: FileError[]): Generator<Claim> {
  return claimsOf(expandPaths(paths, options), options, errors);
}

function* claimsOf(inputs: InputFile[], options: ExtractOptions, errors: FileError[]): Generator<Claim> {
  for (const input of inputs) {
    const { document, error } = readInput(input, options);
    if (error) errors.push(error);
    if (document) yield* extractDocument(document, options.tolerance ?? DEFAULT_TOLERANCE);
  }
}

/** Extracts the claims of the named files, directories, globs or "-". */
export function extract(paths: string[], options: ExtractOptions = {}): Report {
  const errors: FileError[] = [];
  const claims = [...extractClaims(paths, options, errors)];
  return { version: 1, tool: TOOL, command: 'extract', claims, errors };
}

/** Extracts the claims of a text held in memory. */
export function extractText(text: string, file = '<text>', options: { markdown?: boolean; tolerance?: Tolerance } = {}): Claim[] {
  const doc = prepareDocument(file, text, options.markdown ?? isMarkdownName(file));
  return [...extractDocument(doc, options.tolerance ?? DEFAULT_TOLERANCE)];
}
