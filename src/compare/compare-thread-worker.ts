// The worker side of `CompareThread`: finds each text's main subject, files each source claim in the
// index as it comes, and, once told the last has come, checks the claims and posts the outcomes.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { workerData } from 'node:worker_threads';
import { FAILED, POSTED, READY, type FeedBatch, type FromWorker, type ToWorker, type WorkerData } from './compare-thread.js';
import type { Comparable } from './profile.js';
import { fromColumns, type ClaimColumns } from './claim-columns.js';

const { port, flags, settings, corpus } = workerData as WorkerData;

/**
 * Outcomes per message: the other thread writes out each chunk while the next is worked out. The
 * first is small, so that it starts soon.
 */
const FIRST_CHUNK = 256;
const CHUNK = 2048;

function post(message: FromWorker, transfer: ArrayBuffer[] = []): void {
  port.postMessage(message, transfer);
  Atomics.add(flags, POSTED, 1);
  Atomics.notify(flags, POSTED);
}

function fail(error: unknown): void {
  post({ error: error instanceof Error ? error.message : String(error) });
  Atomics.store(flags, FAILED, 1);
  Atomics.notify(flags, READY);
  port.close();
}

/**
 * Runs this thread at the lowest priority, where the system allows it (Linux sets priorities thread by
 * thread): with few processors, the thread doing the extraction must not wait for this one.
 */
function yieldToMainThread(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, 19);
  } catch {
    // Elsewhere it runs at the same priority as the rest.
  }
}

yieldToMainThread();

try {
  const [{ mainSubject }, { Comparison }, { OutcomeEncoder }] = await Promise.all([
    import('./main-subject.js'),
    import('./comparison.js'),
    import('./outcome-codec.js'),
  ]);
  const comparison = new Comparison(settings);
  const subjects = new Map<number, string>();
  /** Drafts to check, kept until the last source has come. */
  const checked: { claim: Comparable; fileIndex: number }[] = [];
  const take = (batch: FeedBatch) => {
    for (const [id, subject] of batch.known) subjects.set(id, subject);
    for (let i = 0; i < batch.ids.length; i++) {
      const subject = mainSubject(batch.texts[i] as string);
      if (subject) subjects.set(batch.ids[i] as number, subject);
    }
    for (const { claim, fileIndex } of fromColumns(batch.sources)) comparison.addSource(claim, fileIndex, subjects.get(fileIndex) ?? null);
    for (const draft of fromColumns(batch.checked)) checked.push(draft);
  };
  const finish = (facts: ClaimColumns) => {
    comparison.seal(fromColumns(facts).map((f) => f.claim));
    const encoder = new OutcomeEncoder(settings.explain);
    let chunkSize = FIRST_CHUNK;
    const send = (last: boolean) => {
      const chunk = encoder.take();
      post({ chunk, last }, [chunk.ints.buffer as ArrayBuffer]);
      chunkSize = CHUNK;
    };
    const n = corpus ? comparison.sourceCount : checked.length;
    if (!corpus) for (const { claim, fileIndex } of checked as { claim: Comparable; fileIndex: number }[]) comparison.addChecked(claim, fileIndex, subjects.get(fileIndex) ?? null);
    for (let i = 0; i < n; i++) {
      encoder.add(corpus ? comparison.ofSource(i) : comparison.ofChecked(i));
      if (encoder.size >= chunkSize) send(false);
    }
    send(true);
    port.close();
  };
  port.on('message', (msg: ToWorker) => {
    try {
      if ('batch' in msg) take(msg.batch);
      else finish(msg.finish.facts);
    } catch (error) {
      fail(error);
    }
  });
  Atomics.store(flags, READY, 1);
  Atomics.notify(flags, READY);
} catch (error) {
  fail(error);
}
