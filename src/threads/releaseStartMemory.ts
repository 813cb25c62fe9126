/**
 * A full collection that also gives memory back, for a worker thread that has loaded and warmed
 * up: what the loading parsed (a model file's JSON text, its decoded lists) and what the warm-up
 * made is garbage by then, and the young generation the warm-up grew stays at that size. An idle
 * thread makes no garbage, so V8 never collects it on its own, and the process's forced collection
 * (the inspector's, the memory bench's) reaches the main isolate only.
 *
 * The thread's own inspector session asks V8 for the collection it makes when memory is low
 * (HeapProfiler.collectGarbage: compacting, the young generation shrunk, pooled pages given back);
 * `global.gc` would need --expose-gc and does not shrink the young generation (round 32: a reading
 * thread 179 → 128 MB RSS with this, 179 → 157 with gc()). Without an inspector (a Node built
 * without one) it does nothing: the memory is only held longer.
 */
import { Session } from 'node:inspector';

/** Longest wait for the collection's answer (a few tens of ms in practice): the thread never hangs on it. */
const ANSWER_WITHIN_MS = 5_000;

export function releaseStartMemory(): Promise<void> {
  return new Promise((resolve) => {
    let session: Session;
    try {
      session = new Session();
      session.connect();
    } catch {
      resolve();
      return;
    }
    // An inspector session is no handle: this timer keeps the thread alive until the answer comes.
    const keepAlive = setTimeout(done, ANSWER_WITHIN_MS);
    let finished = false;
    function done(): void {
      if (finished) return;
      finished = true;
      clearTimeout(keepAlive);
      // Disconnecting inside the answer's callback deadlocks a worker thread (Node 20): after it.
      setImmediate(() => {
        session.disconnect();
        resolve();
      });
    }
    session.post('HeapProfiler.collectGarbage', done);
  });
}
