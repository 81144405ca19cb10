// Every file's main subject, by file index. Files are read for their subjects a few dozen at a time,
// between stretches of extraction: that runs faster than reading each right after its own extraction
// (the two passes crowd each other out of the processor's caches), and keeps few texts waiting.
import { mainSubject } from './main-subject.js';

/** Files, and characters, kept waiting at most. */
const BATCH = 64;
const BATCH_CHARS = 4_000_000;

export class MainSubjects {
  private readonly subjects = new Map<number, string>();
  private waiting: [number, string][] = [];
  private waitingChars = 0;

  add(fileIndex: number, text: string): void {
    this.waiting.push([fileIndex, text]);
    this.waitingChars += text.length;
    if (this.waiting.length >= BATCH || this.waitingChars >= BATCH_CHARS) this.flush();
  }

  /** Every file's main subject; complete once the last file has been added. */
  all(): Map<number, string> {
    this.flush();
    return this.subjects;
  }

  private flush(): void {
    if (!this.waiting.length) return;
    for (const [id, text] of this.waiting) {
      const main = mainSubject(text);
      if (main) this.subjects.set(id, main);
    }
    this.waiting = [];
    this.waitingChars = 0;
  }
}
