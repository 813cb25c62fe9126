/**
 * When the citizen's page tells a counsellor "the citizen is typing". One signal per burst of
 * typing, then at most one every few seconds while the typing goes on (the console shows it for a
 * while after each signal). Sending a message ends a burst: the next keystroke, even a second
 * later, is news to the counsellor waiting for an answer, so it goes out at once.
 */
export class TypingSignal {
  static readonly EVERY_MS = 3000;
  private last: number | null = null;

  constructor(private readonly now: () => number) {}

  /** After the input changed: true when a typing signal should go out now. */
  changed(value: string): boolean {
    if (value === '') return false;
    const now = this.now();
    if (this.last !== null && now - this.last < TypingSignal.EVERY_MS) return false;
    this.last = now;
    return true;
  }

  /** The message was sent (or the chat restarted): the next keystroke starts a new burst. */
  reset(): void {
    this.last = null;
  }
}
