import type Database from 'better-sqlite3';

/** How many writes were asked for and how many commits (fsyncs) carried them, since the store opened. */
export interface GroupCommitStats {
  writes: number;
  commits: number;
}

type Schedule = (flush: () => void) => void;

interface Queued {
  write: () => unknown;
  resolve: (value: unknown) => void;
  reject: (err: unknown) => void;
}

/**
 * Group commit for the embedded store. With `synchronous = FULL` every commit waits for the disk,
 * and a bot turn writes several times; committing each write alone made the disk the limit.
 * Writes asked for during one turn of the event loop are run, in the order asked, inside one
 * transaction that commits once, at the end of that turn of the loop; every promise settles only
 * after that commit, so "resolved" still means "on disk". Each write runs in its own savepoint:
 * one failing (a stale eTag, a trigger) is undone alone and rejects only its own promise, while
 * a failing commit (disk full) rejects every write of the batch, none of which is then stored.
 *
 * Reads go straight to the connection: a batch runs synchronously from BEGIN to COMMIT, so a read
 * never sees a write that is not committed yet.
 */
export class GroupCommit {
  private queue: Queued[] = [];
  private scheduled = false;
  private readonly counts: GroupCommitStats = { writes: 0, commits: 0 };
  private readonly batch: Database.Transaction<(queued: Queued[]) => Array<{ ok: true; value: unknown } | { ok: false; err: unknown }>>;

  constructor(
    db: Database.Database,
    private readonly schedule: Schedule = (flush) => setImmediate(flush),
  ) {
    // better-sqlite3 runs a transaction function called inside a transaction as a savepoint.
    const one = db.transaction((write: () => unknown) => write());
    this.batch = db.transaction((queued: Queued[]) =>
      queued.map((q) => {
        try {
          return { ok: true as const, value: one(q.write) };
        } catch (err) {
          // Some errors (disk full, I/O) make SQLite roll back the whole transaction: then the
          // writes before this one are gone too, and the ones after must not run outside it.
          if (!db.inTransaction) throw err;
          return { ok: false as const, err };
        }
      }),
    );
  }

  /** Runs `write` (synchronous SQL on this connection) in the next batch; resolves after its commit. */
  run<T>(write: () => T): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.queue.push({ write, resolve: resolve as (value: unknown) => void, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        this.schedule(() => this.flush());
      }
    });
  }

  /** Commits whatever is queued now (also called before the connection closes). */
  flush(): void {
    this.scheduled = false;
    const queued = this.queue;
    if (queued.length === 0) return;
    this.queue = [];
    let outcomes;
    try {
      // IMMEDIATE: take the write lock at BEGIN, so a CLI process writing the same file makes the
      // batch wait (busy_timeout) instead of failing half-way at its first write.
      outcomes = this.batch.immediate(queued);
    } catch (err) {
      // BEGIN or COMMIT failed: nothing of this batch is stored.
      for (const q of queued) q.reject(err);
      return;
    }
    this.counts.writes += queued.length;
    this.counts.commits += 1;
    outcomes.forEach((outcome, i) => (outcome.ok ? queued[i]!.resolve(outcome.value) : queued[i]!.reject(outcome.err)));
  }

  stats(): GroupCommitStats {
    return { ...this.counts };
  }
}
