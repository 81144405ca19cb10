#!/usr/bin/env node
// Verdicts against a known truth: corpus-mode check over generated articles whose every stated fact
// is recorded, with whether that mention is true or planted wrong. Needs a build (npm run build).
//
//   node scripts/false-alarms.mjs [--articles N] [--seed N] [--examples N] [--list-none]
//
// A claim on a true mention that comes out `contradicted` is a false alarm, and so is a contradicted
// claim on text that states no fact (filler, traps). A planted wrong mention is caught when it comes
// out `contradicted` or `disputed`. Another entity's fact stated without its name ("It operates 7,270
// stores" in a story about someone else) is wrong as written, and counted apart, as are true figures
// rounded more loosely than a careful writer would ("about 1,000" for 1,300). A listed disagreement is
// sound when both sides state the same fact of the same entity and one of them is not plainly true.
// Other articles of the same story speak of the same facts, so every fact has sources.
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateCorpus, CITIES } from './gen-corpus.mjs';
import { checkStream } from '../dist/index.js';

function parseArgs(argv) {
  const o = { articles: 2000, seed: 1, listNone: false, examples: 15 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--articles') o.articles = Number(argv[++i]);
    else if (argv[i] === '--seed') o.seed = Number(argv[++i]);
    else if (argv[i] === '--list-none') o.listNone = true;
    else if (argv[i] === '--examples') o.examples = Number(argv[++i]);
    else throw new Error(`unknown option: ${argv[i]}`);
  }
  return o;
}

const opts = parseArgs(process.argv.slice(2));
const dir = mkdtempSync(join(tmpdir(), 'claimcheck-truth-'));
try {
  const corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  const marksByFile = new Map();
  for (const article of generateCorpus({ articles: opts.articles, seed: opts.seed })) {
    writeFileSync(join(corpus, article.name), article.text);
    marksByFile.set(article.name, article.marks());
  }

  const texts = new Map();
  const lineStarts = (text) => {
    const starts = [0];
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
    return starts;
  };
  /** The answer-key entry at file:line:column, or undefined. */
  const markAt = (file, line, column, length) => {
    const name = file.split(/[\\/]/).pop();
    let t = texts.get(name);
    if (!t) texts.set(name, (t = lineStarts(readFileSync(join(corpus, name), 'utf8'))));
    const start = (t[line - 1] ?? 0) + column - 1;
    return (marksByFile.get(name) ?? []).find((m) => m.start < start + length && start < m.end);
  };
  const kindOf = (mark) => (!mark ? 'none' : mark.wrong ? 'wrong' : mark.about === 'misattributed' ? 'misattributed' : mark.loose ? 'loose' : 'true');
  /** Whose fact a mention reads as: another entity's fact told without its name reads as the article's own. */
  const readAs = (m) => (m.about === 'misattributed' ? m.main : m.entity);
  /** A disagreement is sound when both sides state the same fact of the same entity as written, and one of them is not plainly true. */
  const sound = (a, b) => a && b && a.fact === b.fact && readAs(a) === readAs(b) && (kindOf(a) !== 'true' || kindOf(b) !== 'true');

  // The generator makes new entities by putting a city before an old name ("Hangzhou LumenLogic"); as
  // written, the two read as one organisation, so a pairing between them is counted apart.
  const baseName = (name) => name.replace(new RegExp(`^(?:${CITIES.join('|')}) `), '');
  const alike = (a, b) => a && b && a.fact === b.fact && readAs(a) !== readAs(b) && baseName(readAs(a)) === baseName(readAs(b));
  let alikeAlarms = 0;

  const empty = () => ({ claims: 0, supported: 0, contradicted: 0, disputed: 0, unverified: 0 });
  const tally = { true: empty(), loose: empty(), wrong: empty(), misattributed: empty(), none: empty() };
  let listed = 0, soundListed = 0, falseAlarms = 0;
  const examples = [];
  const errors = [];
  for (const claim of checkStream([corpus], { maxEvidence: 20, explain: true }, errors)) {
    const mark = markAt(claim.file, claim.line, claim.column, claim.text.length);
    const kind = kindOf(mark);
    tally[kind].claims++;
    tally[kind][claim.verdict]++;
    if (opts.listNone && kind === 'none' && claim.verdict !== 'supported' && claim.verdict !== 'unverified') console.log(`  no fact, ${claim.verdict}: ${JSON.stringify(claim.text)} in ${JSON.stringify(claim.sentence.slice(0, 120))}`);
    let unsound = null;
    let onlyAlike = true;
    for (const e of claim.disagrees) {
      listed++;
      const other = markAt(e.file, e.line, e.column, e.text.length);
      if (sound(mark, other)) soundListed++;
      else {
        unsound ??= { ...e, mark: other };
        if (!alike(mark, other)) onlyAlike = false;
      }
    }
    if (claim.verdict === 'contradicted' && (kind === 'true' || kind === 'none') && unsound && onlyAlike) alikeAlarms++;
    else if (claim.verdict === 'contradicted' && (kind === 'true' || kind === 'none') && unsound) {
      falseAlarms++;
      if (examples.length < opts.examples) examples.push(`  ${claim.file}:${claim.line}:${claim.column} ${JSON.stringify(claim.text)} (${kind}${mark ? ` ${mark.fact} of ${readAs(mark)}` : ''}) ← ${unsound.file}:${unsound.line} ${JSON.stringify(unsound.text)} (${unsound.mark ? `${kindOf(unsound.mark)} ${unsound.mark.fact} of ${readAs(unsound.mark)}` : 'no fact'}): ${unsound.reason}`);
    }
  }

  const pct = (a, b) => (b ? `${((100 * a) / b).toFixed(1)}%` : '–');
  const contradicted = Object.values(tally).reduce((n, t) => n + t.contradicted, 0);
  const caught = tally.wrong.contradicted + tally.wrong.disputed;
  const row = (label, t) => `  ${label.padEnd(24)} ${String(t.claims).padStart(7)}  supported ${pct(t.supported, t.claims).padStart(6)}  contradicted ${pct(t.contradicted, t.claims).padStart(6)}  disputed ${pct(t.disputed, t.claims).padStart(6)}  unverified ${pct(t.unverified, t.claims).padStart(6)}`;
  console.log(`claimcheck check over ${opts.articles} generated articles (seed ${opts.seed}), against the generator's answer key`);
  console.log(row('true mentions', tally.true));
  console.log(row('loosely rounded, true', tally.loose));
  console.log(row('planted wrong mentions', tally.wrong));
  console.log(row('another entity, unnamed', tally.misattributed));
  console.log(row('no fact stated', tally.none));
  console.log(`  disagreements listed: ${listed}, of which sound (same fact and entity, one side wrong as written): ${soundListed} (${pct(soundListed, listed)})`);
  console.log(`  false alarms (a true claim, or one stating no fact, contradicted through an unsound pairing): ${falseAlarms} of ${contradicted} contradicted (${pct(falseAlarms, tally.true.claims + tally.none.claims)} of such claims)`);
  console.log(`  contradicted only through names the generator makes alike ("LumenLogic", "Hangzhou LumenLogic"): ${alikeAlarms}`);
  console.log(`  planted errors caught (contradicted or disputed): ${caught} of ${tally.wrong.claims} (${pct(caught, tally.wrong.claims)})`);
  if (examples.length) console.log(`  first false alarms:\n${examples.join('\n')}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
