import { describe, expect, it } from 'vitest';
import { severityMap, type SeverityMap } from '../src/report/severity.js';
import { escapeData, escapeProperty, formatGithub } from '../src/report/github.js';
import type { FailOn } from '../src/report/types.js';
import { checked, claim, evidence, options, report, sampleReport } from './helpers/sample-report.js';

/** Splits a workflow command line the way the Actions runner does and undoes its escapes. */
function parse(line: string) {
  const match = /^::(\w+) ([^:]*)::(.*)$/s.exec(line);
  if (!match) throw new Error(`not a workflow command: ${JSON.stringify(line)}`);
  const [, name, props = '', data = ''] = match;
  const unescape = (s: string) =>
    s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    props.split(',').map((pair) => {
      const eq = pair.indexOf('=');
      return [pair.slice(0, eq), unescape(pair.slice(eq + 1))];
    }),
  );
  return { name, properties, message: data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%') };
}

/** Every way a runner might break a line. */
const ANY_LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;

describe('formatGithub', () => {
  it('writes one annotation per finding', () => {
    expect(formatGithub(sampleReport(), options())).toBe(
      [
        '::error file=docs/draft.md,line=1,col=10,endLine=1,endColumn=20,title=Contradicted claim::' +
          '"$7 million" (7000000 USD) is contradicted by 2 sources: sources/a.txt:3 "$5.6 million"; sources/b.txt:8 "$5.5 million"',
        '::warning file=docs/release notes.md,line=4,col=3,endLine=4,endColumn=6,title=Disputed claim::' +
          '"45%25" (45%25) is disputed: 1 source disagrees (sources/c d.txt:9 "40%25"), 1 source supports (sources/b.txt:2 "45 percent")',
        '::notice file=docs/draft.md,line=7,col=12,endLine=7,endColumn=27,title=Unverified claim::' +
          '"1,200 engineers" (1200) is unverified: no source states a comparable value',
        '',
      ].join('\n'),
    );
  });

  it.each<[FailOn, string[]]>([
    ['contradicted', ['error', 'warning', 'notice']],
    ['disputed', ['error', 'warning', 'notice']],
    ['never', ['error', 'warning', 'notice']],
  ])('at fail-on %s still emits %j: what fails does not decide what is shown', (failOn, names) => {
    const lines = formatGithub(sampleReport(), options({ failOn })).split('\n').slice(0, -1);
    expect(lines.map((line) => parse(line).name)).toEqual(names);
  });

  it.each<[string, SeverityMap, string[]]>([
    ['quiet', severityMap(undefined, true), ['error']],
    ['disputed as error, unverified off', severityMap({ disputed: 'error', unverified: 'off' }), ['error', 'error']],
    ['all notes', severityMap({ contradicted: 'note', disputed: 'note' }), ['notice', 'notice', 'notice']],
  ])('with the severity mapping "%s" emits %j', (_name, severity, names) => {
    const lines = formatGithub(sampleReport(), options({ severity })).split('\n').slice(0, -1);
    expect(lines.map((line) => parse(line).name)).toEqual(names);
  });

  it('lists three sources and counts the rest', () => {
    const disagrees = [1, 2, 3, 4].map((line) => evidence({ line, text: `$${line}m` }));
    const out = formatGithub(report([checked('contradicted', { disagrees, disagreeCount: 5 })]), options());
    expect(parse(out.trimEnd()).message).toBe(
      '"$7 million" (7000000 USD) is contradicted by 5 sources: ' +
        'sources/a.txt:1 "$1m"; sources/a.txt:2 "$2m"; sources/a.txt:3 "$3m"; 2 more',
    );
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatGithub(report([claim()]), options())).toBe('');
    expect(formatGithub(report([checked('supported')]), options())).toBe('');
  });

  it('turns file errors into annotations too', () => {
    const r = report([], { errors: [{ file: '/repo/docs/a,b.md', severity: 'warning', message: 'empty: skipped' }] });
    expect(formatGithub(r, options())).toBe('::warning file=docs/a%2Cb.md,title=claimcheck::empty: skipped\n');
  });

  it.each([
    ['plain', 'plain', 'plain'],
    ['100%', '100%25', '100%25'],
    ['a\r\nb', 'a%0D%0Ab', 'a%0D%0Ab'],
    ['k: v, w', 'k: v, w', 'k%3A v%2C w'],
    ['%0A::x', '%250A::x', '%250A%3A%3Ax'],
    ['a\u2028b\u2029c\u0085d\ve\ff', 'a b c d e f', 'a b c d e f'],
  ])('escapes %j as data %j and property %j', (input, data, property) => {
    expect(escapeData(input)).toBe(data);
    expect(escapeProperty(input)).toBe(property);
  });

  describe('hostile document text and file names', () => {
    const hostile = [
      '%0A::set-env name=X::1',
      '\n::add-mask::x',
      '\r\n::error::boom',
      'a\u2028::warning::b',
      'a\u2029::notice::b',
      'x\u0085::debug::y\v::group::z\f::endgroup::',
      '\r::stop-commands::token',
    ];
    const neutral = (s: string) => s.replace(/[\v\f\u0085\u2028\u2029]/g, ' ');

    it.each(hostile)('cannot start a command with %j', (payload) => {
      const file = `docs/${payload}.md`;
      const r = report([
        checked('contradicted', { file, text: `$7${payload}`, disagrees: [evidence({ file: `src/${payload}`, text: payload })] }),
        checked('unverified', { id: 'c2', file, text: payload }),
        checked('disputed', { id: 'c3', text: payload, supports: [evidence()], disagrees: [evidence({ text: payload })] }),
      ]);
      const out = formatGithub(r, options());
      expect(out.endsWith('\n')).toBe(true);
      const lines = out.slice(0, -1).split(ANY_LINE_BREAK);
      expect(lines).toHaveLength(3);
      for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=/);

      const [first, second, third] = lines.map(parse);
      expect(first?.properties.file).toBe(neutral(file));
      expect(first?.properties.title).toBe('Contradicted claim');
      expect(first?.message).toBe(
        `"$7${neutral(payload)}" (7000000 USD) is contradicted by 1 source: src/${neutral(payload)}:3 "${neutral(payload)}"`,
      );
      expect(second?.properties.file).toBe(neutral(file));
      expect(second?.message).toBe(`"${neutral(payload)}" (7000000 USD) is unverified: no source states a comparable value`);
      expect(third?.message).toContain(`(sources/a.txt:3 "${neutral(payload)}")`);
    });
  });
});
