import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { releaseStartMemory } from '../../../src/threads/releaseStartMemory';
import { workerScript } from '../../../src/threads/workerSource';

interface Spaces {
  large: { used: number; physical: number };
  young: { used: number; physical: number };
}

const WORKER = path.resolve(__dirname, '../../support/releaseMemoryWorker.ts');

describe('releaseStartMemory', () => {
  it("in a worker thread: collects the loading's garbage, shrinks the young generation, and the thread still ends when told", async () => {
    const worker = new Worker(workerScript(WORKER), { eval: true });
    const exited = new Promise<number>((resolve) => worker.once('exit', resolve));
    const answer = await new Promise<{ kept: number; before: Spaces; after: Spaces }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    expect(answer.kept).toBeGreaterThan(0);
    expect(answer.after.large.used).toBeLessThan(answer.before.large.used);
    expect(answer.after.young.physical).toBeLessThan(answer.before.young.physical);
    // Disconnecting the session inside its answer deadlocked the thread: terminate never resolved.
    await worker.terminate();
    expect(typeof (await exited)).toBe('number');
  });

  it('resolves on the main thread as well', async () => {
    await expect(releaseStartMemory()).resolves.toBeUndefined();
  });
});
