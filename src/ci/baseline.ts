// Baselines: a record of known findings, so a run fails only on new ones.
//
// A finding's fingerprint comes from its file (as given, with forward slashes), its claim text
// (lowercase, whitespace collapsed) and its quantity's value and unit. Line numbers are left out,
// so editing text above a finding does not make it new. Two identical claims in one file share a
// fingerprint; the baseline then lists it twice and covers two claims.
import crypto from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { VerdictSchema, type Verdict } from '../schema.js';
import { parseJson } from '../config/load.js';

export interface Fingerprintable {
  file: string;
  text: string;
  quantity: { value: number; unit: string };
  verdict?: Verdict | undefined;
}

export const BaselineFindingSchema = z.strictObject({
  fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
  file: z.string(),
  text: z.string(),
  verdict: VerdictSchema.optional(),
});

export const BaselineSchema = z.strictObject({
  version: z.literal(1),
  findings: z.array(BaselineFindingSchema),
});

export type BaselineFinding = z.infer<typeof BaselineFindingSchema>;
export type Baseline = z.infer<typeof BaselineSchema>;

/** The file as it goes into a fingerprint: forward slashes, no leading "./". */
export function normalizeFile(file: string): string {
  return file.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

/** Claim text as it goes into a fingerprint: lowercase, whitespace runs as one space, trimmed. */
export function normalizeText(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** A stable 16-hex-digit id for a claim, independent of where in its file it sits. */
export function fingerprint(claim: Fingerprintable): string {
  const key = JSON.stringify([normalizeFile(claim.file), normalizeText(claim.text), claim.quantity.value, claim.quantity.unit]);
  return crypto.createHash('sha256').update(key).digest('hex').slice(0, 16);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The baseline for `claims`, sorted by file, text and fingerprint. */
export function toBaseline(claims: readonly Fingerprintable[]): Baseline {
  const findings: BaselineFinding[] = claims.map((c) => {
    const f: BaselineFinding = { fingerprint: fingerprint(c), file: normalizeFile(c.file), text: c.text };
    if (c.verdict) f.verdict = c.verdict;
    return f;
  });
  findings.sort((a, b) => compare(a.file, b.file) || compare(a.text, b.text) || compare(a.fingerprint, b.fingerprint) || compare(a.verdict ?? '', b.verdict ?? ''));
  return { version: 1, findings };
}

/** The baseline file's text: two-space JSON and a final newline, the same for the same findings. */
export function serializeBaseline(baseline: Baseline): string {
  const findings = baseline.findings.map((f) => {
    const out: BaselineFinding = { fingerprint: f.fingerprint, file: f.file, text: f.text };
    if (f.verdict) out.verdict = f.verdict;
    return out;
  });
  return `${JSON.stringify({ version: 1, findings }, null, 2)}\n`;
}

/** Writes the findings of `claims` to `file`. Pass the claims that count as findings. */
export function writeBaseline(file: string, claims: readonly Fingerprintable[]): Baseline {
  const baseline = toBaseline(claims);
  try {
    fs.writeFileSync(file, serializeBaseline(baseline));
  } catch (e) {
    throw new UsageError(`${file}: cannot write baseline (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return baseline;
}

/** Reads and validates a baseline file; any problem is a UsageError naming the file. */
export function readBaseline(file: string): Baseline {
  let raw: string;
  try {
    raw = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UsageError(`${file}: no such baseline file (record one with --update-baseline)`);
    throw new UsageError(`${file}: cannot read baseline (${code === 'EACCES' ? 'permission denied' : (code ?? 'read error')})`);
  }
  const parsed = parseJson(raw, file);
  const result = BaselineSchema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const where = issue.path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('').replace(/^\./, '');
    throw new UsageError(`${file}: not a baseline file: ${where ? `${where}: ` : ''}${issue.message.charAt(0).toLowerCase()}${issue.message.slice(1)}`);
  }
  return result.data;
}

/** The claims not covered by the baseline. Each baseline entry covers at most one claim. */
export function filterNew<T extends Fingerprintable>(claims: readonly T[], baseline: Baseline): T[] {
  const remaining = new Map<string, number>();
  for (const f of baseline.findings) remaining.set(f.fingerprint, (remaining.get(f.fingerprint) ?? 0) + 1);
  const out: T[] = [];
  for (const claim of claims) {
    const fp = fingerprint(claim);
    const left = remaining.get(fp) ?? 0;
    if (left > 0) remaining.set(fp, left - 1);
    else out.push(claim);
  }
  return out;
}

/** Baseline entries that no current claim matches: fixed or rewritten findings. Each entry covers at most one claim. */
export function staleEntries(claims: readonly Fingerprintable[], baseline: Baseline): BaselineFinding[] {
  const counts = new Map<string, number>();
  for (const claim of claims) {
    const fp = fingerprint(claim);
    counts.set(fp, (counts.get(fp) ?? 0) + 1);
  }
  const stale: BaselineFinding[] = [];
  for (const f of baseline.findings) {
    const left = counts.get(f.fingerprint) ?? 0;
    if (left > 0) counts.set(f.fingerprint, left - 1);
    else stale.push(f);
  }
  return stale;
}

/** The baseline without `stale` entries, written back to `file`. */
export function pruneBaseline(file: string, baseline: Baseline, stale: readonly BaselineFinding[]): Baseline {
  const drop = new Set(stale);
  const pruned: Baseline = { version: 1, findings: baseline.findings.filter((f) => !drop.has(f)) };
  try {
    fs.writeFileSync(file, serializeBaseline(pruned));
  } catch (e) {
    throw new UsageError(`${file}: cannot write baseline (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return pruned;
}
