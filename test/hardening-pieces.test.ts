// Large files are read in pieces that end at blank lines. Claims, their offsets, lines, columns and
// ids, and warnings must be exactly those of the file read whole: checked here on small files with a
// tiny piece size, so that every paragraph is a piece of its own.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { check, extract } from '../src/api.js';
import { readPieces, type Piece } from '../src/read/pieces.js';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimcheck-pieces-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const PLAIN = [
  'The ferry line carried 412,000 passengers in 2024, up 6% on the year before,\nand its two boats ran 3,100 crossings between them.',
  'Fares rose to $4.50 for adults. Children under 12 still travel free, and\nthe season ticket costs €180.',
  '   ',
  'Fuel took 38% of costs, about 2.1 million litres, while crews\nworked 14-hour days in the summer peak of July and August.',
  'A second pier, 240 metres long, opens in March 2026 at a cost of £9 million.',
].join('\n\n');

const MARKDOWN = [
  '# Harbour figures',
  'The harbour handled 1.2 million tonnes last year.',
  '```text\nlog: 55 boats\n\nlog: 60 boats\n```',
  '| Quarter | Tonnes |\n| --- | --- |\n| Q1 2025 | 310,000 |\n| Q2 2025 | 290,000 |',
  '<!-- claimcheck-disable-next-line -->\nDredging cost $3 million.',
  '- a list item with 7 cranes\n\n  still the same item, with 9 tugs',
  'Finally, 85% of berths were full.',
  '<!-- claimcheck-disable-next-line -->\nNothing here is counted.',
].join('\n\n');

const SPECIAL = '\ufeffPrices â€“ about 40 dollars â€“ held.\n\nOur 😀 fleet has 31 ships and 😀 4 barges.\n\n\n\nWages rose 3.5% in 2025.\n';

function write(name: string, data: string | Buffer): string {
  fs.writeFileSync(path.join(dir, name), data);
  return name;
}

function both(name: string, pieceChars: number) {
  const whole = extract([name], { cwd: dir });
  const pieced = extract([name], { cwd: dir, streamFrom: 0, pieceChars });
  return { whole, pieced };
}

describe('reading in pieces', () => {
  const cases: [string, string | Buffer][] = [
    ['plain.txt', PLAIN],
    ['crlf.txt', PLAIN.replace(/\n/g, '\r\n')],
    ['notes.md', MARKDOWN],
    ['special.txt', SPECIAL],
    ['utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PLAIN, 'utf16le')])],
  ];
  for (const [name, data] of cases) {
    for (const pieceChars of [1, 40, 150]) {
      it(`${name} with pieces of at least ${pieceChars} characters gives the claims of the whole file`, () => {
        write(name, data);
        const { whole, pieced } = both(name, pieceChars);
        expect(whole.claims.length).toBeGreaterThan(3);
        if (name.endsWith('.md')) expect(whole.errors.map((e) => e.message)).toEqual(['line 25: unused claimcheck-disable-next-line directive']);
        expect(pieced).toEqual(whole);
      });
    }
  }

  it('each piece but the last ends after a blank line, and together they are the decoded file', () => {
    const file = path.join(dir, write('split.txt', SPECIAL));
    const read = readPieces(file, { pieceChars: 1, chunkBytes: 3 });
    if (!read.ok) throw new Error(read.reason);
    const pieces: Piece[] = [...read.pieces];
    expect(pieces.map((p) => p.text)).toEqual(['Prices â€“ about 40 dollars â€“ held.\n\n', 'Our 😀 fleet has 31 ships and 😀 4 barges.\n\n\n\n', 'Wages rose 3.5% in 2025.\n']);
    expect(pieces.map((p) => [p.offset, p.lines])).toEqual([[0, 0], [39, 2], [85, 6]]);
  });

  it('a piece starts only at a plain paragraph: never inside a fence, list item or table', () => {
    const file = path.join(dir, write('fence.md', MARKDOWN));
    const read = readPieces(file, { pieceChars: 1, markdown: true });
    if (!read.ok) throw new Error(read.reason);
    const texts = [...read.pieces].map((p) => p.text);
    expect(texts).toEqual([
      '# Harbour figures\n\n',
      'The harbour handled 1.2 million tonnes last year.\n\n```text\nlog: 55 boats\n\nlog: 60 boats\n```\n\n| Quarter | Tonnes |\n| --- | --- |\n| Q1 2025 | 310,000 |\n| Q2 2025 | 290,000 |\n\n<!-- claimcheck-disable-next-line -->\nDredging cost $3 million.\n\n- a list item with 7 cranes\n\n  still the same item, with 9 tugs\n\n',
      'Finally, 85% of berths were full.\n\n<!-- claimcheck-disable-next-line -->\nNothing here is counted.',
    ]);
  });

  it('a binary file named on the command line is refused, as when read whole', () => {
    write('data.txt', Buffer.from([0x31, 0x32, 0x00, 0x33]));
    expect(() => extract(['data.txt'], { cwd: dir, streamFrom: 0 })).toThrow('data.txt: cannot read as text (binary file)');
  });

  it('check reads a large draft in pieces and gives the same report, its main subject from the first piece', () => {
    // The main subject is found in the first piece: the rest names no one.
    const rest = '\n\nthen the boats were cleaned and 5 crews rested for 2 days.'.repeat(3);
    write('draft.txt', PLAIN + rest);
    write('source.txt', PLAIN.replace('412,000', '415,000'));
    const whole = check(['draft.txt'], { cwd: dir, sources: ['source.txt'] });
    const pieced = check(['draft.txt'], { cwd: dir, sources: ['source.txt'], streamFrom: 0, pieceChars: PLAIN.length });
    expect(whole.claims.length).toBe(20);
    expect(pieced).toEqual(whole);
  });
});
