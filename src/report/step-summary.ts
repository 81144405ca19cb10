// The GitHub Actions job summary ($GITHUB_STEP_SUMMARY): counts, then a table of the problems, each
// linked to its line.
import type { Report } from '../schema.js';
import type { FormatOptions } from './types.js';
import { fromRoot } from './root.js';
import { claimMessage, relativePath } from './escape.js';
import { mdText } from './markdown.js';
import { DEFAULT_SEVERITY, severityCounts, shownFindings } from './severity.js';

/** Where a file's line is shown: `https://github.com/o/r/blob/SHA/docs/a.md#L3`, or none. */
export type LineLink = (file: string, line: number) => string | null;

/** Links from the Actions environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA). */
export function githubLineLink(env: Record<string, string | undefined>): LineLink {
  const server = env['GITHUB_SERVER_URL'] || 'https://github.com';
  const repo = env['GITHUB_REPOSITORY'];
  const sha = env['GITHUB_SHA'];
  if (!repo || !sha) return () => null;
  return (file, line) => `${server}/${repo}/blob/${sha}/${file.split('/').map(encodeURIComponent).join('/')}#L${line}`;
}

export function formatStepSummary(given: Report, options: FormatOptions, link: LineLink): string {
  const map = options.severity ?? DEFAULT_SEVERITY;
  const { report, cwd: root } = fromRoot(given, options);
  const counts = severityCounts(report.claims, map);
  const problems = counts.error + counts.warning + counts.note;
  const s = report.summary;
  const lines = ['## claimcheck', ''];
  lines.push(`**${problems} problem${problems === 1 ? '' : 's'}**: ${counts.error} error(s), ${counts.warning} warning(s), ${counts.note} note(s)`);
  if (s) {
    const files = options.run ? ` in ${options.run.files} file(s)` : '';
    const suppressed = options.run?.suppressed ? `, ${options.run.suppressed} suppressed` : '';
    lines.push('', `${s.claims} claim(s) checked${files}: ${s.supported} supported, ${s.contradicted} contradicted, ${s.disputed} disputed, ${s.unverified} unverified${suppressed}`);
  }
  const shown = shownFindings(report, map);
  if (shown.length) {
    lines.push('', '| Severity | Location | Problem |', '| --- | --- | --- |');
    for (const claim of shown) {
      const file = relativePath(claim.file, root);
      const where = `${mdText(file)}:${claim.line}`;
      const href = link(file, claim.line);
      lines.push(`| ${map[claim.verdict]} | ${href ? `[${where}](${href})` : where} | ${mdText(claimMessage(claim, root))} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
