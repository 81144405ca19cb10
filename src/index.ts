// The library: `import { extract, check } from 'claimcheck'`.
export { extract, extractText, extractClaims, type ExtractOptions } from './api.js';
export * from './schema.js';
export { run, type CliIO } from './cli/run.js';
export { ClaimcheckError, UsageError } from './errors.js';
