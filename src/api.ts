// The library: the same pipeline the command line runs.
import type { PairWeights } from './compare/pair-weights.js';
import type { Claim, FileError, Report } from './schema.js';
import { expandPaths, isLarge, readInput, readLargeInput, type InputFile, type ReadOptions } from './read/inputs.js';
import { placeDirective, placeInFile, placeWarning } from './read/pieces.js';
import { prepareDocument, isMarkdownName, type SourceDocument } from './read/document.js';
import { CheckFeed, type FeedOptions } from './compare/check-feed.js';
import { applyDirectives, findDirectives, findUnknownDirectives, unknownDirectiveMessage, unusedDirectiveMessage, type Directive } from './ci/directives.js';
import { extractDocument } from './extract/index.js';
import { DEFAULT_TOLERANCE, type Tolerance } from './normalize/interval.js';
import { VERSION } from './version.js';
import { filter } from './iterate.js';
import { settingsOf } from './compare/check.js';
import { summarize } from './compare/verdict.js';

export interface ExtractOptions extends ReadOptions {
  tolerance?: Tolerance;
  /** Leaves out claims for which this returns true (config `ignorePatterns`). */
  ignoreClaim?: (claim: Claim) => boolean;
  /** Honour claimcheck-disable directives in the files (default true). */
  directives?: boolean;
  /** Called with each file's verdict-specific directives, which apply only once claims are checked. */
  onVerdictDirectives?: (file: string, directives: Directive[]) => void;
  /** Called with the number of claims a file's directives left out. */
  onSuppressed?: (count: number) => void;
  /** Called for every document read, empty ones included (without the document when it came from a store). */
  onDocument?: (doc?: SourceDocument) => void;
  /** Claims kept from an earlier run: used instead of extracting a file, and given each file extracted. */
  store?: ClaimStore;
}

/** Where each file's claims (and warnings) are kept between runs. */
export interface ClaimStore {
  get(input: InputFile): { claims: Claim[]; errors: FileError[]; suppressed: number } | undefined;
  /** Keeps the claims of an input, extracted from `text` (its decoded text). */
  set(input: InputFile, claims: readonly Claim[], errors: readonly FileError[], suppressed: number, text: string): void;
}

export const TOOL = { name: 'claimcheck' as const, version: VERSION };

/** Claims from every input in order, one document at a time; unreadable inputs are added to `errors`. */
export function extractClaims(paths: string[], options: ExtractOptions, errors: FileError[], onDocument?: (doc: SourceDocument) => void): Generator<Claim> {
  return claimsOf(expandPaths(paths, options), options, errors, onDocument);
}

/** Claims of inputs already expanded, in order. */
export function* claimsOf(inputs: InputFile[], options: ExtractOptions, errors: FileError[], onDocument?: (doc: SourceDocument) => void): Generator<Claim> {
  const store = options.store;
  for (const input of inputs) {
    const kept = store?.get(input);
    if (kept && !onDocument) {
      // Nothing needs the text: the file is not read at all.
      options.onDocument?.();
      errors.push(...kept.errors);
      if (kept.suppressed) options.onSuppressed?.(kept.suppressed);
      yield* kept.claims;
      continue;
    }
    if (isLarge(input, options)) {
      yield* claimsOfLargeFile(input, options, errors, onDocument);
      continue;
    }
    const { document, error } = readInput(input, options);
    if (error) errors.push(error);
    if (document) {
      onDocument?.(document);
      options.onDocument?.(document);
      if (kept) {
        errors.push(...kept.errors);
        if (kept.suppressed) options.onSuppressed?.(kept.suppressed);
        // Verdict-specific directives apply after checking, so they are read again.
        if (options.onVerdictDirectives && document.original.includes('claimcheck-')) {
          const byVerdict = findDirectives(document.original, document.markdown).filter((d) => d.verdicts);
          if (byVerdict.length) options.onVerdictDirectives(document.file, byVerdict);
        }
        yield* kept.claims;
      } else if (store) {
        const before = errors.length;
        let suppressed = 0;
        const counting = { ...options, onSuppressed: (n: number) => ((suppressed += n), options.onSuppressed?.(n)) };
        const claims = [...claimsOfDocument(document, counting, errors)];
        store.set(input, claims, errors.slice(before), suppressed, document.original);
        yield* claims;
      } else {
        yield* claimsOfDocument(document, options, errors);
      }
    }
  }
}

/** A large file's claims, read a piece at a time; those told of documents are told of its first piece only. */
function* claimsOfLargeFile(input: InputFile, options: ExtractOptions, errors: FileError[], onDocument?: (doc: SourceDocument) => void): Generator<Claim> {
  const { pieces, error } = readLargeInput(input, options);
  if (error) errors.push(error);
  let first = true;
  // Directives apply within their piece; those for verdicts are handed on once, for the whole file.
  const byVerdict: Directive[] = [];
  for (const piece of pieces ?? []) {
    const document = prepareDocument(input.file, piece.text, isMarkdownName(input.file));
    if (first) {
      onDocument?.(document);
      options.onDocument?.(document);
      first = false;
    }
    const before = errors.length;
    const onVerdictDirectives = (_file: string, list: Directive[]) => byVerdict.push(...list.map((d) => placeDirective(d, piece)));
    for (const claim of claimsOfDocument(document, { ...options, onVerdictDirectives }, errors)) yield placeInFile(claim, piece);
    for (let i = before; i < errors.length; i++) errors[i] = placeWarning(errors[i] as FileError, piece);
  }
  if (byVerdict.length) options.onVerdictDirectives?.(input.file, byVerdict);
}

/** One document's claims, less those that ignore patterns and disable directives leave out. */
function* claimsOfDocument(document: SourceDocument, options: ExtractOptions, errors: FileError[]): Generator<Claim> {
  const all = extractDocument(document, options.tolerance ?? DEFAULT_TOLERANCE);
  const kept = options.ignoreClaim ? filter(all, (c) => !options.ignoreClaim!(c)) : all;
  if (options.directives === false || !document.original.includes('claimcheck-')) {
    yield* kept;
    return;
  }
  for (const u of findUnknownDirectives(document.original, document.markdown)) errors.push({ file: document.file, severity: 'warning', message: `line ${u.line}: ${unknownDirectiveMessage(u.name)}` });
  const written = findDirectives(document.original, document.markdown);
  const directives = written.filter((d) => !d.verdicts);
  const byVerdict = written.filter((d) => d.verdicts);
  if (byVerdict.length) options.onVerdictDirectives?.(document.file, byVerdict);
  if (!directives.length) {
    yield* kept;
    return;
  }
  const result = applyDirectives([...kept], directives);
  if (result.suppressedCount) options.onSuppressed?.(result.suppressedCount);
  for (const d of result.unused) errors.push({ file: document.file, severity: 'warning', message: unusedDirectiveMessage(document.file, d).replace(`${document.file}:`, 'line ') });
  yield* result.kept;
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

export interface CheckOptions extends ExtractOptions {
  /** Sources to check the drafts against; without them every file is checked against every other. */
  sources?: string[];
  /** Claims from a facts file; they outrank sources. */
  facts?: Claim[];
  /** Evidence listed per claim (default 20). */
  maxEvidence?: number;
  /** Give each piece of evidence the reason it was paired (default true). */
  explain?: boolean;
  /** Extra words naming the same measured thing: { chip: ['accelerator card'] }. */
  synonyms?: Record<string, string[]>;
  /** Which source files to leave out, when it differs from `ignored` (which then applies to drafts only). */
  sourceIgnored?: (file: string) => boolean;
  /** Pairing weights instead of the shipped ones (see `npm run fit`). */
  weights?: PairWeights;
}

/** A file's index in the run: the order it was first seen. */
function idOf(fileIds: Map<string, number>, file: string): number {
  let id = fileIds.get(file);
  if (id === undefined) fileIds.set(file, (id = fileIds.size));
  return id;
}

/** Reads the inputs into the feed: each document's text, then its claims. */
function collect(paths: string[], options: ExtractOptions, errors: FileError[], fileIds: Map<string, number>, feed: CheckFeed): void {
  // A document's claims follow it: each takes the index of the document read last.
  let fileIndex = -1;
  const onDocument = (doc: SourceDocument) => {
    fileIndex = idOf(fileIds, doc.file);
    feed.document(fileIndex, doc.text);
  };
  for (const claim of extractClaims(paths, options, errors, onDocument)) feed.claim(claim, fileIndex);
}

/** Checks the drafts against the sources, or, without sources, every file against every other. */
export function check(paths: string[], options: CheckOptions = {}): Report {
  const errors: FileError[] = [];
  const claims = [...checkStream(paths, options, errors)];
  return { version: 1, tool: TOOL, command: 'check', claims, summary: summarize(claims.map((c) => c.verdict)), errors };
}

/**
 * Checked claims one at a time, in input order. All claims are read first (every file may be
 * evidence for every other); then each is checked and handed on, so output can stream. On a large
 * input the comparison runs on a worker thread while the files are read (`feedOptions` sets when).
 */
export function checkStream(paths: string[], options: CheckOptions, errors: FileError[], feedOptions?: FeedOptions): Generator<Claim> {
  const fileIds = new Map<string, number>();
  const { sources } = options;
  const feed = fill(
    feedOf(options, !sources, feedOptions),
    (f) => collect(paths, options, errors, fileIds, f),
    sources ? (f) => collect(sources, options.sourceIgnored ? { ...options, ignored: options.sourceIgnored } : options, errors, fileIds, f) : null,
  );
  return feed.results(options.facts ?? []);
}

/** Reads the drafts, then any sources, into the feed; if reading fails, lets its worker go. */
function fill(feed: CheckFeed, drafts: (feed: CheckFeed) => void, sources: ((feed: CheckFeed) => void) | null): CheckFeed {
  try {
    drafts(feed);
    if (sources) {
      feed.beginSources();
      sources(feed);
    }
  } catch (error) {
    feed.abandon();
    throw error;
  }
  return feed;
}

function feedOf(options: Omit<CheckOptions, 'sources'>, corpus: boolean, feedOptions?: FeedOptions): CheckFeed {
  return new CheckFeed(settingsOf({ otherFilesOnly: true, maxEvidence: options.maxEvidence, explain: options.explain ?? true, synonyms: options.synonyms, ...(options.weights ? { weights: options.weights } : {}) }), corpus, feedOptions);
}

export interface TextInput {
  file: string;
  text: string;
}

function locate(inputs: TextInput[], options: CheckOptions, fileIds: Map<string, number>, feed: CheckFeed): void {
  for (const { file, text } of inputs) {
    const id = idOf(fileIds, file);
    const doc = prepareDocument(file, text, isMarkdownName(file));
    feed.document(id, doc.text);
    for (const claim of extractDocument(doc, options.tolerance ?? DEFAULT_TOLERANCE)) feed.claim(claim, id);
  }
}

/** Checks texts held in memory: the drafts against the sources, or, without sources, each against the others. */
export function checkTexts(drafts: TextInput[], sources?: TextInput[], options: Omit<CheckOptions, 'sources'> = {}): Claim[] {
  const fileIds = new Map<string, number>();
  const feed = fill(
    feedOf(options, !sources),
    (f) => locate(drafts, options, fileIds, f),
    sources ? (f) => locate(sources, options, fileIds, f) : null,
  );
  return [...feed.results(options.facts ?? [])];
}
