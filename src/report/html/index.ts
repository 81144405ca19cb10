// `--format html`: one self-contained page, a draft beside its evidence and a story matrix.
import type { Formatter } from '../types.js';
import { readContext } from './context.js';
import { renderPage } from './page.js';

/** Reads the source sentences the evidence points to, then renders the page. */
export const formatHtml: Formatter = (report, options) => renderPage(report, readContext(report, options.cwd));
