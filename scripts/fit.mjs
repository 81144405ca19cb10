#!/usr/bin/env node
// Fits the pairing weights (data/pair-weights.json) from labelled story clusters: logistic regression
// over the comparison levels of candidate pairs, labelled by the clusters' fact maps.
//
//   npm run fit -- [--eval DIR] [--exclude NAME[,NAME]] [--out FILE]
//
// DIR holds NAME/ folders, each with NAME.gold.json beside it ({ sources, facts: {"file:line:value": id} }).
// Two models are fitted: `link`, for figures of equal value (may a support link them?), and `same`,
// for pairs the measure pairing accepts, read without their values (may a disagreement link them?).
// Each threshold is the lowest probability at which the training pairs show the wanted precision.
// Needs a build (npm run build).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extract } from '../dist/api.js';
import { buildLexicon } from '../dist/compare/lexicon.js';
import { profileOf } from '../dist/compare/profile.js';
import { pair } from '../dist/compare/pair.js';
import { mainSubject } from '../dist/compare/main-subject.js';
import { WordFiles } from '../dist/compare/context-words.js';
import { agreeing, levelsOf } from '../dist/compare/value-links.js';
import { keptApartBy } from '../dist/compare/contrast.js';
import { LEVELS } from '../dist/compare/pair-weights.js';

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const evalDir = path.resolve(opt('--eval', path.join(root, '..', 'shared', 'eval')));
const exclude = new Set(String(opt('--exclude', '')).split(',').filter(Boolean));
const out = path.resolve(opt('--out', path.join(root, 'data', 'pair-weights.json')));
if (!fs.existsSync(evalDir)) {
  console.error(`no labelled clusters in ${evalDir}`);
  process.exit(2);
}

const near = (v, g) => (g === 0 ? Math.abs(v) < 1e-9 : [v, v * 100, v / 100].some((x) => Math.abs(x - g) <= 0.01 * Math.abs(g)));
const lexicon = buildLexicon({});
const linkRows = [];
const sameRows = [];

const clusters = fs.readdirSync(evalDir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).filter((n) => !exclude.has(n)).sort();
for (const name of clusters) {
  const gold = JSON.parse(fs.readFileSync(path.join(evalDir, `${name}.gold.json`), 'utf8'));
  if (!gold.facts) continue;
  const facts = Object.entries(gold.facts).map(([k, id]) => {
    const [f, l, v] = k.split(':');
    return { f, l: Number(l), v: Number(v), id };
  });
  const files = new WordFiles();
  const profiles = [];
  gold.sources.forEach((file, fileIndex) => {
    const full = path.join(evalDir, name, file);
    const subject = mainSubject(fs.readFileSync(full, 'utf8'));
    for (const claim of extract([full]).claims) {
      const p = profileOf(claim, profiles.length, fileIndex, lexicon, false, subject);
      if (!p) continue;
      files.addSentence(claim.sentence, fileIndex);
      const fact = facts.find((x) => x.f === file && x.l === claim.line && near(claim.quantity.value, x.v));
      if (fact) profiles.push({ p, id: fact.id });
    }
  });
  for (let i = 0; i < profiles.length; i++) {
    for (let j = 0; j < profiles.length; j++) {
      const { p: a, id: ia } = profiles[i];
      const { p: b, id: ib } = profiles[j];
      if (i === j || a.fileIndex === b.fileIndex || a.unitKey !== b.unitKey) continue;
      const label = ia === ib ? 1 : 0;
      const row = levelsOf(a, b, lexicon, files);
      // Pairs the tool never links (see `contrast`) are not for the weights to learn.
      if (keptApartBy(a, b)) continue;
      if (agreeing(a, b)) linkRows.push({ row, label });
      if (!a.linkOnly && !b.linkOnly && pair(a, b, lexicon, false)) sameRows.push({ row, label });
    }
  }
}

/**
 * Prior weights, which the fit is drawn towards (L2 around them): a level the labelled pairs never show
 * keeps its prior. The same content words around two different figures are one sentence told twice
 * with two values, so they are strong evidence of one fact; so is the shared wording for a link.
 */
const PRIOR = {
  link: { 'same wording': 2 },
  same: { 'same wording': 5, 'period conflict': -4, 'different subjects': -2 },
};

/** Logistic regression by gradient descent, with a little L2 around the prior. */
function fitLogistic(rows, prior) {
  const p = LEVELS.map((l) => prior[l] ?? 0);
  const w = [...p];
  const rate = 0.5;
  const l2 = 0.01;
  for (let it = 0; it < 2000; it++) {
    const grad = new Array(w.length).fill(0);
    for (const { row, label } of rows) {
      let z = 0;
      for (let k = 0; k < w.length; k++) z += w[k] * row[k];
      const e = 1 / (1 + Math.exp(-z)) - label;
      for (let k = 0; k < w.length; k++) grad[k] += e * row[k];
    }
    for (let k = 0; k < w.length; k++) w[k] -= rate * (grad[k] / Math.max(rows.length, 1) + (k === 0 ? 0 : l2 * (w[k] - p[k])));
  }
  return w.map((x) => Math.round(x * 1000) / 1000);
}

/** The lowest threshold (not below `floor`) at which the rows scored at or above it reach `precision`. */
function thresholdFor(w, rows, precision, floor) {
  const scored = rows.map(({ row, label }) => ({ s: 1 / (1 + Math.exp(-row.reduce((z, x, k) => z + w[k] * x, 0))), label })).sort((a, b) => b.s - a.s);
  // Above every training pair, precision is that of no pair at all: just above the highest-scored one.
  let best = scored.length ? Math.min(0.999, scored[0].s + 0.001) : 0.5;
  let right = 0;
  for (let i = 0; i < scored.length; i++) {
    right += scored[i].label;
    if (right / (i + 1) >= precision) best = scored[i].s;
  }
  return Math.round(Math.max(best, floor) * 1000) / 1000;
}

const link = fitLogistic(linkRows, PRIOR.link);
const same = fitLogistic(sameRows, PRIOR.same);
const weights = {
  levels: LEVELS,
  link,
  linkAt: thresholdFor(link, linkRows, 0.85, 0.5),
  same,
  sameAt: thresholdFor(same, sameRows, 0.98, 0.5),
};
fs.writeFileSync(out, `${JSON.stringify(weights, null, 1).replace(/\n\s+(-?[\d.e-]+|"[^"]*")(?=,?\n)/g, ' $1').replace(/\n\s*\]/g, ' ]')}\n`);
console.log(`fitted on ${clusters.length} clusters: ${linkRows.length} equal-value pairs, ${sameRows.length} measure pairs; linkAt ${weights.linkAt}, sameAt ${weights.sameAt} -> ${path.relative(process.cwd(), out)}`);
