import { QuietCollector, type QuietCollectorDeps } from '../../../src/http/quietCollector';

const MB = 1024 * 1024;

/** A process double: heap and busy share set by the test, ticks run by hand, collections counted. */
function fakeProcess(gcAvailable = true) {
  const state = { heap: 100 * MB, busy: 0, collected: 0, heapAfterCollection: 90 * MB, intervalMs: 0, stopped: false };
  const deps: QuietCollectorDeps = {
    gc: gcAvailable
      ? () => {
          state.collected++;
          state.heap = state.heapAfterCollection;
        }
      : undefined,
    heapCommitted: () => state.heap,
    busyShare: () => state.busy,
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
    // 90 MB was left: growth is now counted from there.
    state.heap = 150 * MB;
    collector.tick();
    expect(state.collected).toBe(1);
    state.heap = 160 * MB;
    collector.tick();
    expect(state.collected).toBe(2);
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
