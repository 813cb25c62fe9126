/**
 * The Idempotency-Key of a counsellor's message. A send that failed without an answer (network
 * gone, server busy) may still have reached the citizen; the counsellor's retry of the same text
 * carries the same key, so the server sends it once. Changed text is a new message with a new key.
 */
export class SendKeys {
  private current: { text: string; key: string } | null = null;

  constructor(private readonly newKey: () => string) {}

  /** The key for sending `text` now: the failed attempt's key when the text is unchanged. */
  keyFor(text: string): string {
    if (this.current?.text !== text) this.current = { text, key: this.newKey() };
    return this.current.key;
  }

  /** The message went out: the next send is a new message. */
  sent(): void {
    this.current = null;
  }
}

/** 128 random bits as hex, within the server's key format ([A-Za-z0-9_-]{8,100}). */
export function randomKey(random: (bytes: number) => Uint8Array): string {
  return Array.from(random(16), (b) => b.toString(16).padStart(2, '0')).join('');
}
