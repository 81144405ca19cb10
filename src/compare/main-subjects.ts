// Every file's main subject, by file index. Files are read for their subjects a few dozen at a time,
// between stretches of extraction: that runs faster than reading each right after its own extraction
// (the two passes crowd each other out of the processor's caches), and keeps few texts waiting.
// On a large input the batches go to a worker thread instead (see `SubjectThread`), which reads them
// while extraction goes on here.
import { mainSubject } from './main-subject.js';
import { SubjectThread } from './subject-thread.js';

/** Files, and characters, kept waiting at most. */
const BATCH = 64;
const BATCH_CHARS = 4_000_000;
/**
 * Characters read in this thread before a worker is started. A smaller input is done sooner without
 * one: the worker needs about a tenth of a second to start, and the subjects of a few megabytes take less.
 */
const WORKER_FROM = 4_000_000;

export interface MainSubjectsOptions {
  /** Characters read in this thread before a worker is started (Infinity: never). */
  workerFrom?: number;
  /** Wait for the worker to start, rather than read texts here until it has. */
  waitForWorker?: boolean;
}

export class MainSubjects {
  private readonly subjects = new Map<number, string>();
  private waiting: [number, string][] = [];
  private waitingChars = 0;
  private seenChars = 0;
  private readonly workerFrom: number;
  private readonly waitForWorker: boolean;
  private thread: SubjectThread | null = null;
  private threadTried = false;
  /** Texts whose subjects the worker was asked for. */
  private sent = 0;

  constructor(options: MainSubjectsOptions = {}) {
    this.workerFrom = options.workerFrom ?? WORKER_FROM;
    this.waitForWorker = options.waitForWorker ?? false;
  }

  add(fileIndex: number, text: string): void {
    this.waiting.push([fileIndex, text]);
    this.waitingChars += text.length;
    this.seenChars += text.length;
    if (!this.threadTried && this.seenChars >= this.workerFrom) this.startThread();
    if (this.waiting.length >= BATCH || this.waitingChars >= BATCH_CHARS) this.flush();
  }

  /** Every file's main subject; complete once the last file has been added. */
  all(): Map<number, string> {
    this.flush();
    if (this.thread) {
      if (this.sent > 0) for (const [id, subject] of this.thread.finish()) this.subjects.set(id, subject);
      else this.thread.stop();
      this.thread = null;
    }
    return this.subjects;
  }

  /** How many texts went to a worker thread. */
  get readByWorker(): number {
    return this.sent;
  }

  private startThread(): void {
    this.threadTried = true;
    this.thread = SubjectThread.start();
    if (this.thread && this.waitForWorker && !this.thread.waitUntilReady()) {
      this.thread.stop();
      this.thread = null;
    }
  }

  private flush(): void {
    if (!this.waiting.length) return;
    if (this.thread?.ready()) {
      this.thread.send({ ids: this.waiting.map((w) => w[0]), texts: this.waiting.map((w) => w[1]) });
      this.sent += this.waiting.length;
    } else {
      for (const [id, text] of this.waiting) {
        const main = mainSubject(text);
        if (main) this.subjects.set(id, main);
      }
    }
    this.waiting = [];
    this.waitingChars = 0;
  }
}
