// The page's script and style sheet, kept as data files and read once. The script's parts share one
// function scope, in this order.
import fs from 'node:fs';

const SCRIPT_PARTS = ['common.js', 'document.js', 'matrix.js', 'main.js'];

let cached: { script: string; style: string } | undefined;

export function pageAssets(): { script: string; style: string } {
  if (!cached) {
    const read = (name: string) => fs.readFileSync(new URL(`../../../data/html/${name}`, import.meta.url), 'utf8');
    const script = `(async () => {\n'use strict';\n${SCRIPT_PARTS.map(read).join('\n')}\n})();\n`;
    cached = { script, style: read('style.css') };
  }
  return cached;
}
