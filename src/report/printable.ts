// Text from documents and file names made safe to print on a terminal or a CI log: control
// characters are escaped, and nothing in it can start a CI runner's command.

/** C0 and C1 controls, DEL, and the line and paragraph separators. */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g;
const CONTROLS_BUT_CR_LF = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029]/g;
/** The Actions runner's old command syntax, `##[error]`, is honoured anywhere in a line. */
const OLD_COMMAND = /##\[/g;
/** A workflow command starts with `::` at the start of a line. */
const LEADING_COMMAND = /^::/;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeControl(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Breaks `##[` so no runner reads a command in it; `replacement` stands for the whole `##[`. */
export function breakOldCommands(text: string, replacement = '#\\x23['): string {
  return text.replace(OLD_COMMAND, replacement);
}

/**
 * One line of printable text: every control character is written as an escape (`\n`, `\r`, `\x1b`,
 * `\u2028`), `##[` becomes `#\x23[`, and a leading `::` becomes `\x3a:`. Used for every file name and
 * piece of document text printed to a terminal, in the table and markdown formats and on standard error.
 */
export function printable(text: string): string {
  return breakOldCommands(text.replace(CONTROLS, escapeControl)).replace(LEADING_COMMAND, '\\x3a:');
}

/** As `printable`, but CR and LF are kept for a format that encodes them itself. */
export function printableKeepingLineBreaks(text: string): string {
  return breakOldCommands(text.replace(CONTROLS_BUT_CR_LF, escapeControl));
}

/**
 * JSON text kept exact, escaped by JSON's own rules: `##[` as `#\u0023[`, and NEL, LS and PS (which
 * some readers take as line breaks) as `\u` escapes. `json` must be the output of JSON.stringify.
 */
export function jsonSafe(json: string): string {
  return json.replace(/##\[|[\u0085\u2028\u2029]/g, (m) => (m === '##[' ? '#\\u0023[' : `\\u${m.charCodeAt(0).toString(16).padStart(4, '0')}`));
}

/** A line of standard error: the message with every control escaped and no runner command in it. */
export function stderrLine(message: string): string {
  return `${printable(message)}\n`;
}
