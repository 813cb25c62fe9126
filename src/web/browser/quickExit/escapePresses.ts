/**
 * Counts Escape presses for the quick exit: three within two seconds of each other leave the page.
 * Pure and timer-injected, so the rule is tested without a browser.
 */
export interface Timers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export type PressOutcome = { kind: 'leave' } | { kind: 'counting'; left: number };

export class EscapePresses {
  static readonly NEEDED = 3;
  static readonly WINDOW_MS = 2000;

  private presses = 0;
  private timer: number | null = null;

  constructor(
    private readonly timers: Timers,
    /** Told when a started count runs out, so a screen reader can say the count was reset. */
    private readonly onReset: () => void,
  ) {}

  press(): PressOutcome {
    this.presses += 1;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    if (this.presses >= EscapePresses.NEEDED) {
      this.presses = 0;
      return { kind: 'leave' };
    }
    this.timer = this.timers.setTimeout(() => this.expire(), EscapePresses.WINDOW_MS);
    return { kind: 'counting', left: EscapePresses.NEEDED - this.presses };
  }

  private expire(): void {
    this.timer = null;
    if (this.presses > 0) this.onReset();
    this.presses = 0;
  }
}
