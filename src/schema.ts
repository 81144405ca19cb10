// The data that crosses the tool's boundary: the JSON report of `extract` and `check`.
// Every formatter reads a `Report`; every consumer can validate against these schemas.
import { z } from 'zod';

export const KINDS = ['count', 'money', 'percent', 'quantity', 'year', 'date', 'ratio'] as const;
export const QUALIFIERS = ['exact', 'approx', 'gt', 'gte', 'lt', 'lte', 'range'] as const;
export const VERDICTS = ['supported', 'contradicted', 'disputed', 'unverified'] as const;

export const KindSchema = z.enum(KINDS);
export const QualifierSchema = z.enum(QUALIFIERS);
export const VerdictSchema = z.enum(VERDICTS);

export const QuantitySchema = z.object({
  /** The stated value in base units (m, kg, W, J, B, m2, m3, m/s, s, degC), whole currency units, % or a count. */
  value: z.number(),
  /** ISO 4217 code for money, `%` for percentages, `pp` for percentage points, a base-unit symbol, or count/ratio/year/date. */
  unit: z.string(),
  /** ISO 4217 code, for money only. */
  currency: z.string().optional(),
  /** Lower bound of the interval the text allows; null when unbounded. */
  low: z.number().nullable(),
  /** Upper bound of the interval the text allows; null when unbounded. */
  high: z.number().nullable(),
  qualifier: QualifierSchema,
  /** The unit as written, e.g. "miles", "GW", "bn". */
  originalUnit: z.string().optional(),
  /** True when the currency was inferred from a bare symbol such as "$". */
  currencyAssumed: z.boolean().optional(),
});

export const MeasureSchema = z.object({
  /** The counted or measured thing as written, e.g. "researchers and engineers". */
  noun: z.string(),
  /** Its normalized head lemma, e.g. "researcher". */
  lemma: z.string(),
  /** Words that narrow it, e.g. ["nvidia", "h800"]. */
  modifiers: z.array(z.string()),
  /** The noun a compound adjective describes: "cluster" in "10,000-chip cluster". */
  head: z.string().optional(),
  /** The common noun doing what a verb measure says: "site" in "the site covers 120 hectares". */
  doer: z.string().optional(),
  /** The noun is not at the figure but taken from the count before it: "22 satellites … its fleet to 412". */
  elided: z.boolean().optional(),
});

export const EvidenceSchema = z.object({
  file: z.string(),
  line: z.number().int(),
  column: z.number().int(),
  text: z.string(),
  value: z.number(),
  unit: z.string(),
  /** How confident the pairing is, 0..1 (with --explain). */
  score: z.number().optional(),
  /** Why the two claims were paired (with --explain). */
  reason: z.string().optional(),
  /** True when the evidence comes from a facts file. */
  fact: z.boolean().optional(),
});

export const ClaimSchema = z.object({
  id: z.string(),
  file: z.string(),
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
  sentence: z.string(),
  kind: KindSchema,
  quantity: QuantitySchema,
  measure: MeasureSchema.nullable(),
  subject: z.string().nullable(),
  /** A pronoun or description that stands for an unnamed subject: "the company", "its". */
  reference: z.string().optional(),
  // Present after `check`.
  verdict: VerdictSchema.optional(),
  supports: z.array(EvidenceSchema).optional(),
  disagrees: z.array(EvidenceSchema).optional(),
  supportCount: z.number().int().optional(),
  disagreeCount: z.number().int().optional(),
  /** With --explain, for an unverified claim: the closest source figure, its reason saying what kept them apart. */
  nearest: EvidenceSchema.optional(),
});

export const FileErrorSchema = z.object({
  file: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
});

export const SummarySchema = z.object({
  claims: z.number().int(),
  supported: z.number().int(),
  contradicted: z.number().int(),
  disputed: z.number().int(),
  unverified: z.number().int(),
});

export const ReportSchema = z.object({
  version: z.literal(1),
  tool: z.object({ name: z.literal('claimcheck'), version: z.string() }),
  command: z.enum(['extract', 'check']),
  claims: z.array(ClaimSchema),
  summary: SummarySchema.optional(),
  errors: z.array(FileErrorSchema),
});

export type Kind = z.infer<typeof KindSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type Verdict = z.infer<typeof VerdictSchema>;
export type Quantity = z.infer<typeof QuantitySchema>;
export type Measure = z.infer<typeof MeasureSchema>;
export type Evidence = z.infer<typeof EvidenceSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type FileError = z.infer<typeof FileErrorSchema>;
export type Summary = z.infer<typeof SummarySchema>;
export type Report = z.infer<typeof ReportSchema>;
