import { QuietCollector, type QuietCollectorDeps } from '../../../src/http/quietCollector';

const MB = 1024 * 1024;

/** A process double: heap and busy share set by the test, ticks run by hand, collections counted. */
function fakeProcess(gcAvailable = true) {
  // `heap` is the committed figure, `used` what is in use.
  const state = {
    heap: 100 * MB,
    used: 90 * MB,
    busy: 0,
    collected: 0,
    heapAfterCollection: 90 * MB,
    usedAfterCollection: 90 * MB,
    intervalMs: 0,
    stopped: false,
    shareReads: 0,
  };
  const deps: QuietCollectorDeps = {
    gc: gcAvailable
      ? () => {
          state.collected++;
          state.heap = state.heapAfterCollection;
          state.used = state.usedAfterCollection;
        }
      : undefined,
    heapCommitted: () => state.heap,
    heapUsed: () => state.used,
    busyShare: () => {
      state.shareReads++;
      return state.busy;
    },
    every: (ms) => {
      state.intervalMs = ms;
      return { stop: () => (state.stopped = true) };
    },
  };
  return { state, deps };
}

const options = { intervalMs: 5_000, quietBelow: 0.02, minGrowthBytes: 64 * MB };

describe('QuietCollector', () => {
  it('collects once the loop is quiet and the heap grew past the threshold, then measures from what is left', () => {
    const { state, deps } = fakeProcess();
    const collector = new QuietCollector(deps, options);
    expect(state.intervalMs).toBe(5_000);
    state.heap = 300 * MB;
    state.busy = 0.005;
    collector.tick();
    expect(state.collected).toBe(1);
    expect(collector.count).toBe(1);
    // 90 MB was left: growth is now counted from there (here all of it in use).
    state.heap = state.used = 150 * MB;
    collector.tick();
    expect(state.collected).toBe(1);
    state.heap = state.used = 160 * MB;
    collector.tick();
    expect(state.collected).toBe(2);
  });

  it('collects once more a quiet interval later when the heap stays committed far above what is live', () => {
    const { state, deps } = fakeProcess();
    const collector = new QuietCollector(deps, options);
    // After a burst: V8 keeps its grown young generation through the first collection.
    state.heap = 330 * MB;
    state.heapAfterCollection = 128 * MB;
    state.usedAfterCollection = 80 * MB;
    collector.tick();
    expect(state.collected).toBe(1);
    // The next quiet interval: V8 has seen little allocation since and gives the pages back.
    state.heapAfterCollection = 83 * MB;
    collector.tick();
    expect(state.collected).toBe(2);
    collector.tick();
    collector.tick();
    expect(state.collected).toBe(2);
  });

  it('goes on once per quiet interval while each collection gives back at least half the threshold', () => {
    const { state, deps } = fakeProcess();
    const collector = new QuietCollector(deps, options);
    state.heap = 270 * MB;
    state.heapAfterCollection = 190 * MB;
    state.usedAfterCollection = 80 * MB;
    collector.tick();
    state.heapAfterCollection = 150 * MB;
    collector.tick();
    state.heapAfterCollection = 110 * MB;
    collector.tick();
    expect(state.collected).toBe(3);
    // 40 MB given back, but only 30 MB above what is in use: done.
    collector.tick();
    collector.tick();
    expect(state.collected).toBe(3);
  });

  it('stops as soon as a collection gives back little, however many pages V8 keeps', () => {
    const { state, deps } = fakeProcess();
    const collector = new QuietCollector(deps, options);
    state.heap = 330 * MB;
    state.heapAfterCollection = 128 * MB;
    state.usedAfterCollection = 80 * MB;
    collector.tick();
    collector.tick();
    expect(state.collected).toBe(2);
    // V8 kept its pages the second time too: nothing more while the heap does not grow.
    collector.tick();
    collector.tick();
    expect(state.collected).toBe(2);
    // Growth past what the last one left counts again.
    state.heap = 200 * MB;
    collector.tick();
    expect(state.collected).toBe(3);
  });

  it('starts the next busy share after its own collection', () => {
    const { state, deps } = fakeProcess();
    const collector = new QuietCollector(deps, options);
    const before = state.shareReads;
    state.heap = 300 * MB;
    collector.tick();
    expect(state.collected).toBe(1);
    expect(state.shareReads - before).toBe(2);
    collector.tick();
    expect(state.shareReads - before).toBe(3);
  });

  it('waits for a quiet interval for the second collection, and skips it when little is held back', () => {
    const { state, deps } = fakeProcess();
    const collector = new QuietCollector(deps, options);
    state.heap = 330 * MB;
    state.heapAfterCollection = 100 * MB;
    state.usedAfterCollection = 80 * MB;
    collector.tick();
    expect(state.collected).toBe(1);
    state.busy = 0.5;
    collector.tick();
    expect(state.collected).toBe(1);
    // Quiet again, but only 20 MB above what is live: not worth a collection.
    state.busy = 0;
    collector.tick();
    expect(state.collected).toBe(1);
  });

  it('leaves a busy loop to V8, however large the heap', () => {
    const { state, deps } = fakeProcess();
    const collector = new QuietCollector(deps, options);
    state.heap = 400 * MB;
    state.busy = 0.4;
    collector.tick();
    expect(state.collected).toBe(0);
    state.busy = 0;
    collector.tick();
    expect(state.collected).toBe(1);
  });

  it('does not collect for small growth while quiet', () => {
    const { state, deps } = fakeProcess();
    const collector = new QuietCollector(deps, options);
    state.heap = 160 * MB;
    collector.tick();
    expect(state.collected).toBe(0);
  });

  it('counts growth from the lowest heap seen, so V8’s own collections move the baseline down', () => {
    const { state, deps } = fakeProcess();
    const collector = new QuietCollector(deps, options);
    state.heap = 50 * MB;
    collector.tick();
    state.heap = 120 * MB;
    collector.tick();
    expect(state.collected).toBe(1);
  });

  it('is inert without the gc function (node without --expose-gc): no timer, no collection', () => {
    const { state, deps } = fakeProcess(false);
    const collector = new QuietCollector(deps, options);
    expect(state.intervalMs).toBe(0);
    state.heap = 500 * MB;
    collector.tick();
    expect(collector.count).toBe(0);
    collector.stop();
    expect(state.stopped).toBe(false);
  });

  it('stops its timer', () => {
    const { state, deps } = fakeProcess();
    new QuietCollector(deps, options).stop();
    expect(state.stopped).toBe(true);
  });
});
