import type Database from 'better-sqlite3';

/** How many writes were asked for and how many commits (fsyncs) carried them, since the store opened. */
export interface GroupCommitStats {
  writes: number;
  commits: number;
}

export type WriteOutcome = { ok: true; value: unknown } | { ok: false; err: unknown };

/**
 * Runs writes (synchronous SQL on `db`), in order, inside one IMMEDIATE transaction that commits
 * once. Each write runs in its own savepoint: one failing (a stale eTag, a trigger) is undone alone
 * and only its outcome is a failure. Throws when BEGIN or COMMIT fails (disk full, a deferred
 * constraint) or when SQLite rolled the whole transaction back: then none of the writes is stored.
 */
export type BatchRunner = (writes: ReadonlyArray<() => unknown>) => WriteOutcome[];

export function batchRunner(db: Database.Database): BatchRunner {
  // better-sqlite3 runs a transaction function called inside a transaction as a savepoint.
  const one = db.transaction((write: () => unknown) => write());
  const batch = db.transaction((writes: ReadonlyArray<() => unknown>) =>
    writes.map((write): WriteOutcome => {
      try {
        return { ok: true, value: one(write) };
      } catch (err) {
        // Some errors (disk full, I/O) make SQLite roll back the whole transaction: then the
        // writes before this one are gone too, and the ones after must not run outside it.
        if (!db.inTransaction) throw err;
        return { ok: false, err };
      }
    }),
  );
  // IMMEDIATE: take the write lock at BEGIN, so another connection writing the same file makes the
  // batch wait (busy_timeout) instead of failing half-way at its first write.
  return (writes) => batch.immediate(writes);
}
