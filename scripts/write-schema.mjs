#!/usr/bin/env node
// Writes schema/report.schema.json and schema/config.schema.json from the zod schemas (run
// `npm run build` first).
import fs from 'node:fs';
import { reportJsonSchema } from '../dist/json-schema.js';
import { configJsonSchema } from '../dist/config/schema.js';

fs.mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../schema/report.schema.json', import.meta.url), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
fs.writeFileSync(new URL('../schema/config.schema.json', import.meta.url), `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
