// A worker thread that finds main subjects while this thread goes on extracting. Finding them is the
// one part of `check` that needs only the texts, so a second processor can do it alongside. The
// worker is used only once it has started: until then, and if it cannot start, texts are read here.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';

/** Slots of the flags the worker sets: it is ready for texts; it is done, and how. */
export const READY = 0;
export const DONE = 1;
export const FINISHED = 1;
export const FAILED = 2;

/** Texts sent in one message: file indexes and texts, side by side. */
export interface SubjectBatch {
  ids: number[];
  texts: string[];
}

/** The worker's one reply: every subject found, by file index, or why it stopped. */
export type SubjectResult = { found: [number, string][] } | { error: string };

const WORKER_FILE = new URL('./subject-thread-worker.js', import.meta.url);

export class SubjectThread {
  private readonly flags = new Int32Array(new SharedArrayBuffer(8));
  private readonly port: MessagePort;
  private readonly worker: Worker;

  private constructor() {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_FILE, { workerData: { port: port2, flags: this.flags }, transferList: [port2] });
    // The process need not wait for it: a worker never used is left to end with the process.
    this.worker.unref();
  }

  /** A worker, or null where there is none to run (the sources run uncompiled, as under a test runner). */
  static start(): SubjectThread | null {
    if (!existsSync(fileURLToPath(WORKER_FILE))) return null;
    return new SubjectThread();
  }

  /** Whether it takes texts now; until it does, they are read in this thread. */
  ready(): boolean {
    return Atomics.load(this.flags, READY) === 1 && Atomics.load(this.flags, DONE) === 0;
  }

  /** Blocks until the worker is ready or has failed to start; returns whether it is ready. */
  waitUntilReady(): boolean {
    while (Atomics.load(this.flags, READY) === 0 && Atomics.load(this.flags, DONE) === 0) Atomics.wait(this.flags, READY, 0, 100);
    return this.ready();
  }

  send(batch: SubjectBatch): void {
    this.port.postMessage(batch);
  }

  /** Every subject the worker found; blocks until it has read all it was sent. */
  finish(): [number, string][] {
    this.port.postMessage(null);
    while (Atomics.load(this.flags, DONE) === 0) Atomics.wait(this.flags, DONE, 0);
    const reply = receiveMessageOnPort(this.port)?.message as SubjectResult | undefined;
    this.port.close();
    if (!reply) throw new Error('the main-subject worker ended without a reply');
    if ('error' in reply) throw new Error(`the main-subject worker failed: ${reply.error}`);
    return reply.found;
  }

  /** Lets an unused worker go. */
  stop(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
