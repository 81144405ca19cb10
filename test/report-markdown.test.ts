import { describe, expect, it } from 'vitest';
import { severityMap, type SeverityMap } from '../src/report/severity.js';
import { formatMarkdown, mdText } from '../src/report/markdown.js';
import type { FailOn } from '../src/report/types.js';
import { checked, claim, evidence, options, report, sampleReport } from './helpers/sample-report.js';

/** Cell separators of a table row: pipes that no backslash escapes. */
const separators = (row: string) => row.match(/(?<!\\)\|/g)?.length ?? 0;

describe('formatMarkdown', () => {
  it('writes a pull-request comment', () => {
    const r = sampleReport();
    r.errors.push({ file: 'docs/gone.md', severity: 'error', message: 'cannot read <file>' });
    expect(formatMarkdown(r, options())).toBe(
      [
        '## claimcheck',
        '',
        '4 claims checked: 1 contradicted, 1 disputed, 1 unverified, 1 supported.',
        '',
        '| Verdict | Claim | Location | Evidence |',
        '| --- | --- | --- | --- |',
        '| contradicted | "&#36;7 million" (7000000 USD) | docs/draft.md:1:10 | disagrees: sources/a.txt:3 "&#36;5.6 million"<br>disagrees: sources/b.txt:8 "&#36;5.5 million" |',
        '| disputed | "45%" (45%) | docs/release notes.md:4:3 | disagrees: sources/c d.txt:9 "40%"<br>supports: sources/b.txt:2 "45 percent" |',
        '| unverified | "1,200 engineers" (1200) | docs/draft.md:7:12 | none |',
        '',
        '- error: docs/gone.md: cannot read &lt;file&gt;',
        '',
      ].join('\n'),
    );
  });

  it.each<[string, SeverityMap, string]>([
    ['quiet', severityMap(undefined, true), 'No contradicted claims.'],
    ['unverified off', severityMap({ unverified: 'off' }), 'No contradicted or disputed claims.'],
    ['default', severityMap(undefined), 'No contradicted, disputed or unverified claims.'],
    ['all off', severityMap({ contradicted: 'off', disputed: 'off', unverified: 'off' }), 'No problems to show.'],
  ])('with the severity mapping "%s" says %j when nothing is shown', (_name, severity, line) => {
    const r = report([checked('supported'), checked('supported', { id: 'c2' })]);
    expect(formatMarkdown(r, options({ severity }))).toBe(
      `## claimcheck\n\n2 claims checked: 0 contradicted, 0 disputed, 0 unverified, 2 supported.\n\n${line}\n`,
    );
  });

  it('lists only the findings whose severity is not off', () => {
    const rows = formatMarkdown(sampleReport(), options({ failOn: 'never', severity: severityMap({ unverified: 'off' }) }))
      .split('\n')
      .filter((line) => /^\| (contradicted|disputed|unverified|supported) /.test(line));
    expect(rows.map((row) => row.split(' ')[1])).toEqual(['contradicted', 'disputed']);
  });

  it('summarizes an extract report', () => {
    expect(formatMarkdown(report([claim()]), options())).toBe(
      '## claimcheck\n\n1 claim extracted, none checked.\n\nNothing was checked.\n',
    );
  });

  it('computes the summary when the report has none', () => {
    const r = sampleReport();
    delete r.summary;
    expect(formatMarkdown(r, options())).toContain('4 claims checked: 1 contradicted, 1 disputed, 1 unverified, 1 supported.');
  });

  it('shows at most three sources of each kind', () => {
    const many = (n: number, text: string) => Array.from({ length: n }, (_, i) => evidence({ line: i + 1, text }));
    const r = report([checked('disputed', { disagrees: many(5, 'no'), supports: many(4, 'yes'), disagreeCount: 6 })]);
    const row = formatMarkdown(r, options()).split('\n').find((line) => line.startsWith('| disputed'));
    expect(row?.split(' | ')[3]?.replace(/ \|$/, '').split('<br>')).toEqual([
      'disagrees: sources/a.txt:1 "no"',
      'disagrees: sources/a.txt:2 "no"',
      'disagrees: sources/a.txt:3 "no"',
      '3 more disagrees',
      'supports: sources/a.txt:1 "yes"',
      'supports: sources/a.txt:2 "yes"',
      'supports: sources/a.txt:3 "yes"',
      '1 more supports',
    ]);
  });

  it.each([
    ['a | b', 'a \\| b'],
    ['line\nbreak\r\nand\u2028more', 'line break and more'],
    ['<img src=x onerror=alert(1)>', '&lt;img src=x onerror=alert(1)&gt;'],
    ['&lt; already', '&amp;lt; already'],
    ['*bold* _em_ `code` ~~s~~ [link](x)', '\\*bold\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~ \\[link\\](x)'],
    ['back\\slash\\|pipe', 'back\\\\slash\\\\\\|pipe'],
    ['$5 and $6', '&#36;5 and &#36;6'],
  ])('escapes %j as %j', (input, output) => {
    expect(mdText(input)).toBe(output);
  });

  it('keeps hostile text inside its cells', () => {
    const hostile = 'x | y\n| --- |\n<script>alert(1)</script> \\| z';
    const r = report([
      checked('contradicted', { file: `docs/${hostile}.md`, text: hostile, disagrees: [evidence({ file: hostile, text: hostile })] }),
    ]);
    const out = formatMarkdown(r, options());
    expect(out).not.toMatch(/<script|<\/script/);
    const rows = out.split('\n').filter((line) => line.startsWith('| contradicted'));
    expect(rows).toHaveLength(1);
    expect(separators(rows[0] ?? '')).toBe(5);
  });
});
