// JUnit XML: one test suite per checked file, one test case per checked claim.
import type { Claim, Evidence, FileError } from '../schema.js';
import { claimMessage, evidenceLabel, oneLine, relativePath } from './escape.js';
import { reachesLevel } from './verdict-rank.js';
import type { Formatter } from './types.js';

/** Characters XML 1.0 does not allow at all: C0 controls but TAB/LF/CR, lone surrogates, U+FFFE, U+FFFF. */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/gu;

/** Text content: `&`, `<`, `>` and CR escaped (a parser would turn CR into LF), characters illegal in XML removed. */
export function xmlText(text: string): string {
  return text.replace(ILLEGAL, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;').replace(/[\u0085\u2028\u2029]/g, (c) => `&#x${c.charCodeAt(0).toString(16)};`).replace(/##\[/g, '#&#35;[');
}

/** An attribute value: quotes escaped too, and TAB and LF encoded so attribute normalization keeps them. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

interface Suite {
  file: string;
  cases: string[];
  failures: number;
  errors: number;
}

function evidenceLines(claim: Claim, cwd: string): string {
  const line = (relation: string) => (e: Evidence) => `${relation}: ${evidenceLabel(e, cwd)}`;
  return [...(claim.disagrees ?? []).map(line('disagrees')), ...(claim.supports ?? []).map(line('supports'))].join('\n');
}

function testCase(claim: Claim, file: string, failed: boolean, cwd: string): string {
  const name = `${claim.line}:${claim.column} "${oneLine(claim.text)}"`;
  const open = `    <testcase name="${xmlAttr(name)}" classname="${xmlAttr(file)}">`;
  const message = claimMessage(claim, cwd);
  if (failed) {
    const body = evidenceLines(claim, cwd) || 'no source states a comparable value';
    const failure = `<failure message="${xmlAttr(message)}" type="${claim.verdict ?? ''}">${xmlText(body)}</failure>`;
    return `${open}\n      ${failure}\n    </testcase>`;
  }
  return `${open}\n      <system-out>${xmlText(`verdict: ${claim.verdict ?? ''}\n${message}`)}</system-out>\n    </testcase>`;
}

function errorCase(error: FileError, file: string): string {
  return (
    `    <testcase name="read file" classname="${xmlAttr(file)}">\n` +
    `      <error message="${xmlAttr(error.message)}" type="file-error"/>\n` +
    `    </testcase>`
  );
}

function suiteFor(suites: Map<string, Suite>, file: string): Suite {
  let suite = suites.get(file);
  if (suite === undefined) {
    suite = { file, cases: [], failures: 0, errors: 0 };
    suites.set(file, suite);
  }
  return suite;
}

export const formatJunit: Formatter = (report, options) => {
  const { cwd } = options;
  const suites = new Map<string, Suite>();
  for (const claim of report.claims) {
    if (claim.verdict === undefined) continue;
    const file = relativePath(claim.file, cwd);
    const suite = suiteFor(suites, file);
    const failed = reachesLevel(claim.verdict, options.failOn);
    if (failed) suite.failures += 1;
    suite.cases.push(testCase(claim, file, failed, cwd));
  }
  for (const error of report.errors) {
    if (error.severity !== 'error') continue;
    const file = relativePath(error.file, cwd);
    const suite = suiteFor(suites, file);
    suite.errors += 1;
    suite.cases.push(errorCase(error, file));
  }
  const all = [...suites.values()];
  const sum = (pick: (s: Suite) => number) => all.reduce((n, s) => n + pick(s), 0);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="claimcheck" tests="${sum((s) => s.cases.length)}" failures="${sum((s) => s.failures)}" errors="${sum((s) => s.errors)}">`,
  ];
  for (const s of all) {
    lines.push(
      `  <testsuite name="${xmlAttr(s.file)}" tests="${s.cases.length}" failures="${s.failures}" errors="${s.errors}" skipped="0">`,
      ...s.cases,
      '  </testsuite>',
    );
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
