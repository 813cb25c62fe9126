/**
 * Runs `work` once the promise jobs that are queued or running now have all run (and the jobs they
 * queue in turn), before the event loop's next callback: a promise job queues a tick, and Node runs
 * ticks only after the microtask queue has drained. Called from a callback that resolved promises
 * (a commit's answer letting a block of turns go on), `work` runs right after that whole block,
 * while `setImmediate` would wait for every other callback of the loop's poll phase, other blocks
 * of turns included.
 */
export function afterPromiseJobs(work: () => void): void {
  queueMicrotask(() => process.nextTick(work));
}
