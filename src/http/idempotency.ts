/**
 * Remembers requests by the client's Idempotency-Key for a while, so a retried request (a console
 * that lost the answer and sends again) does its work once. A retry that arrives while the first
 * is still running waits for it; a failed first attempt is forgotten, so the retry does the work.
 * In memory, bounded, per server process.
 */
import type { Clock } from '../clock';
import { AppError } from '../errors';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;

export class IdempotencyKeys<T> {
  private readonly seen = new Map<string, { at: number; result: Promise<T> }>();

  constructor(
    private readonly clock: Clock,
    private readonly ttlMs = 10 * 60_000,
    private readonly maxKeys = 10_000,
  ) {}

  /** Reads the optional header; throws BadArgument for a malformed key. */
  static keyFrom(header: string | string[] | undefined): string | null {
    if (header === undefined) return null;
    if (typeof header !== 'string' || !KEY.test(header)) throw new AppError('BadArgument', 'Malformed Idempotency-Key.');
    return header;
  }

  /** Runs `work` once per scope+key; `replayed` tells whether this call reused an earlier result. */
  async once(scope: string, key: string | null, work: () => Promise<T>): Promise<{ result: T; replayed: boolean }> {
    if (key === null) return { result: await work(), replayed: false };
    const now = this.clock.now().getTime();
    for (const [k, entry] of this.seen) {
      if (now - entry.at < this.ttlMs && this.seen.size <= this.maxKeys) break;
      this.seen.delete(k);
    }
    const id = `${scope}\u0000${key}`;
    const earlier = this.seen.get(id);
    if (earlier) return { result: await earlier.result, replayed: true };
    const result = work();
    this.seen.set(id, { at: now, result });
    try {
      return { result: await result, replayed: false };
    } catch (err) {
      this.seen.delete(id);
      throw err;
    }
  }
}
