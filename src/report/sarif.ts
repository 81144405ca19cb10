// SARIF 2.1.0 output, for code-scanning dashboards. One result per finding, in claim order.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Claim, Evidence, FileError } from '../schema.js';
import { claimMessage, FINDING_VERDICTS, formatQuantity, oneLine, relativePath } from './escape.js';
import type { FindingVerdict } from './escape.js';
import { jsonSafe } from './printable.js';
import type { Formatter } from './types.js';
import { fromRoot } from './root.js';
import { DEFAULT_SEVERITY, shownFindings, type SeverityMap } from './severity.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/claimcheck/claimcheck';
const SRCROOT = '%SRCROOT%';

type Level = 'error' | 'warning' | 'note' | 'none';
const level = (map: SeverityMap, verdict: FindingVerdict): Level => (map[verdict] === 'off' ? 'none' : map[verdict]);

interface RuleText {
  name: string;
  short: string;
  full: string;
  help: string;
}

const RULE_TEXT: Record<FindingVerdict, RuleText> = {
  contradicted: {
    name: 'ContradictedClaim',
    short: 'A numeric claim is contradicted by the sources.',
    full: 'The sources state a value for this claim that is incompatible with the value in the text, and none supports it.',
    help: 'Check the number against the sources listed with the result and correct the text or the sources.',
  },
  disputed: {
    name: 'DisputedClaim',
    short: 'The sources disagree about a numeric claim.',
    full: 'Some sources support the value in the text and others state an incompatible value.',
    help: 'Decide which source is authoritative and make the text say which figure it uses.',
  },
  unverified: {
    name: 'UnverifiedClaim',
    short: 'No source states a numeric claim.',
    full: 'No source mentions a comparable value for this claim, so it could not be checked.',
    help: 'Add a source that states the figure, or cite where it comes from.',
  },
};

function rule(verdict: FindingVerdict, map: SeverityMap) {
  const text = RULE_TEXT[verdict];
  return {
    id: `claimcheck/${verdict}`,
    name: text.name,
    shortDescription: { text: text.short },
    fullDescription: { text: text.full },
    help: { text: text.help, markdown: `**${text.short}** ${text.help}` },
    defaultConfiguration: { level: level(map, verdict) },
  };
}

/** A URI reference for `file`: relative to %SRCROOT% where possible, RFC 3986 encoded, slashes kept. */
function artifactLocation(file: string, cwd: string) {
  const rel = relativePath(file, cwd);
  if (path.isAbsolute(rel)) return { uri: pathToFileURL(rel).href }; // another drive: no relative form
  return { uri: rel.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** `cwd` as a file URL ending with a slash, as SARIF requires of a base URI. */
function baseUri(cwd: string): string {
  const href = pathToFileURL(path.resolve(cwd)).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function fingerprint(claim: Claim, cwd: string): string {
  const text = claim.text.trim().replace(/\s+/g, ' ').toLowerCase();
  const key = [relativePath(claim.file, cwd), text, claim.quantity.value, claim.quantity.unit].join('\u0000');
  return createHash('sha256').update(key).digest('hex').slice(0, 32);
}

function relatedLocation(evidence: Evidence, relation: 'supports' | 'disagrees', id: number, cwd: string) {
  return {
    id,
    physicalLocation: {
      artifactLocation: artifactLocation(evidence.file, cwd),
      region: { startLine: Math.max(1, evidence.line), startColumn: Math.max(1, evidence.column) },
    },
    message: { text: `${relation}: "${oneLine(evidence.text)}"` },
  };
}

function result(claim: Claim & { verdict: FindingVerdict }, cwd: string, map: SeverityMap) {
  const related = [
    ...(claim.disagrees ?? []).map((e) => [e, 'disagrees'] as const),
    ...(claim.supports ?? []).map((e) => [e, 'supports'] as const),
  ].map(([e, relation], i) => relatedLocation(e, relation, i + 1, cwd));
  return {
    ruleId: `claimcheck/${claim.verdict}`,
    ruleIndex: FINDING_VERDICTS.indexOf(claim.verdict),
    level: level(map, claim.verdict),
    message: { text: `${claimMessage(claim, cwd)}.` },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(claim.file, cwd),
          region: {
            startLine: claim.line,
            startColumn: claim.column,
            endLine: claim.endLine,
            endColumn: claim.endColumn,
            snippet: { text: claim.text },
          },
        },
      },
    ],
    ...(related.length > 0 ? { relatedLocations: related } : {}),
    partialFingerprints: { 'claimcheck/v1': fingerprint(claim, cwd) },
    properties: {
      verdict: claim.verdict,
      value: claim.quantity.value,
      unit: claim.quantity.unit,
      normalized: formatQuantity(claim.quantity),
    },
  };
}

/** A file the tool could not read or parse, as a tool execution notification. */
function notification(error: FileError, cwd: string) {
  return {
    level: error.severity,
    message: { text: oneLine(error.message) },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(error.file, cwd) } }],
  };
}

export const formatSarif: Formatter = (given, options) => {
  // Locations are relative to the repository root (%SRCROOT%), wherever the run started.
  const { report, cwd } = fromRoot(given, options);
  const map = options.severity ?? DEFAULT_SEVERITY;
  const log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'claimcheck',
            version: report.tool.version,
            informationUri: INFORMATION_URI,
            rules: FINDING_VERDICTS.map((verdict) => rule(verdict, map)),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...(report.errors.length > 0
              ? { toolExecutionNotifications: report.errors.map((e) => notification(e, cwd)) }
              : {}),
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: baseUri(cwd) } },
        columnKind: 'utf16CodeUnits',
        results: shownFindings(report, map).map((claim) => result(claim, cwd, map)),
      },
    ],
  };
  return `${jsonSafe(JSON.stringify(log, null, 2))}\n`;
};
