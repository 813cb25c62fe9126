import path from 'node:path';
import workerThreads from 'node:worker_threads';

const ENTRY = path.resolve(__dirname, '../../support/releaseMemoryWorker.ts');

describe('workerScript', () => {
  const RealWorker = workerThreads.Worker;
  afterEach(() => {
    workerThreads.Worker = RealWorker;
  });

  it("bundles the entry and leaves no thread of esbuild's running after it (jest workers then exit at once)", async () => {
    const exits: Promise<number>[] = [];
    // esbuild reads `Worker` from the module when it starts its thread: a subclass counts the threads
    // it starts and their exits.
    workerThreads.Worker = class extends RealWorker {
      constructor(...args: ConstructorParameters<typeof RealWorker>) {
        super(...args);
        exits.push(new Promise<number>((resolve) => this.once('exit', resolve)));
      }
    };
    let workerScript: ((entry: string) => string) | undefined;
    jest.isolateModules(() => {
      // A fresh module registry: esbuild and the bundle cache load anew, as in each test file.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      workerScript = (require('../../../src/threads/workerSource') as typeof import('../../../src/threads/workerSource')).workerScript;
    });
    const script = workerScript?.(ENTRY) ?? '';
    expect(script).toContain('releaseStartMemory');
    expect(exits.length).toBeGreaterThan(0);
    // Without the stop each promise stays pending and the test runs into its timeout.
    await expect(Promise.all(exits)).resolves.toHaveLength(exits.length);
    // The same entry again comes from the cache: no thread is started for it.
    const started = exits.length;
    expect(workerScript?.(ENTRY)).toBe(script);
    expect(exits).toHaveLength(started);
  });
});
