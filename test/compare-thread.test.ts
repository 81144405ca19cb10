// Comparison on a worker thread gives the same checked claims as comparison in this thread; and the
// two plain-number forms it passes between threads (claim columns, outcomes) read back as written.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Claim } from '../src/schema.js';
import { extractText } from '../src/api.js';
import { fromColumns, toColumns } from '../src/compare/claim-columns.js';
import { listOf } from '../src/compare/check.js';
import { OutcomeDecoder, OutcomeEncoder } from '../src/compare/outcome-codec.js';
import type { Outcome } from '../src/compare/comparison.js';
import type { CheckFeed as Feed, FeedOptions } from '../src/compare/check-feed.js';
import type { CompareSettings } from '../src/compare/comparison.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FIXTURES = path.join(ROOT, 'fixtures');

/** Fixture texts under `dir`, by path relative to the fixtures, in name order. */
function textsUnder(dir: string): { file: string; text: string }[] {
  const out: { file: string; text: string }[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(?:md|txt)$/.test(e.name) && !fs.readFileSync(p).includes(0)) out.push({ file: path.relative(FIXTURES, p), text: fs.readFileSync(p, 'utf8') });
    }
  };
  walk(path.join(FIXTURES, dir));
  return out;
}

describe('claims as columns', () => {
  const text = [
    'Saxe Motors will cut about 290 jobs this year, the company said; its rival employs 1,200 staff.',
    'The plant covers 120 hectares. It has more than 4,000 full-time workers and 12 H800 chips.',
    'Revenue rose to $5.6bn in 2024 from $4bn a year earlier.',
    'Temperatures fell to -4 °C, and the 5-mile tunnel opened in 2019.',
  ].join('\n\n');
  const claims = extractText(text, 'a.md');

  it('read back as the fields comparison reads, with each claim’s file', () => {
    expect(claims.length).toBeGreaterThan(8);
    const located = claims.map((claim, i) => ({ claim, fileIndex: i % 3 }));
    const back = fromColumns(toColumns(listOf(located)));
    expect(back).toEqual(
      located.map(({ claim: c, fileIndex }) => ({
        claim: {
          sentence: c.sentence,
          text: c.text,
          kind: c.kind,
          quantity: { value: c.quantity.value, unit: c.quantity.unit, low: c.quantity.low, high: c.quantity.high, qualifier: c.quantity.qualifier },
          measure: c.measure ? { noun: c.measure.noun, lemma: c.measure.lemma, modifiers: c.measure.modifiers, head: c.measure.head, doer: c.measure.doer, elided: c.measure.elided } : null,
          subject: c.subject,
          reference: c.reference,
        },
        fileIndex,
      })),
    );
  });

  it.each<[string, Partial<Claim['quantity']>, Partial<Claim['quantity']>]>([
    ['open ends', { low: null, high: null }, { low: null, high: null }],
    ['a negative zero and a fraction', { value: -0, low: -0.5, high: 0.25 }, { value: -0, low: -0.5, high: 0.25 }],
    ['infinite ends', { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY }, { low: Number.NEGATIVE_INFINITY, high: Number.POSITIVE_INFINITY }],
  ])('keep %s', (_name, given, expected) => {
    const claim = { ...(claims[0] as Claim), quantity: { ...(claims[0] as Claim).quantity, ...given } };
    const [back] = fromColumns(toColumns(listOf([{ claim, fileIndex: 7 }])));
    expect(back?.claim.quantity).toMatchObject(expected);
    expect(back?.fileIndex).toBe(7);
  });
});

describe('outcomes as numbers', () => {
  const a = { score: 0.9, reason: 'same measure "job"' };
  const b = { score: 0.72, reason: 'same subject saxe motors' };
  const outcomes: Outcome[] = [
    { verdict: 'supported', supportCount: 3, disagreeCount: 0, supports: [{ order: 4, p: a }, { order: 9, p: b }], disagrees: [] },
    { verdict: 'unverified', supportCount: 0, disagreeCount: 0, supports: [], disagrees: [] },
    { verdict: 'disputed', supportCount: 1, disagreeCount: 40, supports: [{ order: 0, p: b }], disagrees: [{ order: 12, p: a }] },
    { verdict: 'contradicted', supportCount: 0, disagreeCount: 1, supports: [], disagrees: [{ order: 60_000, p: a }] },
  ];

  it.each<[string, boolean, number]>([
    ['with reasons, in one chunk', true, 4],
    ['with reasons, a chunk per outcome', true, 1],
    ['without reasons', false, 2],
  ])('read back %s', (_name, explain, perChunk) => {
    const encoder = new OutcomeEncoder(explain);
    const decoder = new OutcomeDecoder(explain);
    const read: Outcome[] = [];
    outcomes.forEach((o, i) => {
      encoder.add(o);
      if ((i + 1) % perChunk === 0) read.push(...decoder.read(encoder.take()));
    });
    read.push(...decoder.read(encoder.take()));
    const unshown = (list: Outcome['supports']) => list.map((s) => ({ order: s.order, p: { score: 0, reason: '' } }));
    expect(read).toEqual(explain ? outcomes : outcomes.map((o) => ({ ...o, supports: unshown(o.supports), disagrees: unshown(o.disagrees) })));
  });
});

describe('comparison on a worker thread', () => {
  // The worker runs compiled code: the test loads the compiled modules, built first if need be.
  const DIST = path.join(ROOT, 'dist');
  let CheckFeed: typeof Feed;
  let prepare: typeof import('../src/read/document.js');
  let extract: typeof import('../src/extract/index.js');
  let interval: typeof import('../src/normalize/interval.js');
  beforeAll(async () => {
    if (!fs.existsSync(path.join(DIST, 'compare', 'compare-thread-worker.js'))) execSync('npx tsc -p tsconfig.json', { cwd: ROOT, stdio: 'ignore' });
    const load = async <T>(file: string) => (await import(pathToFileURL(path.join(DIST, file)).href)) as T;
    CheckFeed = (await load<{ CheckFeed: typeof Feed }>('compare/check-feed.js')).CheckFeed;
    prepare = await load('read/document.js');
    extract = await load('extract/index.js');
    interval = await load('normalize/interval.js');
  }, 120_000);

  /** Checks drafts (against sources, when given) through a feed, the way `check` does. */
  function run(drafts: { file: string; text: string }[], sources: { file: string; text: string }[] | null, settings: CompareSettings, factsFrom: string | null, options: FeedOptions) {
    const feed = new CheckFeed(settings, !sources, options);
    let id = 0;
    const read = (inputs: { file: string; text: string }[]) => {
      for (const { file, text } of inputs) {
        const doc = prepare.prepareDocument(file, text, prepare.isMarkdownName(file));
        const fileIndex = id++;
        feed.document(fileIndex, doc.text);
        for (const claim of extract.extractDocument(doc, interval.DEFAULT_TOLERANCE)) feed.claim(claim, fileIndex);
      }
    };
    read(drafts);
    if (sources) {
      feed.beginSources();
      read(sources);
    }
    const facts = factsFrom ? [...extract.extractDocument(prepare.prepareDocument('facts.txt', factsFrom, false), interval.DEFAULT_TOLERANCE)] : [];
    const claims = JSON.parse(JSON.stringify([...feed.results(facts)])) as Claim[];
    return { claims, byWorker: feed.readByWorker };
  }

  const FACTS = 'Brightwell Bank employs 4,100 staff. Saxe Motors will cut 290 jobs. DeepSeek trained R1 on 2,048 H800 chips.';
  const settings = (explain: boolean, maxEvidence = 20): CompareSettings => ({ otherFilesOnly: true, maxEvidence, explain, synonyms: { chip: ['accelerator card'] } });

  it.each<[string, string, boolean, boolean, number, string | null]>([
    ['every fixture against every other, with reasons', '', false, true, 20, null],
    ['every fixture against every other, without reasons, two pieces of evidence each', '', false, false, 2, null],
    ['the DeepSeek drafts against their sources, with facts', 'deepseek', true, true, 20, FACTS],
    ['the transit drafts against their sources', 'transit', true, false, 20, null],
  ])('%s: the same claims as compared here', (_name, dir, drafted, explain, max, facts) => {
    const all = textsUnder(dir);
    const drafts = drafted ? all.filter((t) => t.file.includes(`${path.sep}drafts${path.sep}`)) : all;
    const sources = drafted ? all.filter((t) => t.file.includes(`${path.sep}sources${path.sep}`)) : null;
    expect(drafts.length).toBeGreaterThan(1);
    const here = run(drafts, sources, settings(explain, max), facts, { workerFrom: Number.POSITIVE_INFINITY });
    const there = run(drafts, sources, settings(explain, max), facts, { workerFrom: 0, waitForWorker: true });
    expect(here.byWorker).toBe(0);
    expect(there.byWorker).toBe(drafts.length + (sources?.length ?? 0));
    // Not a trivial comparison: claims were checked, and some have evidence either way.
    expect(here.claims.length).toBeGreaterThan(20);
    expect(here.claims.some((c) => c.verdict === 'supported')).toBe(true);
    expect(here.claims.some((c) => (c.disagrees?.length ?? 0) > 0)).toBe(true);
    expect(there.claims).toEqual(here.claims);
  }, 60_000);

  it('takes over part-way: files read before it started keep the subjects found here', () => {
    const all = textsUnder('');
    const chars = all.reduce((n, t) => n + t.text.length, 0);
    const here = run(all, null, settings(true), null, { workerFrom: Number.POSITIVE_INFINITY });
    const there = run(all, null, settings(true), null, { workerFrom: Math.floor(chars / 2), waitForWorker: true });
    expect(there.byWorker).toBeGreaterThan(0);
    expect(there.byWorker).toBeLessThan(all.length);
    expect(there.claims).toEqual(here.claims);
  }, 60_000);
});
