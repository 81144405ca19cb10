// What a year dates, and of whom: "High-Flyer, founded in 2015" dates High-Flyer's founding;
// "In 2023, Liang established DeepSeek" dates DeepSeek's. Years with no such event stay unpaired.
import { EVENT_WORDS } from '../data/events.js';
import type { FoundMeasure } from './measure.js';
import { nameGroups, subjectBefore } from './subject.js';

const EVENT = new RegExp(`\\b(${Object.keys(EVENT_WORDS).sort((a, b) => b.length - a.length).join('|')})\\b`, 'gi');

export interface YearEvent {
  measure: FoundMeasure;
  subject: string | null;
}

export function yearEvent(text: string, sentence: [number, number], start: number, end: number): YearEvent | null {
  const before = text.slice(Math.max(sentence[0], start - 60), start);
  const after = text.slice(end, Math.min(sentence[1], end + 60));
  let event: { word: string; at: number } | null = null;
  // "founded in 2015", "co-founded High-Flyer Quant in 2015"
  const back = /([\p{L}-]+(?:\s+up)?)((?:\s+[\p{L}\p{N}'’-]+){0,4})\s+(?:in|during|around|by)\s+$/u.exec(before);
  if (back) {
    EVENT.lastIndex = 0;
    const words = `${back[1]}${back[2]}`;
    const m = EVENT.exec(words);
    if (m) event = { word: m[1] as string, at: Math.max(sentence[0], start - 60) + back.index + m.index };
  }
  if (!event && /(?:^|\b(?:in|by|during)\s+)$/i.test(before.slice(-8)) && /^\s*,?\s*/.test(after)) {
    // "In 2023, Liang established DeepSeek"
    EVENT.lastIndex = 0;
    const m = EVENT.exec(after.slice(0, 40));
    if (m) event = { word: m[1] as string, at: end + m.index };
  }
  if (!event) return null;
  const lemma = EVENT_WORDS[event.word.toLowerCase()] as string;
  const eventEnd = event.at + event.word.length;
  // The object after the verb ("established DeepSeek"), else the nearest name before it.
  const object = nameGroups(text, eventEnd, Math.min(sentence[1], eventEnd + 40))[0];
  const objectAdjacent = object && /^\s+$/.test(text.slice(eventEnd, object.start)) && !/^\s*(?:by)\b/i.test(text.slice(eventEnd, object.start + 3));
  let subject: string | null = objectAdjacent ? object.text : null;
  if (!subject) {
    // "DeepSeek, the lab behind R1, was set up in 2023": a passive event dates the clause's subject;
    // otherwise the nearest name before the event word.
    const passive = /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/i.test(text.slice(Math.max(sentence[0], event.at - 24), event.at));
    const prior = nameGroups(text, sentence[0], event.at);
    subject = passive ? subjectBefore(text, sentence[0], event.at) : prior.length ? prior[prior.length - 1]!.text : null;
  }
  return { measure: { noun: event.word, lemma, modifiers: [], end }, subject };
}
