// A worker thread that compares claims while this thread goes on extracting them. It is sent each
// batch of texts (for their main subjects) and claims as they are read, files them in its index at
// once, and, when told the last has come, checks every claim and hands back the outcomes in chunks,
// as plain numbers. This thread meanwhile keeps the claims themselves, and completes and writes each
// as its outcome arrives.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { CompareSettings, Outcome } from './comparison.js';
import type { ClaimColumns } from './claim-columns.js';
import { OutcomeDecoder, type OutcomeChunk } from './outcome-codec.js';

/** Slots of the flags the worker sets: it is ready; it has failed; how many messages it has posted. */
export const READY = 0;
export const FAILED = 1;
export const POSTED = 2;

/** Texts and claims read since the last batch. */
export interface FeedBatch {
  /** Main subjects already found in this thread, by file index. */
  known: [number, string][];
  /** Texts to find main subjects in, by file index. */
  ids: number[];
  texts: string[];
  /** Claims to check against, and claims to check (drafts; in corpus mode the sources are checked). */
  sources: ClaimColumns;
  checked: ClaimColumns;
}

export type ToWorker = { batch: FeedBatch } | { finish: { facts: ClaimColumns } };
export type FromWorker = { chunk: OutcomeChunk; last: boolean } | { error: string };

export interface WorkerData {
  port: MessagePort;
  flags: Int32Array;
  settings: CompareSettings;
  /** Every source is also checked. */
  corpus: boolean;
}

const WORKER_FILE = new URL('./compare-thread-worker.js', import.meta.url);

export class CompareThread {
  private readonly flags = new Int32Array(new SharedArrayBuffer(12));
  private readonly port: MessagePort;
  private readonly worker: Worker;
  private readonly explain: boolean;

  private constructor(settings: CompareSettings, corpus: boolean) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.explain = settings.explain;
    const workerData: WorkerData = { port: port2, flags: this.flags, settings, corpus };
    this.worker = new Worker(WORKER_FILE, { workerData, transferList: [port2] });
    // The process need not wait for it: a worker never used is left to end with the process.
    this.worker.unref();
    // A worker that cannot even load never says it is ready, and its texts are read here instead.
    this.worker.on('error', () => Atomics.store(this.flags, FAILED, 1));
  }

  /** A worker, or null where there is none to run (the sources run uncompiled, as under a test runner). */
  static start(settings: CompareSettings, corpus: boolean): CompareThread | null {
    if (!existsSync(fileURLToPath(WORKER_FILE))) return null;
    return new CompareThread(settings, corpus);
  }

  /** Whether it takes batches now; until it does, texts are read in this thread. */
  ready(): boolean {
    return Atomics.load(this.flags, READY) === 1 && Atomics.load(this.flags, FAILED) === 0;
  }

  /** Blocks until the worker is ready or has failed to start; returns whether it is ready. */
  waitUntilReady(): boolean {
    while (Atomics.load(this.flags, READY) === 0 && Atomics.load(this.flags, FAILED) === 0) Atomics.wait(this.flags, READY, 0, 100);
    return this.ready();
  }

  send(batch: FeedBatch): void {
    this.port.postMessage({ batch } satisfies ToWorker, [batch.sources.numbers.buffer as ArrayBuffer, batch.checked.numbers.buffer as ArrayBuffer]);
  }

  /** Tells the worker the last claim has come; yields the outcome of each checked claim, in order. */
  *outcomes(facts: ClaimColumns): Generator<Outcome> {
    this.port.postMessage({ finish: { facts } } satisfies ToWorker);
    const decoder = new OutcomeDecoder(this.explain);
    try {
      for (;;) {
        const reply = this.receive();
        if ('error' in reply) throw new Error(`the comparison thread failed: ${reply.error}`);
        yield* decoder.read(reply.chunk);
        if (reply.last) return;
      }
    } finally {
      this.port.close();
    }
  }

  /** Lets an unused worker go. */
  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }

  /** The worker's next message; blocks until there is one. */
  private receive(): FromWorker {
    for (;;) {
      const posted = Atomics.load(this.flags, POSTED);
      const m = receiveMessageOnPort(this.port);
      if (m) return m.message as FromWorker;
      Atomics.wait(this.flags, POSTED, posted);
    }
  }
}
