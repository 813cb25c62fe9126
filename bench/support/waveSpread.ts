/**
 * Whether the slowest turns of the concurrent run are slow alone or with their whole wave (round 32).
 * Turns are grouped by when they were sent (windows of `windowMs`); for the slowest 1 % the mean of
 * their window's median latency and of their own excess over it. A tail made of waves (every answer
 * of a wave leaves with its last: round 22) has a small excess, so only shorter waves lower it; a
 * tail of turns passed over inside their wave (unfair ordering) has a large one.
 */
export interface SentTurn {
  /** When the client sent it (ms, any clock shared by the run's turns). */
  sentAt: number;
  /** Its latency (ms). */
  ms: number;
}

export interface WaveSpread {
  /** Mean over the slowest 1 % of the median latency of the turns sent in their window. */
  windowMedianMs: number;
  /** Mean over the slowest 1 % of their latency minus that median. */
  excessMs: number;
  /** How many turns the slowest 1 % are (at least one). */
  turns: number;
}

export function waveSpread(turns: readonly SentTurn[], windowMs = 250): WaveSpread | null {
  if (turns.length === 0) return null;
  const first = Math.min(...turns.map((t) => t.sentAt));
  const windowOf = (t: SentTurn) => Math.floor((t.sentAt - first) / windowMs);
  const byWindow = new Map<number, number[]>();
  for (const t of turns) {
    const list = byWindow.get(windowOf(t)) ?? [];
    list.push(t.ms);
    byWindow.set(windowOf(t), list);
  }
  const medians = new Map([...byWindow].map(([w, list]) => [w, median(list)]));
  const slowest = [...turns].sort((a, b) => b.ms - a.ms).slice(0, Math.max(1, Math.floor(turns.length / 100)));
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const windowMedianMs = mean(slowest.map((t) => medians.get(windowOf(t))!));
  return {
    windowMedianMs: Math.round(windowMedianMs * 10) / 10,
    excessMs: Math.round(mean(slowest.map((t) => t.ms - medians.get(windowOf(t))!)) * 10) / 10,
    turns: slowest.length,
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
