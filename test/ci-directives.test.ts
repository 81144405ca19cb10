import { describe, expect, it } from 'vitest';
import { applyDirectives, findDirectives, unusedDirectiveMessage, type Directive } from '../src/ci/directives.js';

/** The lines a document's directives cover, sorted. */
function covered(text: string, markdown: boolean, upTo = 20): number[] {
  const ds = findDirectives(text, markdown);
  const lines: number[] = [];
  for (let n = 1; n <= upTo; n++) if (ds.some((d) => d.from <= n && n <= d.to)) lines.push(n);
  return lines;
}

const md = (...lines: string[]) => lines.join('\n');

describe('findDirectives (Markdown)', () => {
  it.each<[string, string, number[]]>([
    ['next line', md('<!-- claimcheck-disable-next-line -->', 'It cost $5 million.', 'It took 2 months.'), [2]],
    ['next non-empty line', md('<!-- claimcheck-disable-next-line -->', '', '   ', 'It cost $5 million.', 'x'), [4]],
    ['next line after stacked directives', md('<!-- claimcheck-disable-next-line -->', '<!-- claimcheck-disable-next-line -->', 'It cost $5 million.'), [3]],
    ['at the end of a line', md('Intro. <!-- claimcheck-disable-next-line -->', 'It cost $5 million.'), [2]],
    ['same line', md('a', 'It cost $5 million. <!-- claimcheck-disable-line -->', 'b'), [2]],
    ['block', md('a', '<!-- claimcheck-disable -->', 'b', 'c', '<!-- claimcheck-enable -->', 'd'), [2, 3, 4, 5]],
    ['unclosed block runs to the end', md('a', '<!-- claimcheck-disable -->', 'b', 'c'), [2, 3, 4]],
    ['two blocks', md('<!-- claimcheck-disable -->', 'a', '<!-- claimcheck-enable -->', 'b', '<!-- claimcheck-disable -->', 'c', '<!-- claimcheck-enable -->'), [1, 2, 3, 5, 6, 7]],
    ['no spaces and a reason', md('<!--claimcheck-disable-next-line-->', 'x', '<!-- claimcheck-disable-next-line -- the figure is disputed -->', 'y'), [2, 4]],
    ['CRLF', '<!-- claimcheck-disable-next-line -->\r\n\r\nIt cost $5 million.\r\nx', [3]],
    ['CR', '<!-- claimcheck-disable-next-line -->\rIt cost $5 million.\rx', [2]],
    ['not in fenced code', md('```', '<!-- claimcheck-disable-next-line -->', 'x', '```', 'y'), []],
    ['not in tilde fences', md('~~~md', '<!-- claimcheck-disable -->', '~~~', 'y'), []],
    ['not in inline code', md('Write `<!-- claimcheck-disable-line -->` to skip a line.', 'y'), []],
    ['after a fence closes', md('```', 'code', '```', '<!-- claimcheck-disable-line --> x'), [4]],
    ['unknown names are not directives', md('<!-- claimcheck-disable-paragraph -->', 'x', '<!-- claimcheck-disabled -->', 'y'), []],
    ['the bare name is not a Markdown directive', md('claimcheck-disable-line', 'x'), []],
  ])('%s', (_name, text, lines) => {
    expect(covered(text, true)).toEqual(lines);
  });

  it('returns each directive with its line and range', () => {
    const text = md(
      '<!-- claimcheck-disable-next-line -->', // 1
      'a', // 2
      'b <!-- claimcheck-disable-line -->', // 3
      '<!-- claimcheck-disable -->', // 4
      'c', // 5
      '<!-- claimcheck-disable -->', // 6: nested, covers nothing
      '<!-- claimcheck-enable -->', // 7
      '<!-- claimcheck-enable -->', // 8: stray
      '<!-- claimcheck-disable-next-line -->', // 9: nothing after it
      '',
    );
    expect(findDirectives(text, true)).toEqual<Directive[]>([
      { kind: 'disable-next-line', line: 1, from: 2, to: 2 },
      { kind: 'disable-line', line: 3, from: 3, to: 3 },
      { kind: 'disable', line: 4, from: 4, to: 7 },
      { kind: 'disable', line: 6, from: 7, to: 6 },
      { kind: 'enable', line: 8, from: 9, to: 8 },
      { kind: 'disable-next-line', line: 9, from: 10, to: 9 },
    ]);
  });
});

describe('findDirectives (plain text)', () => {
  it.each<[string, string, number[]]>([
    ['same line', md('a', 'It cost $5 million. # claimcheck-disable-line', 'b'), [2]],
    ['next line', md('claimcheck-disable-next-line', 'It cost $5 million.', 'b'), [2]],
    ['next non-empty line', md('// claimcheck-disable-next-line', '', 'It cost $5 million.'), [3]],
    ['block', md('claimcheck-disable', 'a', 'claimcheck-enable', 'b'), [1, 2, 3]],
    ['HTML comment form works too', md('x <!-- claimcheck-disable-line -->', 'y'), [1]],
    ['whole words only', md('claimcheck-disable-lines', 'xclaimcheck-disable-line', 'claimcheck-disable-line2'), []],
    ['CRLF', 'a\r\nb claimcheck-disable-line\r\nc', [2]],
    ['fences are text', md('```', 'claimcheck-disable-line', '```'), [2]],
  ])('%s', (_name, text, lines) => {
    expect(covered(text, false)).toEqual(lines);
  });
});

describe('applyDirectives', () => {
  const text = md(
    'It cost $5 million.', // 1
    '<!-- claimcheck-disable-next-line -->', // 2
    'It took 2 months and 300 staff.', // 3
    '<!-- claimcheck-disable-next-line -->', // 4
    'No figures here.', // 5
    'Revenue was $9 billion. <!-- claimcheck-disable-line -->', // 6
    '<!-- claimcheck-disable -->', // 7
    'Margins were 40%.', // 8
    '<!-- claimcheck-enable -->', // 9
    'Costs rose 5%.', // 10
  );
  const claims = [
    { id: 'a', line: 1 },
    { id: 'b', line: 3 },
    { id: 'c', line: 3 },
    { id: 'd', line: 6 },
    { id: 'e', line: 8 },
    { id: 'f', line: 10 },
  ];

  it('keeps uncovered claims, counts the rest and lists unused directives', () => {
    const result = applyDirectives(claims, findDirectives(text, true));
    expect(result.kept).toEqual([claims[0], claims[5]]);
    expect(result.suppressedCount).toBe(4);
    expect(result.unused).toEqual([{ kind: 'disable-next-line', line: 4, from: 5, to: 5 }]);
    expect(result.unused.map((d) => unusedDirectiveMessage('docs/draft.md', d))).toEqual(['docs/draft.md:4: unused claimcheck-disable-next-line directive']);
  });

  it('keeps the claim type and order', () => {
    const typed = [{ line: 3, verdict: 'supported' as const }, { line: 1, verdict: 'contradicted' as const }];
    const result = applyDirectives(typed, findDirectives(text, true));
    expect(result.kept).toEqual([{ line: 1, verdict: 'contradicted' }]);
    expect(result.kept[0]?.verdict).toBe('contradicted');
  });

  it('reports every directive as unused when there are no claims', () => {
    expect(applyDirectives([], findDirectives(text, true)).unused.map((d) => [d.kind, d.line])).toEqual([
      ['disable-next-line', 2],
      ['disable-next-line', 4],
      ['disable-line', 6],
      ['disable', 7],
    ]);
  });

  it('with no directives keeps everything', () => {
    expect(applyDirectives(claims, [])).toEqual({ kept: claims, suppressedCount: 0, unused: [] });
  });
});
