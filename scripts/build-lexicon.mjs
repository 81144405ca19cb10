#!/usr/bin/env node
// Writes data/lexicon.json.gz (gzip-compressed, a sixth of the size): compromise's English lexicon (word → tags), with the singular of every
// plural and the base form of every verb form in it. claimcheck reads this table at run time instead of
// loading compromise, which takes longer to start than most files take to check.
// Run after upgrading compromise: `npm run lexicon`.
import fs from 'node:fs';
import zlib from 'node:zlib';
import nlp from 'compromise';

export function buildLexicon() {
  const model = nlp.model();
  const transform = nlp.methods().two.transform;
  const tags = {};
  const singular = {};
  const infinitive = {};
  for (const word of Object.keys(model.one.lexicon).sort()) {
    const raw = model.one.lexicon[word];
    const list = Array.isArray(raw) ? raw : [raw];
    tags[word] = list.join(',');
    if (list.includes('Plural')) singular[word] = transform.noun.toSingular(word, model);
    const tense = list.includes('PastTense') ? 'PastTense' : list.includes('Gerund') ? 'Gerund' : list.includes('PresentTense') ? 'PresentTense' : null;
    if (tense) {
      try {
        const base = transform.verb.toInfinitive(word, model, tense);
        if (base && base !== word) infinitive[word] = base;
      } catch {
        // compromise has no base form for this one
      }
    }
  }
  return { source: `compromise ${nlp.version}`, tags, singular, infinitive };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  fs.writeFileSync(new URL('../data/lexicon.json.gz', import.meta.url), zlib.gzipSync(`${JSON.stringify(buildLexicon())}\n`, { level: 9, mtime: 0 }));
}
