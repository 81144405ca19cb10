// A deadline year ("by 2028", "by the end of 2027") is the deadline of what its sentence counts:
// "1,200 satellites by 2028" dates the 1,200 satellites. Claims are held back one sentence at a time
// to find that figure, before or after the year.
import type { RawClaim } from './raw-claim.js';

const dueThing = (c: RawClaim) => c.kind !== 'year' && c.kind !== 'date' && c.measure !== null;

/** Gives each deadline year in `sentence` the measured thing of the figure it is the deadline of. */
function dateDeadlines(sentence: RawClaim[]): void {
  for (const year of sentence) {
    if (year.kind !== 'year' || year.measure?.lemma !== 'deadline' || year.measure.head) continue;
    // The figure just before it ("2,000 job cuts by 2027"), else the first after ("By 2028, 1,200 …").
    let best: RawClaim | null = null;
    for (const c of sentence) if (dueThing(c) && c.end <= year.start) best = c;
    best ??= sentence.find((c) => dueThing(c) && c.start >= year.end) ?? null;
    if (!best) {
      year.measure = null; // a deadline of nothing the sentence counts: a plain year
      continue;
    }
    year.measure.head = best.measure!.lemma;
    year.subject ??= best.subject;
    year.reference ??= best.reference;
  }
}

/** Passes claims through in order, a sentence at a time, with their deadlines dated. */
export function* withDeadlines(claims: Iterable<RawClaim>): Generator<RawClaim> {
  let sentence: RawClaim[] = [];
  for (const claim of claims) {
    if (sentence.length && sentence[0]!.sentence[0] !== claim.sentence[0]) {
      dateDeadlines(sentence);
      yield* sentence;
      sentence = [];
    }
    sentence.push(claim);
  }
  dateDeadlines(sentence);
  yield* sentence;
}
