// Small builders for reports used by the formatter tests.
import type { Claim, Evidence, Report, Verdict } from '../../src/schema.js';
import type { FormatOptions } from '../../src/report/types.js';

export const CWD = '/repo';

export function options(overrides: Partial<FormatOptions> = {}): FormatOptions {
  return { color: false, cwd: CWD, failOn: 'unverified', explain: false, ...overrides };
}

export function evidence(overrides: Partial<Evidence> = {}): Evidence {
  return {
    file: 'sources/a.txt',
    line: 3,
    column: 5,
    text: '$5.6 million',
    value: 5_600_000,
    unit: 'USD',
    score: 0.9,
    reason: 'same subject',
    ...overrides,
  };
}

/** A money claim `$7 million` at docs/draft.md:1:10; columns are 1-based, endColumn one past the end. */
export function claim(overrides: Partial<Claim> = {}): Claim {
  const text = overrides.text ?? '$7 million';
  const line = overrides.line ?? 1;
  const column = overrides.column ?? 10;
  return {
    id: 'c1',
    file: 'docs/draft.md',
    line,
    column,
    endLine: line,
    endColumn: column + text.length,
    start: column - 1,
    end: column - 1 + text.length,
    text,
    sentence: `It cost ${text} to train.`,
    kind: 'money',
    quantity: {
      value: 7_000_000,
      unit: 'USD',
      currency: 'USD',
      low: 7_000_000,
      high: 7_000_000,
      qualifier: 'exact',
    },
    measure: null,
    subject: 'training cost',
    ...overrides,
  };
}

/** A checked claim with the given verdict and evidence. */
export function checked(verdict: Verdict, overrides: Partial<Claim> = {}): Claim {
  const supports = overrides.supports ?? [];
  const disagrees = overrides.disagrees ?? [];
  return claim({
    verdict,
    supports,
    disagrees,
    supportCount: supports.length,
    disagreeCount: disagrees.length,
    ...overrides,
  });
}

export function report(claims: Claim[], overrides: Partial<Report> = {}): Report {
  const count = (v: Verdict) => claims.filter((c) => c.verdict === v).length;
  const isCheck = claims.some((c) => c.verdict !== undefined);
  return {
    version: 1,
    tool: { name: 'claimcheck', version: '0.1.0' },
    command: isCheck ? 'check' : 'extract',
    claims,
    ...(isCheck
      ? {
          summary: {
            claims: claims.length,
            supported: count('supported'),
            contradicted: count('contradicted'),
            disputed: count('disputed'),
            unverified: count('unverified'),
          },
        }
      : {}),
    errors: [],
    ...overrides,
  };
}

/** One claim of every verdict, with evidence, one of them in a file whose name has a space. */
export function sampleReport(): Report {
  return report([
    checked('contradicted', {
      id: 'c1',
      disagrees: [
        evidence({ file: 'sources/a.txt', line: 3, column: 5, text: '$5.6 million' }),
        evidence({ file: 'sources/b.txt', line: 8, column: 1, text: '$5.5 million', value: 5_500_000 }),
      ],
    }),
    checked('supported', {
      id: 'c2',
      line: 2,
      column: 1,
      text: '2,000 GPUs',
      kind: 'count',
      quantity: { value: 2000, unit: 'count', low: 2000, high: 2000, qualifier: 'exact' },
      supports: [evidence({ file: 'sources/a.txt', line: 4, column: 1, text: '2,000 GPUs', value: 2000, unit: 'count' })],
    }),
    checked('disputed', {
      id: 'c3',
      file: 'docs/release notes.md',
      line: 4,
      column: 3,
      text: '45%',
      kind: 'percent',
      quantity: { value: 45, unit: '%', low: 45, high: 45, qualifier: 'exact' },
      supports: [evidence({ file: 'sources/b.txt', line: 2, column: 7, text: '45 percent', value: 45, unit: '%' })],
      disagrees: [evidence({ file: 'sources/c d.txt', line: 9, column: 2, text: '40%', value: 40, unit: '%' })],
    }),
    checked('unverified', {
      id: 'c4',
      line: 7,
      column: 12,
      text: '1,200 engineers',
      kind: 'count',
      quantity: { value: 1200, unit: 'count', low: 1200, high: 1200, qualifier: 'exact' },
    }),
  ]);
}
