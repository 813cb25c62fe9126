/**
 * Keeps bot turns from holding the event loop for long stretches. The store answers the writes
 * of many turns in one message after one commit, so every turn waiting for its message's append
 * goes on in the same moment, and their synchronous parts (the understanding step and the
 * dialogs: 1–10 ms each, more for a long message) ran back to back before the loop read any
 * socket again: 30 turns of 2,000 characters held `/healthz` for hundreds of ms.
 *
 * Turns start at once while the current turn of the loop has used less than `sliceMs`; after that
 * they wait, oldest first, and start on later turns of the loop, as many per turn of the loop as
 * fit in a slice at the time per turn measured so far (at least one), so the sockets are read
 * between slices. Waiting turns keep their batching of writes (one message to the store per turn
 * of the loop): one turn per turn of the loop cost ~1.5× the CPU per turn at 100 concurrent
 * conversations. Turns of one conversation still run in order: the adapter asks here inside its
 * per-conversation queue.
 */
export interface TurnPacerOptions {
  /** Time that the turns of one loop turn may take before the next ones wait (ms). */
  sliceMs: number;
  /** Monotonic time in ms. */
  now?: () => number;
  /** Runs `work` on a later turn of the event loop, after it has read its sockets. */
  later?: (work: () => void) => void;
}

export class TurnPacer {
  private readonly sliceMs: number;
  private readonly now: () => number;
  private readonly later: (work: () => void) => void;
  /** When this slice began running turns, or null when none has yet. */
  private sliceStart: number | null = null;
  /** Turns started in this slice. */
  private started = 0;
  /** Loop time per started turn (ms), a moving average over slices; 1 ms until measured. */
  private perTurnMs = 1;
  private readonly waiting: Array<() => void> = [];

  constructor(options: TurnPacerOptions) {
    this.sliceMs = options.sliceMs;
    this.now = options.now ?? (() => performance.now());
    this.later = options.later ?? ((work) => setImmediate(work));
  }

  /** Resolves when a turn may start: at once inside the slice, else on a later turn of the loop. */
  async turn(): Promise<void> {
    const now = this.now();
    if (this.sliceStart === null) this.beginSlice(now);
    if (this.waiting.length === 0 && now - this.sliceStart! < this.sliceMs) {
      this.started++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private beginSlice(now: number): void {
    this.sliceStart = now;
    this.started = 0;
    this.later(() => this.endSlice());
  }

  private endSlice(): void {
    const now = this.now();
    // The slice's time includes the rest of its turn of the loop (sockets, store answers): an
    // estimate on the safe side.
    if (this.started > 0) this.perTurnMs = 0.8 * this.perTurnMs + (0.2 * (now - this.sliceStart!)) / this.started;
    if (this.waiting.length === 0) {
      this.sliceStart = null;
      return;
    }
    this.beginSlice(now);
    const fit = Math.max(1, Math.floor(this.sliceMs / this.perTurnMs));
    for (let i = 0; i < fit && this.waiting.length > 0; i++) {
      this.started++;
      this.waiting.shift()!();
    }
  }
}
