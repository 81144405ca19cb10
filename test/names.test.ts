// Names in text, and the name a whole file is about.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { nameRunsAt } from '../src/compare/names.js';
import { mainSubject } from '../src/compare/main-subject.js';
import { MainSubjects } from '../src/compare/main-subjects.js';

describe('names in a text', () => {
  it.each<[string, string[]]>([
    ['The Harbour Medical Centre said', ['Harbour Medical Centre']],
    ['Revenue rose at Brightwell Bank on Monday', ['Revenue', 'Brightwell Bank']],
    ['St Anne’s Hospital opened a ward', ['St Anne’s Hospital']],
    ["Elon Musk's xAI grew", ['Elon Musk', 'xAI']],
    ['In March Saxe Motors said', ['Saxe Motors']],
    ['On Monday Harbour Rovers won', ['Harbour Rovers']],
    // Words that open in lower case, and capitals that run on from a letter or digit.
    ['Shares in eBay and iRobot fell', ['eBay', 'iRobot']],
    ['the 4GNet band and B2B Ventures', ['B2B Ventures']],
    ['Ferro-Nova Steel and Zürich Trust', ['Ferro-Nova Steel', 'Zürich Trust']],
    // Only single spaces join words into one name.
    ['Norden  Foods and Norden\nFoods', ['Norden', 'Foods', 'Norden', 'Foods']],
  ])('%s', (text, names) => {
    expect(nameRunsAt(text).map((r) => r.name)).toEqual(names);
  });

  it('marks an owner followed by another name', () => {
    expect(nameRunsAt("Kelderford's Eastway line").map((r) => [r.name, r.owner])).toEqual([
      ['Kelderford', true],
      ['Eastway', false],
    ]);
  });
});

describe('the name a file is about', () => {
  it.each<[string, string, string | null]>([
    ['a legal form counts for the name', 'Brennecke Systems SE (BRS GY) reported results.\n\nBrennecke Systems said sales rose. Brennecke expects more.', 'Brennecke Systems'],
    ['a ticker is no name', 'BRS GY fell. BRS GY rose. BRS GY held. Brennecke Systems said little.', 'Brennecke Systems'],
    ['a short form counts for the one longer name', 'Inside Saxe Motors.\n\nSaxe said it would grow. Saxe Motors agreed.', 'Saxe Motors'],
    ['a common word opening sentences is no name', 'Revenue rose. Revenue fell. Revenue held. Pemberton Retail said so. Pemberton Retail agreed.', 'Pemberton Retail'],
    ['a place mostly written before a thing is that thing', 'Seville metro line opens\n\nThe Seville metro line opened. Riders praised the Seville metro line. Seville was sunny.', 'Seville metro line'],
    ['two firms sharing a word stay apart', 'Pemberton Motors grew.\n\nPemberton Motors said so. Pemberton Retail did not.', 'Pemberton Motors'],
  ])('%s', (_name, text, subject) => {
    expect(mainSubject(text)).toBe(subject);
  });
});

describe('main subjects of many files', () => {
  it('are the same found a batch at a time as one by one, whatever the batch sizes', () => {
    const texts = Array.from({ length: 150 }, (_, i) =>
      i % 50 === 7
        ? `Kestrel Labs ${'reported growth. '.repeat(300_000)}` // long enough to fill a batch alone
        : `${['Saxe Motors', 'Brightwell Bank', 'Orvane'][i % 3]} said on Monday it would hire ${i} staff. ${['Saxe Motors', 'Brightwell Bank', 'Orvane'][i % 3]} grew.`,
    );
    const subjects = new MainSubjects();
    texts.forEach((text, i) => subjects.add(i, text));
    const found = subjects.all();
    expect(found.size).toBe(150);
    texts.forEach((text, i) => expect(found.get(i)).toBe(mainSubject(text)));
    expect(new Set(found.values())).toEqual(new Set(['Saxe Motors', 'Brightwell Bank', 'Orvane', 'Kestrel Labs']));
  });
});

describe('main subjects read by a worker thread', () => {
  // The worker runs compiled code: the test loads the compiled module, built first if need be.
  const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const compiled = path.join(ROOT, 'dist', 'compare', 'main-subjects.js');
  let Compiled: typeof MainSubjects;
  beforeAll(async () => {
    if (!fs.existsSync(path.join(ROOT, 'dist', 'compare', 'subject-thread-worker.js'))) execSync('npx tsc -p tsconfig.json', { cwd: ROOT, stdio: 'ignore' });
    Compiled = ((await import(pathToFileURL(compiled).href)) as { MainSubjects: typeof MainSubjects }).MainSubjects;
  }, 120_000);

  /** Every fixture text, and a few more, each with its file index. */
  function texts(): string[] {
    const out: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (/\.(?:md|txt)$/.test(e.name)) out.push(fs.readFileSync(p, 'utf8'));
      }
    };
    walk(path.join(ROOT, 'fixtures'));
    out.push('Inside Saxe Motors.\n\nSaxe said it would grow. Saxe Motors agreed.', 'no names here at all', 'Zürich Trust said so. Zürich Trust agreed.');
    return out;
  }

  it.each<[string, { workerFrom: number; waitForWorker?: boolean }, 'all' | 'none']>([
    ['from the first file', { workerFrom: 0, waitForWorker: true }, 'all'],
    ['never, below the size that pays for one', { workerFrom: Number.POSITIVE_INFINITY }, 'none'],
  ])('%s: the same subjects as read one by one', (_name, options, read) => {
    const all = texts();
    expect(all.length).toBeGreaterThan(20);
    const subjects = new Compiled(options);
    all.forEach((text, i) => subjects.add(i, text));
    const found = subjects.all();
    expect(subjects.readByWorker).toBe(read === 'all' ? all.length : 0);
    const expected = new Map<number, string>();
    all.forEach((text, i) => {
      const s = mainSubject(text);
      if (s) expected.set(i, s);
    });
    expect(expected.size).toBeGreaterThan(10);
    expect(new Map([...found].sort((a, b) => a[0] - b[0]))).toEqual(expected);
  });
});
