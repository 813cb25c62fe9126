/**
 * Remembers requests by the client's Idempotency-Key for a while, so a retried request (a console
 * that lost the answer and sends again) does its work once, whichever instance the retry reaches.
 * Done keys live in the store; a cluster lock per key makes a retry that arrives while the first
 * attempt still runs (on this instance or another) wait for it and then see it done. A failed
 * attempt records nothing, so its retry does the work.
 *
 * The key is recorded after the work: an instance that dies between the two leaves the retry
 * free to do the work again. Recording first would instead tell the console "sent" for a message
 * that may never have left, which is worse for a counsellor than a rare duplicate.
 */
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { ClusterLocks } from '../store/clusterPorts';
import type { IdempotencyStore } from '../store/guardPorts';

const KEY = /^[A-Za-z0-9_-]{8,100}$/;
const PRUNE_EVERY_MS = 60_000;

export interface IdempotencyKeysDeps {
  store: IdempotencyStore;
  locks: Pick<ClusterLocks, 'serialize'>;
  clock: Clock;
  /** How long a done key is remembered. */
  ttlMs?: number;
}

export class IdempotencyKeys {
  private readonly ttlMs: number;
  private lastPrune = Number.NEGATIVE_INFINITY;

  constructor(private readonly deps: IdempotencyKeysDeps) {
    this.ttlMs = deps.ttlMs ?? 10 * 60_000;
  }

  /** Reads the optional header; throws BadArgument for a malformed key. */
  static keyFrom(header: string | string[] | undefined): string | null {
    if (header === undefined) return null;
    if (typeof header !== 'string' || !KEY.test(header)) throw new AppError('BadArgument', 'Malformed Idempotency-Key.');
    return header;
  }

  /** Runs `work` once per scope+key; `replayed` tells whether an earlier call already did it. */
  async once(scope: string, key: string | null, work: () => Promise<void>): Promise<{ replayed: boolean }> {
    if (key === null) {
      await work();
      return { replayed: false };
    }
    const id = `${scope}|${key}`;
    return this.deps.locks.serialize(`idempotency:${id}`, async () => {
      const now = this.deps.clock.now();
      await this.prune(now);
      if (await this.deps.store.has(id, now)) return { replayed: true };
      await work();
      await this.deps.store.record(id, new Date(this.deps.clock.now().getTime() + this.ttlMs));
      return { replayed: false };
    });
  }

  /** Any instance may drop expired keys; once a minute per instance keeps the table small. */
  private async prune(now: Date): Promise<void> {
    if (now.getTime() - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now.getTime();
    await this.deps.store.deleteExpired(now);
  }
}
