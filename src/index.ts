// The library: `import { extract, check } from 'claimcheck'`.
export { extract, extractText, extractClaims, check, checkStream, checkTexts, type TextInput, type ExtractOptions, type CheckOptions } from './api.js';
export * from './schema.js';
export { run, type CliIO } from './cli/run.js';
export { ClaimcheckError, UsageError } from './errors.js';
export { reportJsonSchema } from './json-schema.js';
