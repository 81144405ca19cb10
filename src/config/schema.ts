// The config file's shape: `claimcheck.config.json`, `.claimcheckrc.json` or the "claimcheck" key of
// package.json. Unknown keys are errors, so a misspelt option is never silently ignored.
//
// Paths (`sources`, `facts`, `baseline`) are relative to the directory of the file that holds the
// config; `loadConfig` resolves them. `include` and `exclude` globs are matched against paths
// relative to that directory too (see `makeFileFilter`).
import { z } from 'zod';
import { FAIL_ON_LEVELS, FORMATS } from '../report/types.js';
import { SEVERITIES } from '../report/severity.js';

export { FAIL_ON_LEVELS };
/** The output formats a config may name: the command line's `--format` list. */
export const CONFIG_FORMATS = FORMATS;

const text = z.string().min(1);

/**
 * Parses an ignore pattern. A pattern written as `/body/flags` (e.g. `/as of \d{4}/i`) uses those
 * flags; anything else is the body of a case-sensitive regular expression. Throws a SyntaxError
 * when it does not compile.
 */
export function compilePattern(pattern: string): RegExp {
  const literal = /^\/(.+)\/([a-z]*)$/s.exec(pattern);
  if (literal) {
    // Global and sticky flags make `test` stateful; they mean nothing for a yes/no match.
    const flags = (literal[2] ?? '').replace(/[gy]/g, '');
    return new RegExp(literal[1] ?? '', flags);
  }
  return new RegExp(pattern);
}

const regexText = text.superRefine((value, ctx) => {
  try {
    compilePattern(value);
  } catch (e) {
    const reason = (e as Error).message.replace(/^Invalid regular expression: /, '').replace(/^\/.*\/[a-z]*: /s, '');
    ctx.addIssue({ code: 'custom', message: `expected a regular expression, got ${JSON.stringify(value)} (${reason})` });
  }
});

export const ToleranceConfigSchema = z.strictObject({
  /** Relative half-width of "about", "roughly": 0.1 = ±10%. */
  approx: z.number().min(0).lt(1).optional(),
});

export const ConfigSchema = z.strictObject({
  /** Lets editors find a JSON Schema; not used by the tool. */
  $schema: z.string().optional(),
  /** Sources that drafts are checked against: files, directories or globs. */
  sources: z.array(text).optional(),
  /** Globs of files to read; when given, files that match none of them are left out. */
  include: z.array(text).optional(),
  /** Globs of files to leave out. */
  exclude: z.array(text).optional(),
  /** The lowest verdict that fails a `check` run. */
  failOn: z.enum(FAIL_ON_LEVELS).optional(),
  format: z.enum(CONFIG_FORMATS).optional(),
  /** How each verdict is shown in every format: error, warning, note or off. */
  severity: z
    .strictObject({
      contradicted: z.enum(SEVERITIES).optional(),
      disputed: z.enum(SEVERITIES).optional(),
      unverified: z.enum(SEVERITIES).optional(),
    })
    .optional(),
  /** Keep extraction results in .claimcheckcache between runs. */
  cache: z.boolean().optional(),
  tolerance: ToleranceConfigSchema.optional(),
  /** Extra words that name the same measured thing, e.g. {"chip": ["accelerator card"]}. */
  synonyms: z.record(text, z.array(text)).optional(),
  /** Regular expressions; claims whose text or sentence matches one are dropped. */
  ignorePatterns: z.array(regexText).optional(),
  /** File extensions read in directories, e.g. [".md", ".txt"]. */
  extensions: z.array(text).optional(),
  /** Evidence listed per claim. */
  maxEvidence: z.int().min(0).optional(),
  /** A YAML or Markdown facts file. */
  facts: text.optional(),
  /** A baseline file of known findings. */
  baseline: text.optional(),
});

export type Config = z.infer<typeof ConfigSchema>;
export type FailOnLevel = (typeof FAIL_ON_LEVELS)[number];

/** The config's JSON Schema, for editors. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ConfigSchema) as Record<string, unknown>;
}

/**
 * One predicate from `ignorePatterns`: true for a claim whose text or sentence matches any of them.
 * The patterns must already be valid (the schema checks them).
 */
export function compileIgnorePatterns(patterns: readonly string[] | undefined): (claim: { text: string; sentence: string }) => boolean {
  const compiled = (patterns ?? []).map(compilePattern);
  if (compiled.length === 0) return () => false;
  return (claim) => compiled.some((re) => re.test(claim.text) || re.test(claim.sentence));
}

// ---------------------------------------------------------------------------------------------
// Turning zod issues into one readable line.

type Issue = z.core.$ZodIssue;
type Key = PropertyKey;

/** `failOn`, `tolerance.approx`, `sources[0]`, `synonyms["accelerator card"]`. */
export function formatKeyPath(path: readonly Key[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** A short description of a value for "got …". */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}

function valueAt(input: unknown, path: readonly Key[]): unknown {
  let v = input;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<Key, unknown>)[key];
  }
  return v;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function levenshtein(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const old = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = old;
    }
  }
  return row[b.length]!;
}

function closest(key: string, allowed: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  const same = allowed.find((k) => k.toLowerCase() === lower);
  if (same) return same;
  let best: string | undefined;
  let bestDistance = 3;
  for (const k of allowed) {
    const d = levenshtein(lower, k.toLowerCase());
    if (d < bestDistance) {
      best = k;
      bestDistance = d;
    }
  }
  return best;
}

/** The keys the schema allows for the object at `path`, when it is a fixed-shape object. */
function allowedKeys(schema: z.ZodType, path: readonly Key[]): string[] | undefined {
  let s: unknown = schema;
  const unwrap = () => {
    while (s instanceof z.ZodOptional || s instanceof z.ZodNullable || s instanceof z.ZodDefault) s = (s as z.ZodOptional).unwrap();
  };
  unwrap();
  for (const key of path) {
    if (!(s instanceof z.ZodObject)) return undefined;
    s = (s.shape as Record<string, unknown>)[String(key)];
    unwrap();
  }
  if (!(s instanceof z.ZodObject)) return undefined;
  return Object.keys(s.shape).filter((k) => k !== '$schema');
}

/** What one issue says, without its key path: "expected one of …, got …". */
export function describeIssue(issue: Issue, input: unknown, schema: z.ZodType = ConfigSchema): string {
  const value = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join('|')}, got ${describeValue(value)}`;
    case 'invalid_type': {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `expected ${expected}, got ${describeValue(value)}`;
    }
    case 'too_small':
      if (issue.origin === 'string') return `expected a non-empty string, got ${describeValue(value)}`;
      return `expected a number ${issue.inclusive === false ? '>' : '>='} ${String(issue.minimum)}, got ${describeValue(value)}`;
    case 'too_big':
      return `expected a number ${issue.inclusive === false ? '<' : '<='} ${String(issue.maximum)}, got ${describeValue(value)}`;
    case 'unrecognized_keys': {
      const allowed = allowedKeys(schema, issue.path) ?? [];
      const key = issue.keys[0] ?? '';
      const more = issue.keys.length > 1 ? ` and ${issue.keys.length - 1} more` : '';
      const hint = closest(key, allowed);
      const tail = hint ? `did you mean "${hint}"?` : `expected one of ${allowed.join(', ')}`;
      return `unknown key ${JSON.stringify(key)}${more} (${tail})`;
    }
    case 'custom':
      return issue.message;
    default:
      return issue.message.charAt(0).toLowerCase() + issue.message.slice(1);
  }
}

/**
 * One line for a failed parse: `FILE: KEY.PATH: what was expected, got what`, naming the first
 * problem and counting the rest. `prefix` is prepended to every key path (e.g. ["claimcheck"] for
 * package.json).
 */
export function formatIssues(fileLabel: string, issues: readonly Issue[], input: unknown, prefix: readonly Key[] = [], schema: z.ZodType = ConfigSchema): string {
  const first = issues[0];
  if (!first) return `${fileLabel}: invalid`;
  const keyPath = formatKeyPath([...prefix, ...first.path]);
  const rest = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return `${fileLabel}: ${keyPath ? `${keyPath}: ` : ''}${describeIssue(first, input, schema)}${rest}`;
}
