/**
 * Waits between reconnect attempts: short at first, because most drops are a moment in a tunnel
 * or a switch between Wi-Fi and mobile data, then longer, never more than a few seconds, so a
 * citizen never sits in silence long after the network is back. Jitter spreads the reconnects of
 * many pages after a server restart.
 */
export const RECONNECT_STEPS_MS: readonly number[] = [250, 1000, 2000, 4000, 8000];

export class Backoff {
  private attempt = 0;

  constructor(
    private readonly random: () => number,
    private readonly steps: readonly number[] = RECONNECT_STEPS_MS,
  ) {}

  /** The wait before the next attempt: the step for this attempt, ±20%. */
  next(): number {
    const base = this.steps[Math.min(this.attempt, this.steps.length - 1)] ?? 1000;
    this.attempt += 1;
    return Math.round(base * (0.8 + 0.4 * this.random()));
  }

  get attempts(): number {
    return this.attempt;
  }

  reset(): void {
    this.attempt = 0;
  }
}
