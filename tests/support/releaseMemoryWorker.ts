/**
 * A worker thread for releaseStartMemory's test: it makes garbage as a thread's loading does (large
 * strings no longer referenced, a young generation grown by short-lived objects), gives it back and
 * says what its heap held before and after.
 */
import { getHeapSpaceStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { releaseStartMemory } from '../../src/threads/releaseStartMemory';

const port = parentPort;
if (port === null) throw new Error('releaseMemoryWorker runs as a worker thread only.');

function space(name: string): { used: number; physical: number } {
  const found = getHeapSpaceStatistics().find((s) => s.space_name === name);
  return { used: found?.space_used_size ?? 0, physical: found?.physical_space_size ?? 0 };
}

let kept = 0;
// Large strings, dropped once their length is taken: garbage in the large-object space.
for (let i = 0; i < 8; i++)
  kept += 'x'
    .repeat(2_000_000 + i)
    .split('')
    .join('').length;
// Short-lived small objects: the young generation grows to hold them.
for (let i = 0; i < 200_000; i++) kept += JSON.stringify({ i, text: `woord ${i}` }).length;

const before = { large: space('large_object_space'), young: space('new_space') };
void releaseStartMemory().then(() => {
  port.postMessage({ kept, before, after: { large: space('large_object_space'), young: space('new_space') } });
});
