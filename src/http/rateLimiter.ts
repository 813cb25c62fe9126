import type { Clock } from '../clock';

/**
 * Fixed-window counter per key (for example a client address). Memory is bounded: old windows are
 * dropped as soon as a new window starts, and at most `maxKeys` keys are tracked per window.
 */
export class RateLimiter {
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
    const now = this.clock.now().getTime();
    if (now - this.windowStart >= this.windowMs) {
      this.windowStart = now - (now % this.windowMs);
      this.counts = new Map();
    }
    const used = this.counts.get(key) ?? 0;
    if (used >= this.limit) return false;
    // A flood of distinct keys must not grow memory without bound: refuse new keys when full.
    if (used === 0 && this.counts.size >= this.maxKeys) return false;
    this.counts.set(key, used + 1);
    return true;
  }
}
