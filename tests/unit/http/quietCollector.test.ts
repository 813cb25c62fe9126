import { QuietCollector, type QuietCollectorDeps } from '../../../src/http/quietCollector';

const MB = 1024 * 1024;

const options = { intervalMs: 1_000, quietBelow: 0.02, quietForMs: 2_000, followUpAfterMs: 6_000, minGrowthBytes: 64 * MB };

/** A process double: heap, busy share and clock set by the test, ticks run by hand, collections counted. */
function fakeProcess(gcAvailable = true) {
  // `heap` is the committed figure, `used` what is in use.
  const state = {
    heap: 100 * MB,
    used: 90 * MB,
    busy: 0,
    nowMs: 0,
    /** Wall time one collection takes. */
    gcMs: 0,
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
          state.nowMs += state.gcMs;
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
    now: () => state.nowMs,
    every: (ms) => {
      state.intervalMs = ms;
      return { stop: () => (state.stopped = true) };
    },
  };
  return { state, deps };
}

/** A collector whose timer fires every interval of the fake clock, `ticks` times at a call. */
function started(gcAvailable = true) {
  const { state, deps } = fakeProcess(gcAvailable);
  const collector = new QuietCollector(deps, options);
  const tick = (ticks = 1) => {
    for (let i = 0; i < ticks; i++) {
      state.nowMs += options.intervalMs;
      collector.tick();
    }
  };
  return { state, collector, tick };
}

/** After a burst: V8 keeps its grown young generation through the first collection. */
function afterBurst(state: ReturnType<typeof fakeProcess>['state']) {
  state.heap = 330 * MB;
  state.heapAfterCollection = 255 * MB;
  state.usedAfterCollection = 80 * MB;
}

describe('QuietCollector', () => {
  it('collects once the loop has been quiet long enough and the heap grew past the threshold', () => {
    const { state, collector, tick } = started();
    expect(state.intervalMs).toBe(1_000);
    state.heap = 300 * MB;
    state.busy = 0.005;
    tick();
    expect(state.collected).toBe(0);
    tick();
    expect(state.collected).toBe(1);
    expect(collector.count).toBe(1);
    // 90 MB was left (all of it in use): growth is now counted from there.
    state.heap = state.used = 150 * MB;
    tick(10);
    expect(state.collected).toBe(1);
    state.heap = state.used = 160 * MB;
    tick();
    expect(state.collected).toBe(2);
  });

  it('starts counting quiet time again after every busy interval', () => {
    const { state, tick } = started();
    state.heap = 300 * MB;
    tick();
    state.busy = 0.3;
    tick();
    state.busy = 0;
    tick();
    expect(state.collected).toBe(0);
    tick();
    expect(state.collected).toBe(1);
  });

  it('follows up once the loop has been quiet for V8’s allocation window after the collection, not before', () => {
    const { state, tick } = started();
    afterBurst(state);
    // The collection itself takes a while: the wait for the follow-up starts after it.
    state.gcMs = 300;
    tick(2);
    expect(state.collected).toBe(1);
    state.heapAfterCollection = 83 * MB;
    tick(5);
    expect(state.collected).toBe(1);
    tick();
    expect(state.collected).toBe(2);
    // 172 MB given back, but now only 3 MB above what is in use: done.
    tick(20);
    expect(state.collected).toBe(2);
  });

  it('lets busy intervals postpone the follow-up until there was the whole window of quiet', () => {
    const { state, tick } = started();
    afterBurst(state);
    tick(2);
    expect(state.collected).toBe(1);
    tick(4);
    state.busy = 0.5;
    tick();
    state.busy = 0;
    tick(5);
    expect(state.collected).toBe(1);
    tick();
    expect(state.collected).toBe(2);
  });

  it('goes on while each collection gives back at least half the threshold', () => {
    const { state, tick } = started();
    state.heap = 270 * MB;
    state.heapAfterCollection = 190 * MB;
    state.usedAfterCollection = 80 * MB;
    tick(2);
    state.heapAfterCollection = 150 * MB;
    tick(6);
    state.heapAfterCollection = 110 * MB;
    tick(6);
    expect(state.collected).toBe(3);
    // 40 MB given back, but only 30 MB above what is in use: done.
    tick(30);
    expect(state.collected).toBe(3);
  });

  it('stops as soon as a collection gives back little, however many pages V8 keeps', () => {
    const { state, tick } = started();
    state.heap = 330 * MB;
    state.heapAfterCollection = 128 * MB;
    state.usedAfterCollection = 80 * MB;
    tick(2);
    tick(6);
    expect(state.collected).toBe(2);
    // V8 kept its pages the second time too: nothing more while the heap does not grow.
    tick(30);
    expect(state.collected).toBe(2);
    // Growth past what the last one left counts again.
    state.heap = 200 * MB;
    tick();
    expect(state.collected).toBe(3);
  });

  it('starts the next busy share after its own collection', () => {
    const { state, tick } = started();
    state.heap = 300 * MB;
    tick();
    const before = state.shareReads;
    tick();
    expect(state.collected).toBe(1);
    expect(state.shareReads - before).toBe(2);
    tick();
    expect(state.shareReads - before).toBe(3);
  });

  it('skips the follow-up when little is held back above what is live', () => {
    const { state, tick } = started();
    state.heap = 330 * MB;
    state.heapAfterCollection = 100 * MB;
    state.usedAfterCollection = 80 * MB;
    tick(2);
    expect(state.collected).toBe(1);
    tick(30);
    expect(state.collected).toBe(1);
  });

  it('leaves a busy loop to V8, however large the heap', () => {
    const { state, tick } = started();
    state.heap = 400 * MB;
    state.busy = 0.4;
    tick(10);
    expect(state.collected).toBe(0);
    state.busy = 0;
    tick(2);
    expect(state.collected).toBe(1);
  });

  it('does not collect for small growth while quiet', () => {
    const { state, tick } = started();
    state.heap = 160 * MB;
    tick(10);
    expect(state.collected).toBe(0);
  });

  it('counts growth from the lowest heap seen, so V8’s own collections move the baseline down', () => {
    const { state, tick } = started();
    state.heap = 50 * MB;
    tick();
    state.heap = 120 * MB;
    tick();
    expect(state.collected).toBe(1);
  });

  it('is inert without the gc function (node without --expose-gc): no timer, no collection', () => {
    const { state, collector, tick } = started(false);
    expect(state.intervalMs).toBe(0);
    state.heap = 500 * MB;
    tick(10);
    expect(collector.count).toBe(0);
    collector.stop();
    expect(state.stopped).toBe(false);
  });

  it('stops its timer', () => {
    const { state, collector } = started();
    collector.stop();
    expect(state.stopped).toBe(true);
  });
});
