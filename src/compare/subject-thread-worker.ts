// The worker side of `SubjectThread`: reads each text it is sent for its main subject, and hands back
// every subject found when told that no more texts will come.
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { workerData, type MessagePort } from 'node:worker_threads';
import { DONE, FAILED, FINISHED, READY, type SubjectBatch, type SubjectResult } from './subject-thread.js';

const { port, flags } = workerData as { port: MessagePort; flags: Int32Array };

function signal(slot: number, value: number): void {
  Atomics.store(flags, slot, value);
  Atomics.notify(flags, slot);
}

function fail(error: unknown): void {
  port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies SubjectResult);
  signal(DONE, FAILED);
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
  const { mainSubject } = await import('./main-subject.js');
  const found: [number, string][] = [];
  port.on('message', (msg: SubjectBatch | null) => {
    try {
      if (msg === null) {
        port.postMessage({ found } satisfies SubjectResult);
        signal(DONE, FINISHED);
        port.close();
        return;
      }
      for (let i = 0; i < msg.ids.length; i++) {
        const subject = mainSubject(msg.texts[i] as string);
        if (subject) found.push([msg.ids[i] as number, subject]);
      }
    } catch (error) {
      fail(error);
    }
  });
  signal(READY, 1);
} catch (error) {
  fail(error);
}
