#!/usr/bin/env node
// Writes schema/report.schema.json from the zod schemas (run `npm run build` first).
import fs from 'node:fs';
import { reportJsonSchema } from '../dist/json-schema.js';

fs.mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
fs.writeFileSync(new URL('../schema/report.schema.json', import.meta.url), `${JSON.stringify(reportJsonSchema(), null, 2)}\n`);
