// The report's JSON Schema, generated from the zod schemas (schema/report.schema.json holds a copy).
import { z } from 'zod';
import { ReportSchema } from './schema.js';

export function reportJsonSchema(): Record<string, unknown> {
  return {
    ...(z.toJSONSchema(ReportSchema, { target: 'draft-2020-12' }) as Record<string, unknown>),
    $id: 'https://github.com/claimcheck/claimcheck/schema/report.schema.json',
    title: 'claimcheck report',
  };
}
