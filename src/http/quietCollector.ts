/**
 * A full garbage collection when the server is quiet and its heap has grown well past what was
 * live after the last one. V8 only collects the old generation when it reaches a limit it set
 * at the last full collection (a multiple of what was live then); after a burst (10,000
 * conversations opened, a busy hour) the garbage stays below that limit and the pages stay
 * committed: measured 383–386 MB RSS with 10,000 idle conversations against 221 MB after a full
 * collection (ADR 0002). V8's own memory reducer is armed only by a full collection, so it does not
 * help there. Under load this does nothing (the loop is busy, V8 decides); when the loop has been
 * nearly idle for one interval, one collection gives the pages back (and a few more, one per
 * quiet interval, while V8 keeps giving back, see `tick`). It needs the `gc` function
 * (`node --expose-gc`, as `npm start` runs the server); without it the collector is inert.
 */
import { performance } from 'node:perf_hooks';

export interface QuietCollectorDeps {
  /** `globalThis.gc`, present when node runs with --expose-gc. */
  readonly gc: (() => void) | undefined;
  /**
   * Bytes the JS heap holds now: committed, not only in use. Pages V8 kept after its own
   * collections and a young generation grown during a burst (npm start lets it grow to 2 × 32 MB)
   * are RSS too, while the heap in use may hardly have grown.
   */
  readonly heapCommitted: () => number;
  /** Bytes of the JS heap in use now (live data and garbage not yet collected). */
  readonly heapUsed: () => number;
  /** Share of wall time (0–1) the event loop was busy since the previous call. */
  readonly busyShare: () => number;
  /** Calls `tick` every `ms` milliseconds until stopped; the timer must not keep the process alive. */
  readonly every: (ms: number, tick: () => void) => { stop(): void };
}

export interface QuietCollectorOptions {
  /** How often the loop's busy share and the heap are looked at. */
  readonly intervalMs: number;
  /** Busier than this share of an interval is not quiet. */
  readonly quietBelow: number;
  /** Growth over the heap committed after the last collection that is worth one (bytes). */
  readonly minGrowthBytes: number;
}

export const QUIET_COLLECTOR_DEFAULTS: QuietCollectorOptions = {
  intervalMs: 5_000,
  quietBelow: 0.02,
  minGrowthBytes: 64 * 1024 * 1024,
};

export class QuietCollector {
  private afterLast: number;
  private readonly timer: { stop(): void } | undefined;
  private collections = 0;
  /** The last collection gave back much: the next quiet interval may collect once more (see tick). */
  private followUp = false;

  constructor(
    private readonly deps: QuietCollectorDeps,
    private readonly options: QuietCollectorOptions = QUIET_COLLECTOR_DEFAULTS,
  ) {
    this.afterLast = deps.heapCommitted();
    this.timer = deps.gc === undefined ? undefined : deps.every(options.intervalMs, () => this.tick());
    // The first share covers the time before the collector started (the start-up's warm-up).
    deps.busyShare();
  }

  /** Full collections run so far (for the log and tests). */
  get count(): number {
    return this.collections;
  }

  tick(): void {
    const gc = this.deps.gc;
    if (gc === undefined) return;
    const quiet = this.deps.busyShare() < this.options.quietBelow;
    const committed = this.deps.heapCommitted();
    // The heap can also shrink by V8's own collections: measure growth from the lower figure.
    if (committed < this.afterLast) this.afterLast = committed;
    if (!quiet) return;
    const grown = committed - this.afterLast >= this.options.minGrowthBytes;
    // V8 shrinks a grown young generation only when it has seen little allocation lately, and
    // gives old-space pages back a part at a time: right after a burst the heap stays committed
    // well above what is live. So one more collection a quiet interval later, and again while
    // each gives back at least half the threshold: a bounded number (every one frees that much),
    // and a quiet server is never collected again and again for pages V8 keeps.
    const heldBack = this.followUp && committed - this.deps.heapUsed() >= this.options.minGrowthBytes / 2;
    this.followUp = false;
    if (!grown && !heldBack) return;
    gc();
    this.collections++;
    // The collection itself (100–300 ms of a 5 s interval) is not traffic: the next interval's
    // share starts after it, or the second collection would wait one interval longer.
    this.deps.busyShare();
    const after = this.deps.heapCommitted();
    this.followUp = committed - after >= this.options.minGrowthBytes / 2;
    this.afterLast = after;
  }

  stop(): void {
    this.timer?.stop();
  }
}

/** The collector on this process: `globalThis.gc`, the heap committed and the event loop's utilisation. */
export function processQuietCollector(options?: QuietCollectorOptions): QuietCollector {
  let last = performance.eventLoopUtilization();
  return new QuietCollector(
    {
      // Plain gc(): on Node 20 the options form (type, flavor) ran no full collection at all.
      gc: typeof globalThis.gc === 'function' ? () => globalThis.gc?.() : undefined,
      heapCommitted: () => process.memoryUsage().heapTotal,
      heapUsed: () => process.memoryUsage().heapUsed,
      busyShare: () => {
        const now = performance.eventLoopUtilization();
        const share = performance.eventLoopUtilization(now, last).utilization;
        last = now;
        return share;
      },
      every: (ms, tick) => {
        const timer = setInterval(tick, ms);
        timer.unref();
        return { stop: () => clearInterval(timer) };
      },
    },
    options,
  );
}
