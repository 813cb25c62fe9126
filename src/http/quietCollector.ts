/**
 * A full garbage collection when the server is quiet and its heap has grown well past what was
 * live after the last one. V8 only collects the old generation when it reaches a limit it set
 * at the last full collection (a multiple of what was live then); after a burst (10,000
 * conversations opened, a busy hour) the garbage stays below that limit and the pages stay
 * committed: measured 383–386 MB RSS with 10,000 idle conversations against 221 MB after a full
 * collection (ADR 0002). V8's own memory reducer is armed only by a full collection, so it does not
 * help there. Under load this does nothing (the loop is busy, V8 decides); when the loop has been
 * nearly idle for `quietForMs`, one collection gives the pages back, and a few more follow while
 * V8 keeps giving back (see `tick`). It needs the `gc` function (`node --expose-gc`, as
 * `npm start` runs the server); without it the collector is inert.
 */
import { performance } from 'node:perf_hooks';

export interface QuietCollectorDeps {
  /** `globalThis.gc`, present when node runs with --expose-gc. */
  readonly gc: (() => void) | undefined;
  /**
   * Bytes the JS heap holds now: committed, not only in use. Pages V8 kept after its own
   * collections and a young generation grown during a burst (npm start lets it grow to 2 × 64 MB)
   * are RSS too, while the heap in use may hardly have grown.
   */
  readonly heapCommitted: () => number;
  /** Bytes of the JS heap in use now (live data and garbage not yet collected). */
  readonly heapUsed: () => number;
  /** Share of wall time (0–1) the event loop was busy since the previous call. */
  readonly busyShare: () => number;
  /** Milliseconds on a monotonic clock. */
  readonly now: () => number;
  /** Calls `tick` every `ms` milliseconds until stopped; the timer must not keep the process alive. */
  readonly every: (ms: number, tick: () => void) => { stop(): void };
}

export interface QuietCollectorOptions {
  /** How often the loop's busy share and the heap are looked at. */
  readonly intervalMs: number;
  /** Busier than this share of an interval is not quiet. */
  readonly quietBelow: number;
  /** How long the loop must have been quiet before a first collection. */
  readonly quietForMs: number;
  /**
   * Quiet time after a collection before a follow-up. V8 shrinks a grown young generation only
   * when its allocation rate over the last 5 s (the GC tracer's window, measured between
   * collections) is low: a follow-up sooner than that still sees the burst and keeps it.
   */
  readonly followUpAfterMs: number;
  /** Growth over the heap committed after the last collection that is worth one (bytes). */
  readonly minGrowthBytes: number;
}

export const QUIET_COLLECTOR_DEFAULTS: QuietCollectorOptions = {
  intervalMs: 1_000,
  quietBelow: 0.02,
  quietForMs: 2_000,
  followUpAfterMs: 6_000,
  minGrowthBytes: 64 * 1024 * 1024,
};

export class QuietCollector {
  private afterLast: number;
  private readonly timer: { stop(): void } | undefined;
  private collections = 0;
  /** The last collection gave back much: one more may follow after `followUpAfterMs` (see tick). */
  private followUp = false;
  /** Since when the loop has been quiet without a break, or since the last collection if later. */
  private quietSince: number | undefined;
  private lastTick: number;

  constructor(
    private readonly deps: QuietCollectorDeps,
    private readonly options: QuietCollectorOptions = QUIET_COLLECTOR_DEFAULTS,
  ) {
    this.afterLast = deps.heapCommitted();
    this.lastTick = deps.now();
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
    const now = this.deps.now();
    const intervalStart = this.lastTick;
    this.lastTick = now;
    const committed = this.deps.heapCommitted();
    // The heap can also shrink by V8's own collections: measure growth from the lower figure.
    if (committed < this.afterLast) this.afterLast = committed;
    if (this.deps.busyShare() >= this.options.quietBelow) {
      this.quietSince = undefined;
      return;
    }
    this.quietSince ??= intervalStart;
    const quietMs = now - this.quietSince;
    if (this.followUp) {
      // V8 shrinks a grown young generation only when it has seen little allocation lately, and
      // gives old-space pages back a part at a time: right after a burst the heap stays committed
      // well above what is live. So one more collection once the loop has been quiet for V8's
      // allocation window, and again while each gives back at least half the threshold: a bounded
      // number (every one frees that much), and a quiet server is never collected again and
      // again for pages V8 keeps.
      if (quietMs < this.options.followUpAfterMs) return;
      this.followUp = false;
      if (committed - this.deps.heapUsed() >= this.options.minGrowthBytes / 2) {
        this.collect(gc, committed);
        return;
      }
    }
    if (quietMs < this.options.quietForMs) return;
    if (committed - this.afterLast < this.options.minGrowthBytes) return;
    this.collect(gc, committed);
  }

  private collect(gc: () => void, committed: number): void {
    gc();
    this.collections++;
    // The collection itself (100–300 ms) is not traffic: the next interval's share starts after
    // it, and so does the quiet time a follow-up waits for.
    this.deps.busyShare();
    this.lastTick = this.deps.now();
    this.quietSince = this.lastTick;
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
      now: () => performance.now(),
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
