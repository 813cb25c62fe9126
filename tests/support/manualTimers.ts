/**
 * Timers moved by hand for the browser client tests: nothing runs until `advance`, which fires due
 * timers in time order and lets promise chains settle between them, so retries and back-off delays
 * are tested without waiting and without jest's global fake timers (the client takes its timers
 * by injection).
 */
export async function flush(): Promise<void> {
  for (let i = 0; i < 50; i++) await Promise.resolve();
}

export interface ManualTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /** Moves the clock on by `ms`, firing every timer that falls due on the way. */
  advance(ms: number): Promise<void>;
  /** The delays of the timers still pending, from now. */
  delays(): number[];
  now(): number;
}

export function manualTimers(): ManualTimers {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout(fn, ms) {
      const id = next++;
      pending.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout(id) {
      pending.delete(id);
    },
    async advance(ms) {
      const until = now + ms;
      for (;;) {
        const due = [...pending].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!due) break;
        pending.delete(due[0]);
        now = due[1].at;
        due[1].fn();
        await flush();
      }
      now = until;
    },
    delays: () => [...pending.values()].map((t) => t.at - now),
    now: () => now,
  };
}
