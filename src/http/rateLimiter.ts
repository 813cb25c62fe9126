import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { ClusterCounters } from '../store/clusterPorts';

/** Either limiter below: callers await `take`. */
export interface RequestLimiter {
  /** Counts one request for `key`; false when the key is over its limit in this window. */
  take(key: string): boolean | Promise<boolean>;
  /** Throws TooManyRequests with Retry-After when `key` is over its limit. */
  enforce(key: string, what?: string): void | Promise<void>;
}

/**
 * Fixed-window counter per key (for example a client address). Memory is bounded: old windows are
 * dropped as soon as a new window starts, and at most `maxKeys` keys are tracked per window.
 */
export class RateLimiter implements RequestLimiter {
  private windowStart = 0;
  private counts = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly limit: number,
    private readonly windowMs = 60_000,
    private readonly maxKeys = 100_000,
  ) {}

  /** Counts one request for `key`; false when the key is over its limit in this window. */
  take(key: string): boolean {
    return this.check(key) === null;
  }

  /** Like take(), but says how long to wait: null when allowed, else whole seconds until the window ends. */
  check(key: string): number | null {
    const wait = this.blocked(key);
    if (wait !== null) return wait;
    this.counts.set(key, (this.counts.get(key) ?? 0) + 1);
    return null;
  }

  /**
   * Counts nothing: the wait check() would answer for `key` now, or null when its next request
   * would pass. Lets a route refuse a client that is already over its limit before it reads (and
   * pays for) a body whose content decides which limit applies.
   */
  blocked(key: string): number | null {
    const now = this.clock.now().getTime();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now - (now % this.windowMs);
      this.counts = new Map();
    }
    const used = this.counts.get(key) ?? 0;
    const wait = Math.max(1, Math.ceil((this.windowStart + this.windowMs - now) / 1000));
    if (used >= this.limit) return wait;
    // A flood of distinct keys must not grow memory without bound: refuse new keys when full.
    if (used === 0 && this.counts.size >= this.maxKeys) return wait;
    return null;
  }

  /** Throws TooManyRequests with Retry-After when `key` is over its limit. */
  enforce(key: string, what = 'requests'): void {
    const wait = this.check(key);
    if (wait !== null) throw new AppError('TooManyRequests', `Too many ${what}.`, { retryAfterSeconds: wait });
  }

  /**
   * Drops what this window counted for `key`, as if it had sent nothing: for the start's made-up
   * warm-up traffic, which must neither use up a limit nor hold one of the `maxKeys` places.
   */
  forget(key: string): void {
    this.counts.delete(key);
  }
}

/**
 * The same fixed windows, counted in the shared store, so a client cannot multiply its limit by
 * the number of instances behind the load balancer. `name` keeps limiters apart in the store.
 */
export class SharedRateLimiter implements RequestLimiter {
  constructor(
    private readonly counters: ClusterCounters,
    private readonly clock: Clock,
    private readonly name: string,
    private readonly limit: number,
    private readonly windowMs = 60_000,
  ) {}

  async take(key: string): Promise<boolean> {
    const now = this.clock.now().getTime();
    const windowStart = new Date(now - (now % this.windowMs));
    return (await this.counters.hit(`${this.name}:${key}`, windowStart, this.windowMs)) <= this.limit;
  }

  async enforce(key: string, what = 'requests'): Promise<void> {
    if (await this.take(key)) return;
    const now = this.clock.now().getTime();
    const wait = Math.max(1, Math.ceil((this.windowMs - (now % this.windowMs)) / 1000));
    throw new AppError('TooManyRequests', `Too many ${what}.`, { retryAfterSeconds: wait });
  }
}

/** A shared limiter when instances share the store, else the in-process one. */
export function requestLimiter(
  counters: { shared: boolean; counters: ClusterCounters },
  clock: Clock,
  name: string,
  limit: number,
  windowMs = 60_000,
): RequestLimiter {
  return counters.shared ? new SharedRateLimiter(counters.counters, clock, name, limit, windowMs) : new RateLimiter(clock, limit, windowMs);
}
