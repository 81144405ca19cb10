// Names in text, and the name a whole file is about.
import { describe, expect, it } from 'vitest';
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
