// Every output format by name: a pure function from the report (and options) to text. Adding a
// format is one entry here and one name in FORMATS.
import type { Format, Formatter } from './types.js';
import { formatTable } from './table.js';
import { formatStylish } from './stylish.js';
import { formatJson, formatJsonl } from './json.js';
import { formatSarif } from './sarif.js';
import { formatGithub } from './github.js';
import { formatJunit } from './junit.js';
import { formatMarkdown } from './markdown.js';
import { formatHtml } from './html/index.js';

export const FORMATTERS: Record<Format, Formatter> = {
  stylish: formatStylish,
  table: formatTable,
  json: formatJson,
  jsonl: formatJsonl,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
  markdown: formatMarkdown,
  html: formatHtml,
};
