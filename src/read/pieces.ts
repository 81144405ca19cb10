// Large files in pieces. A piece ends just after a blank line, so no paragraph, sentence or claim
// spans two pieces, and a file is never held as one string. Each piece knows where it starts in the
// whole decoded file (characters and line breaks before it), so positions can be given as if the file
// had been read whole.
import fs from 'node:fs';
import { TextDecoder } from 'node:util';
import type { Claim, FileError } from '../schema.js';
import { looksBinary } from './decode.js';

/** Files of at least this many bytes are read in pieces. */
export const STREAM_FROM = 32 * 1024 * 1024;
/** Characters a piece holds at least (it runs on to the next blank line). */
export const PIECE_CHARS = 4 * 1024 * 1024;
const CHUNK_BYTES = 1024 * 1024;

export interface Piece {
  text: string;
  /** Characters of the decoded file before this piece. */
  offset: number;
  /** Line breaks of the file before this piece: the piece starts at a line start. */
  lines: number;
}

export type PieceResult = { ok: true; pieces: Generator<Piece> } | { ok: false; reason: string };

/**
 * A blank line (spaces and tabs allowed), then a line that starts with a letter: a plain paragraph,
 * which starts a sentence wherever the file is cut. Not a list item, heading, table, quote, code or
 * comment, whose sentences start after a marker, or which leave no text, so that the sentence before
 * them runs on over them.
 */
const BLANK_LINE = /\n[ \t]*\r?\n(?=\p{L})/gu;
const FENCE = /^ {0,3}(`{3,}|~{3,})/gm;

/** Line breaks in `text`, counted as `lineStarts` does: CRLF, LF and lone CR. */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) if (text.charCodeAt(i + 1) !== 10) n++;
  return n;
}

/** True when `at` (a line start of `text`) is outside every fenced code block. */
function outsideFences(text: string, at: number): boolean {
  let open: string | null = null;
  FENCE.lastIndex = 0;
  for (let m = FENCE.exec(text); m && m.index < at; m = FENCE.exec(text)) {
    const fence = m[1] as string;
    if (open === null) open = fence;
    else if (fence[0] === open[0] && fence.length >= open.length && /^[ \t]*(?:\r?\n|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 80))) open = null;
  }
  return open === null;
}

/** Where the piece that starts `text` ends: after the first blank line from `min` on, or -1. */
function cutAfter(text: string, min: number, markdown: boolean): number {
  BLANK_LINE.lastIndex = Math.max(0, min - 1);
  for (let m = BLANK_LINE.exec(text); m; m = BLANK_LINE.exec(text)) {
    const cut = m.index + m[0].length;
    if (!markdown || outsideFences(text, cut)) return cut;
  }
  return -1;
}

/** The decoder for a file that starts with `head`, and the bytes to skip (a UTF-16 byte-order mark). */
function decoderFor(head: Uint8Array): { decoder: TextDecoder; skip: number } {
  if (head.length >= 2 && head[0] === 0xff && head[1] === 0xfe) return { decoder: new TextDecoder('utf-16le'), skip: 2 };
  if (head.length >= 2 && head[0] === 0xfe && head[1] === 0xff) return { decoder: new TextDecoder('utf-16be'), skip: 2 };
  return { decoder: new TextDecoder('utf-8', { fatal: false, ignoreBOM: false }), skip: 0 };
}

/**
 * Reads the file at `absolute` in pieces of at least `pieceChars` characters, decoded as `decode`
 * would decode it whole. Refuses a binary file as `decode` does, from its first bytes.
 */
export function readPieces(absolute: string, options: { pieceChars?: number; markdown?: boolean; chunkBytes?: number } = {}): PieceResult {
  const fd = fs.openSync(absolute, 'r');
  const buf = Buffer.allocUnsafe(options.chunkBytes ?? CHUNK_BYTES);
  let n: number;
  try {
    n = fs.readSync(fd, buf, 0, buf.length, null);
  } catch (e) {
    fs.closeSync(fd);
    throw e;
  }
  const head = buf.subarray(0, n);
  const utf16 = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  if (!utf16 && looksBinary(head)) {
    fs.closeSync(fd);
    return { ok: false, reason: 'binary file' };
  }
  return { ok: true, pieces: pieces(fd, buf, n, options.pieceChars ?? PIECE_CHARS, options.markdown ?? false) };
}

function* pieces(fd: number, buf: Buffer, first: number, pieceChars: number, markdown: boolean): Generator<Piece> {
  const { decoder, skip } = decoderFor(buf.subarray(0, first));
  let text = decoder.decode(buf.subarray(skip, first), { stream: true });
  let offset = 0;
  let lines = 0;
  let searched = 0;
  try {
    for (let n = first; n > 0; ) {
      for (let cut = cutAfter(text, Math.max(pieceChars, searched), markdown); cut >= 0; cut = cutAfter(text, pieceChars, markdown)) {
        const piece = text.slice(0, cut);
        text = text.slice(cut);
        yield { text: piece, offset, lines };
        offset += piece.length;
        lines += lineBreaks(piece);
        searched = 0;
      }
      searched = Math.max(0, text.length - 1024);
      n = fs.readSync(fd, buf, 0, buf.length, null);
      text += n > 0 ? decoder.decode(buf.subarray(0, n), { stream: true }) : decoder.decode();
    }
    if (text.length || offset === 0) yield { text, offset, lines };
  } finally {
    fs.closeSync(fd);
  }
}

/** A claim found in `piece`, its positions made those in the whole file. */
export function placeInFile<C extends Claim>(claim: C, piece: Piece): C {
  if (piece.offset === 0 && piece.lines === 0) return claim;
  claim.start += piece.offset;
  claim.end += piece.offset;
  claim.line += piece.lines;
  claim.endLine += piece.lines;
  // The piece starts at a line start, so columns stand.
  claim.id = [claim.file, claim.line, claim.column].join(':');
  return claim;
}

/** A warning about `piece` that names a line ("line 3: ..."), the line made the file's. */
export function placeWarning(error: FileError, piece: Piece): FileError {
  const m = /^line (\d+)/.exec(error.message);
  return m ? { ...error, message: `line ${Number(m[1]) + piece.lines}${error.message.slice(m[0].length)}` } : error;
}

/** A directive found in `piece`, its lines made the file's. */
export function placeDirective<D extends { line: number; from: number; to: number }>(directive: D, piece: Piece): D {
  return { ...directive, line: directive.line + piece.lines, from: directive.from + piece.lines, to: directive.to + piece.lines };
}
