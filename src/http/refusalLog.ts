/**
 * Client errors (4xx) are what a flood is made of. A log line for each was a synchronous write to
 * stdout per refused request: about a fifth of the event loop while one client flooded a
 * conversation (its refusals with 429), and a way to fill the log. Now the first refusal of a
 * route and error code in each interval is logged at once, and those that follow in the interval
 * are counted and reported in one line when it ends.
 */
export interface RefusalLine {
  route: string;
  code: string;
  status: number;
  /** Refusals this line stands for (1 for a line written at once). */
  refused: number;
}

export interface RefusalLogOptions {
  now?: () => number;
  intervalMs?: number;
  /** Runs `flush` once after `ms` (an unref'd timer by default, so it never holds the process). */
  schedule?: (flush: () => void, ms: number) => void;
}

interface Window {
  status: number;
  started: number;
  /** Refusals after the first in this window, not yet reported. */
  counted: number;
  detail: string | undefined;
}

export class RefusalLog {
  private readonly windows = new Map<string, Window>();
  private readonly now: () => number;
  private readonly intervalMs: number;
  private readonly schedule: (flush: () => void, ms: number) => void;

  constructor(
    private readonly write: (line: RefusalLine, detail: string | undefined) => void,
    options: RefusalLogOptions = {},
  ) {
    this.now = options.now ?? Date.now;
    this.intervalMs = options.intervalMs ?? 1000;
    this.schedule = options.schedule ?? ((flush, ms) => setTimeout(flush, ms).unref());
  }

  /** Counts one refusal; writes its line now when it is the first of its route and code in the interval. */
  refused(route: string, code: string, status: number, detail: string | undefined): void {
    const key = `${route}\u0000${code}`;
    const window = this.windows.get(key);
    const now = this.now();
    if (window !== undefined && now - window.started < this.intervalMs) {
      if (window.counted === 0) this.schedule(() => this.flush(key, route, code), window.started + this.intervalMs - now);
      window.counted++;
      window.detail = detail;
      return;
    }
    // A window that ended without its flush having run yet is reported before the new one starts.
    if (window !== undefined && window.counted > 0)
      this.write({ route, code, status: window.status, refused: window.counted }, window.detail);
    this.windows.set(key, { status, started: now, counted: 0, detail: undefined });
    this.write({ route, code, status, refused: 1 }, detail);
  }

  private flush(key: string, route: string, code: string): void {
    const window = this.windows.get(key);
    if (window === undefined || window.counted === 0) return;
    this.write({ route, code, status: window.status, refused: window.counted }, window.detail);
    // Quiet since: the next refusal is written at once again.
    this.windows.delete(key);
  }
}
