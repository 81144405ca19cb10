// The command line: `run(argv, io)` parses, runs and returns the exit code, so tests can call it.
import fs from 'node:fs';
import path from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { ClaimcheckError, UsageError } from '../errors.js';
import { VERSION } from '../version.js';
import { printable } from '../report/printable.js';
import { assertNoConflicts } from './conflicts.js';
import { FAIL_ON_LEVELS, FORMATS } from '../report/types.js';

export interface CliIO {
  stdout: (chunk: string) => void;
  /** Writes encoded text, where the output can take bytes: long reports are faster so. */
  stdoutBytes?: (bytes: Uint8Array) => void;
  stderr: (chunk: string) => void;
  readStdin: () => Buffer;
  /** True when stdout is a terminal. */
  isTTY: boolean;
  /** True when stderr is a terminal (progress is shown only then). */
  stderrIsTTY?: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIO(): CliIO {
  return {
    stdout: (s) => {
      process.stdout.write(s);
    },
    stdoutBytes: (b) => {
      process.stdout.write(b);
    },
    stderr: (s) => {
      process.stderr.write(s);
    },
    readStdin: () => fs.readFileSync(0),
    isTTY: Boolean(process.stdout.isTTY),
    stderrIsTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

const EXTRACT_EXAMPLES = `
Examples:
  $ claimcheck extract article.txt
  $ claimcheck extract reports/ --ext .md,.txt --format json
  $ cat draft.md | claimcheck extract - --stdin-filename draft.md --format jsonl
  $ claimcheck extract "notes/**/*.md" --output-file claims.json --format json`;

const CHECK_EXAMPLES = `
Examples:
  $ claimcheck check outlets/                         # every file against every other
  $ claimcheck check draft.md --sources sources/      # a draft against its sources
  $ claimcheck check draft.md --sources sources/ --fail-on disputed --format github
  $ claimcheck check docs/ --facts facts.yaml --format sarif --output-file claimcheck.sarif
  $ claimcheck check draft.md --sources sources/ --explain`;

function commonOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('-f, --format <format>', `output format (${FORMATS.join(', ')}); FORMAT=FILE writes that format to a file, and may be given more than once`).argParser(
        (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
      ),
    )
    .option('--ext <list>', 'file extensions to read in directories, comma-separated (default: .txt,.md,.markdown,.text)')
    .option('-o, --output-file <path>', 'write the report to this file instead of standard output')
    .option('--stdin-filename <name>', 'name used for standard input ("-") in positions, config and ignores')
    .option('-c, --config <path>', 'use this config file instead of searching for one')
    .option('--no-config', 'do not look for a config file')
    .option('--no-color', 'never use colour')
    .option('--cache', 'keep extraction results in .claimcheckcache and reuse them for unchanged files')
    .option('--cache-location <path>', 'with --cache: the cache file, or a directory for .claimcheckcache (default: the working directory)')
    .option('--tolerance <fraction>', 'relative spread of "about" and "roughly" (default 0.1)');
}

export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  const program = new Command();
  let exitCode = 0;
  program
    .name('claimcheck')
    .description('Extract numeric claims from text files and check them against sources.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // One prefix for every error, commander's own included.
      outputError: (s, write) => write(`claimcheck: ${printable((s.split('\n')[0] ?? '').replace(/^error: /, ''))}\n`),
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Exit codes:
  0  nothing fails
  1  at least one claim's verdict is at or above --fail-on (check)
  2  usage error, bad config, unreadable input, or an internal error (please report it)

Examples:
  $ claimcheck extract article.txt --format json
  $ claimcheck check draft.md --sources sources/
  $ claimcheck check outlets/ --fail-on disputed --format github

Run "claimcheck <command> --help" for a command's options and more examples.`,
    );

  commonOptions(program.command('extract').description('list every numeric claim in the files, normalized').argument('[paths...]', 'files, directories, glob patterns, or - for standard input'))
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      // Commands load on demand: a fully cached extract never loads the extractor.
      exitCode = await (await import('./extract-command.js')).runExtract(paths, opts, io);
    });

  commonOptions(
    program
      .command('check')
      .description('check each claim against the sources that support or disagree with it')
      .argument('[paths...]', 'drafts to check (with --sources), or a corpus whose files are checked against each other'),
  )
    .option('-s, --sources <paths...>', 'source files, directories or globs to check the drafts against (may be repeated)')
    .option('-q, --quiet', 'report errors only (verdicts whose severity is error)')
    .option('--max-warnings <n>', 'fail (exit 1) when more than this many warnings are reported')
    .option('--verbose', 'list supported claims too')
    .option('--prune-baseline', 'remove entries that no longer match a finding from the --baseline file')
    .option('--facts <file>', 'YAML or Markdown file of statements that outrank every source')
    .addOption(new Option('--fail-on <level>', 'lowest verdict that fails the run').choices(FAIL_ON_LEVELS))
    .option('--max-evidence <n>', 'evidence listed per claim, strongest first (default 20)')
    .option('--explain', 'show the score and reason of every pairing')
    .option('--weights <file>', 'pairing weights to use instead of the shipped ones (written by npm run fit)')
    .option('--baseline <file>', 'fail only on findings not recorded in this baseline file')
    .option('--update-baseline <file>', 'record the current findings in this baseline file')
    .option('--changed-since <ref>', 'report only claims on lines changed since this git ref')
    .addHelpText('after', CHECK_EXAMPLES)
    .action(async (paths: string[], opts: Record<string, unknown>) => {
      exitCode = await (await import('./check-command.js')).runCheck(paths, opts, io);
    });

  program
    .command('init')
    .description('write a starter .claimcheckrc.yaml (with comments) and a .claimcheckignore')
    .option('--force', 'overwrite existing files')
    .action(async (opts: Record<string, unknown>) => {
      exitCode = (await import('./init-command.js')).runInit(opts, io);
    });

  try {
    if (argv.length === 0) {
      io.stdout(program.helpInformation());
      return 0;
    }
    assertNoConflicts(argv);
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    if (e instanceof ClaimcheckError) {
      io.stderr(`claimcheck: ${printable(e.message)}\n`);
      return e.exitCode;
    }
    const err = e as NodeJS.ErrnoException;
    if (err && typeof err.code === 'string' && err.path) {
      io.stderr(`claimcheck: ${printable(path.relative(io.cwd, err.path) || err.path)}: ${err.code}\n`);
      return 2;
    }
    io.stderr(`claimcheck: internal error: ${printable(err?.message ?? String(e))} (please report it with the command that caused it)\n`);
    return 2;
  }
}

export { UsageError };
