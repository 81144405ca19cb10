import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reportJsonSchema } from '../src/json-schema.js';
import { configJsonSchema } from '../src/config/schema.js';

describe('schema/report.schema.json', () => {
  it('matches the zod schemas it is generated from (run `npm run schema` after changing them)', () => {
    const onDisk = JSON.parse(fs.readFileSync(new URL('../schema/report.schema.json', import.meta.url), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(reportJsonSchema())));
  });

  it('requires the fields other tools build on', () => {
    const schema = reportJsonSchema() as { required: string[]; properties: { claims: { items: { required: string[]; properties: { quantity: { required: string[] } } } } } };
    expect(schema.required).toEqual(expect.arrayContaining(['version', 'claims', 'errors']));
    const claim = schema.properties.claims.items;
    expect(claim.required).toEqual(expect.arrayContaining(['file', 'line', 'column', 'text', 'kind', 'quantity']));
    expect(claim.properties.quantity.required).toEqual(expect.arrayContaining(['value', 'unit', 'low', 'high', 'qualifier']));
  });
});

describe('schema/config.schema.json', () => {
  it('matches the config schema it is generated from (run `npm run schema` after changing it)', () => {
    const onDisk = JSON.parse(fs.readFileSync(new URL('../schema/config.schema.json', import.meta.url), 'utf8'));
    expect(onDisk).toEqual(JSON.parse(JSON.stringify(configJsonSchema())));
  });
});
