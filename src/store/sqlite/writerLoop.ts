import type Database from 'better-sqlite3';
import { batchRunner } from './groupCommit';
import type { BatchRunner, GroupCommitStats } from './groupCommit';
import { StaleETag, turnWrites } from './turnWrites';
import type { WriteRequest } from './turnWrites';
import { queuedRequestSchema, toWriterSchema } from './writerProtocol';
import type { FromWriter, WireError, WriteResult } from './writerProtocol';

type Schedule = (flush: () => void) => void;

/**
 * Writes committed after which the loop copies the WAL back into the database file (a checkpoint).
 * SQLite's automatic checkpoint (every 1,000 pages) runs inside the COMMIT that crossed its mark,
 * so that batch's answer (a wave of turns at 200 concurrent) also waited for the copy and the
 * database file's fsync: under the server bench those commits took about twice as long as the
 * others. The loop runs it after the answer has gone, when no request waits. A write changes one
 * or two pages, so the WAL holds some 1,500–2,000 pages at a checkpoint.
 */
export const CHECKPOINT_AFTER_WRITES = 1_000;
/** Past this many, the checkpoint runs after the answer even while requests wait: the WAL stays bounded. */
export const CHECKPOINT_AT_LATEST_WRITES = 4 * CHECKPOINT_AFTER_WRITES;

/**
 * The writer thread's group commit. Requests that arrived by the end of the thread's turn of the
 * loop run, in the order sent, in one transaction (see `batchRunner`); their outcomes go back in
 * one message, only after the COMMIT and its fsync. While a commit waits for the disk, requests
 * wait in the thread's message queue and all go into the next batch, so the batch grows with the
 * load without any timer; the main thread's event loop never waits for the disk.
 */
export class WriterLoop {
  private queue: Array<{ id: number; request: WriteRequest }> = [];
  private scheduled = false;
  private checkpointScheduled = false;
  private writesSinceCheckpoint = 0;
  private readonly counts: GroupCommitStats = { writes: 0, commits: 0 };
  private readonly execute: (request: WriteRequest) => unknown;
  private readonly batch: BatchRunner;

  constructor(
    private readonly db: Database.Database,
    private readonly send: (message: FromWriter) => void,
    private readonly schedule: Schedule = (flush) => setImmediate(flush),
  ) {
    this.execute = turnWrites(db);
    this.batch = batchRunner(db);
    // The loop checkpoints itself (see CHECKPOINT_AFTER_WRITES), never inside a COMMIT.
    db.pragma('wal_autocheckpoint = 0');
  }

  /** Handles one message from the store; returns false after 'close' (the connection is closed). */
  receive(raw: unknown): boolean {
    const message = toWriterSchema.parse(raw);
    if (message.kind === 'close') {
      this.flush();
      this.db.close();
      this.send({ kind: 'closed' });
      return false;
    }
    const refused: WriteResult[] = [];
    for (const { id, request } of message.batch) {
      const parsed = queuedRequestSchema.safeParse(request);
      if (parsed.success) this.queue.push({ id, request: parsed.data });
      else refused.push({ id, ok: false, error: { kind: 'error', name: 'TypeError', message: 'malformed write request', code: null } });
    }
    if (refused.length > 0) this.send({ kind: 'done', results: refused, stats: { ...this.counts } });
    if (this.queue.length > 0 && !this.scheduled) {
      this.scheduled = true;
      this.schedule(() => this.flush());
    }
    return true;
  }

  flush(): void {
    this.scheduled = false;
    const queued = this.queue;
    if (queued.length === 0) return;
    this.queue = [];
    let results: WriteResult[];
    try {
      const outcomes = this.batch(
        queued.map(
          ({ request }) =>
            () =>
              this.execute(request),
        ),
      );
      this.counts.writes += queued.length;
      this.counts.commits += 1;
      results = outcomes.map((outcome, i) =>
        outcome.ok ? { id: queued[i]!.id, ok: true, value: outcome.value } : { id: queued[i]!.id, ok: false, error: toWire(outcome.err) },
      );
    } catch (err) {
      // BEGIN or COMMIT failed (disk full, I/O): nothing of this batch is stored.
      const error = toWire(err);
      results = queued.map(({ id }) => ({ id, ok: false, error }));
    }
    this.send({ kind: 'done', results, stats: { ...this.counts } });
    this.writesSinceCheckpoint += queued.length;
    if (this.writesSinceCheckpoint >= CHECKPOINT_AT_LATEST_WRITES) this.checkpoint();
    else if (this.writesSinceCheckpoint >= CHECKPOINT_AFTER_WRITES && !this.checkpointScheduled) {
      this.checkpointScheduled = true;
      this.schedule(() => this.checkpointWhenIdle());
    }
  }

  /** Requests that came in meanwhile go first: their flush is scheduled and tries again after it. */
  private checkpointWhenIdle(): void {
    this.checkpointScheduled = false;
    if (this.queue.length === 0 && this.db.open) this.checkpoint();
  }

  /**
   * PASSIVE: copies what no reader still needs and never waits for a lock. What it copies is already
   * committed and synced in the WAL, so a failed checkpoint loses nothing: the next one copies it.
   */
  private checkpoint(): void {
    this.writesSinceCheckpoint = 0;
    try {
      this.db.pragma('wal_checkpoint(PASSIVE)');
    } catch {
      // An I/O error here shows again at the next COMMIT, which reports it to the writes it carries.
    }
  }
}

function toWire(err: unknown): WireError {
  if (err instanceof StaleETag) return { kind: 'conflict', key: err.key };
  const e: Error & { code?: unknown } = err instanceof Error ? err : new Error(String(err));
  return { kind: 'error', name: e.name, message: e.message, code: typeof e.code === 'string' ? e.code : null };
}
