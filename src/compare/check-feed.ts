// Where `check` sends what it reads: texts (for their main subjects) and claims, file by file. Claims
// are kept as columns (`ClaimStore`). On a small input they are compared here once all are read. On a
// large one they go, a batch at a time, to a worker thread (`CompareThread`) that files them in its
// index while this thread goes on extracting; then the worker checks them and this thread completes
// and hands on each claim as its outcome comes back. Either way the output is the same.
import { availableParallelism } from 'node:os';
import type { Claim } from '../schema.js';
import { checkClaimsStream, complete, EvidenceBook, listOf } from './check.js';
import { ClaimStore } from './claim-store.js';
import type { CompareSettings } from './comparison.js';
import { CompareThread } from './compare-thread.js';
import { MainSubjects } from './main-subjects.js';
import { toColumns } from './claim-columns.js';

/** Files, and characters, sent to the worker at once at most. */
const BATCH = 64;
const BATCH_CHARS = 4_000_000;
/**
 * Characters read before a worker is started. A smaller input is done sooner without one: the worker
 * needs about a tenth of a second to start, and comparing a few megabytes takes less. With one
 * processor there is none: the two threads would only take turns.
 */
const WORKER_FROM = 4_000_000;

const workerFrom = () => (availableParallelism() < 2 ? Number.POSITIVE_INFINITY : WORKER_FROM);

export interface FeedOptions {
  /** Characters read before a worker is started (Infinity: never); by default 4 MB, with two processors or more. */
  workerFrom?: number;
  /** Wait for the worker to start, rather than go on here until it has. */
  waitForWorker?: boolean;
}

export class CheckFeed {
  /** The claims to check, in input order. */
  private readonly checked = new ClaimStore();
  /** The claims to check against: in corpus mode, the checked claims themselves. */
  private sources: ClaimStore;
  /** Where claims read now go. */
  private collecting: ClaimStore;
  private readonly settings: CompareSettings;
  private readonly corpus: boolean;
  private readonly workerFrom: number;
  private readonly waitForWorker: boolean;
  /** Main subjects found in this thread, before the worker takes over (or without one). */
  private readonly subjects = new MainSubjects();
  private thread: CompareThread | null = null;
  private threadTried = false;
  /** The worker has been sent the first batch: from now on it gets every text and claim. */
  private handedOver = false;
  private ids: number[] = [];
  private texts: string[] = [];
  private waitingChars = 0;
  private seenChars = 0;
  /** How many checked claims and sources the worker has been sent. */
  private sentChecked = 0;
  private sentSources = 0;
  private textsSent = 0;

  /** `corpus`: every file is checked against every other; otherwise drafts come first, then sources. */
  constructor(settings: CompareSettings, corpus: boolean, options: FeedOptions = {}) {
    this.settings = settings;
    this.corpus = corpus;
    this.sources = corpus ? this.checked : new ClaimStore();
    this.collecting = this.checked;
    this.workerFrom = options.workerFrom ?? workerFrom();
    this.waitForWorker = options.waitForWorker ?? false;
  }

  /** How many texts went to a worker thread. */
  get readByWorker(): number {
    return this.textsSent;
  }

  /** A file has been read; its claims follow. */
  document(fileIndex: number, text: string): void {
    this.seenChars += text.length;
    if (!this.threadTried && this.seenChars >= this.workerFrom) this.startThread();
    if (!this.handedOver && !this.thread?.ready()) {
      this.subjects.add(fileIndex, text);
      return;
    }
    this.ids.push(fileIndex);
    this.texts.push(text);
    this.waitingChars += text.length;
    // The first batch goes as soon as the worker is ready: it brings the backlog of claims read so far.
    if (!this.handedOver || this.ids.length >= BATCH || this.waitingChars >= BATCH_CHARS) this.flush();
  }

  claim(claim: Claim, fileIndex: number): void {
    this.collecting.push(claim, fileIndex);
  }

  /** The drafts have all been read; sources come next. */
  beginSources(): void {
    if (this.corpus) throw new Error('a corpus has no separate sources');
    this.collecting = this.sources;
  }

  /** Every checked claim, completed, in input order. `facts` outrank sources. */
  *results(facts: Claim[]): Generator<Claim> {
    // A worker that has had nothing yet has done nothing alongside: comparing here is as soon done.
    if (this.thread && !this.handedOver) {
      this.thread.stop();
      this.thread = null;
    }
    const thread = this.thread;
    if (!thread) {
      yield* checkClaimsStream({ ...this.settings, checked: this.checked, sources: this.sources, facts, subjects: this.subjects.all() });
      return;
    }
    this.flush();
    this.thread = null;
    const book = new EvidenceBook(this.sources, facts, this.settings.explain);
    let i = 0;
    for (const outcome of thread.outcomes(toColumns(listOf(facts.map((claim) => ({ claim, fileIndex: -1 })))))) {
      yield complete(this.checked.claim(i++), outcome, book);
    }
    if (i !== this.checked.length) throw new Error(`the comparison thread checked ${i} of ${this.checked.length} claims`);
  }

  /** Lets the worker go when the claims will not be checked after all (an input could not be read). */
  abandon(): void {
    this.thread?.stop();
    this.thread = null;
  }

  private startThread(): void {
    this.threadTried = true;
    this.thread = CompareThread.start(this.settings, this.corpus);
    if (this.thread && this.waitForWorker && !this.thread.waitUntilReady()) {
      this.thread.stop();
      this.thread = null;
    }
  }

  /** Sends the worker what it has not yet had: subjects found here (once), texts, and claims. */
  private flush(): void {
    const thread = this.thread as CompareThread;
    const known = this.handedOver ? [] : [...this.subjects.all()];
    this.handedOver = true;
    thread.send({
      known,
      ids: this.ids,
      texts: this.texts,
      // From the store, the claims not sent yet; in corpus mode the checked claims are the sources.
      sources: toColumns(this.sources, this.sentSources),
      checked: toColumns(this.checked, this.corpus ? this.checked.length : this.sentChecked),
    });
    this.textsSent += this.ids.length;
    this.sentSources = this.sources.length;
    if (!this.corpus) this.sentChecked = this.checked.length;
    this.ids = [];
    this.texts = [];
    this.waitingChars = 0;
  }
}
