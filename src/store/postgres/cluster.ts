import pg from 'pg';
import { z } from 'zod';
import type { Cluster, ClusterBus, ClusterCounters, ClusterLocks, ClusterMarks, ClusterTopic } from '../clusterPorts';
import type { JsonObject } from '../ports';
import type { Db } from './db';
import { checkout, json } from './db';

export interface PgClusterOptions {
  /** Opens the dedicated LISTEN connection (same settings as the pool). */
  connect: () => pg.Client;
  /** Prefix of the NOTIFY channels and lock names: one per database schema. */
  namespace: string;
  instanceId: string;
  /** The safety pass: how often to read the event log and re-read streams without a wake-up. */
  pollMs: number;
  /** How long the event log keeps events for instances that were briefly away. */
  keepEventsMs: number;
  onProblem: (event: string) => void;
}

const eventRow = z.object({
  id: z.string(),
  origin: z.string(),
  topic: z.enum(['handoff', 'hub']),
  payload: z.record(z.string(), z.unknown()),
});

/**
 * LISTEN/NOTIFY between instances. A notification only wakes readers: transcript readers go on
 * from their own watermark, event readers from their cursor in cluster_events. So a lost
 * notification (connection drop, instance busy) costs latency until the next safety pass, never
 * a message.
 */
export class PgClusterBus implements ClusterBus {
  readonly instanceId: string;
  readonly appendedChannel: string;
  private readonly eventsChannel: string;
  private readonly subscribers = new Map<ClusterTopic, Set<(payload: JsonObject) => void>>();
  private readonly appendedListeners = new Set<(conversationId: string) => void>();
  private readonly resyncListeners = new Set<() => void>();
  private cursor = '0';
  private listener: pg.Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private draining: Promise<void> | null = null;
  private drainAgain = false;
  private passes = 0;

  constructor(
    private readonly db: Db,
    private readonly options: PgClusterOptions,
  ) {
    this.instanceId = options.instanceId;
    this.appendedChannel = `${options.namespace}:appended`;
    this.eventsChannel = `${options.namespace}:events`;
  }

  async start(): Promise<void> {
    const row = (await this.db.one('SELECT COALESCE(MAX(id), 0)::text AS id FROM cluster_events')) as { id: string };
    this.cursor = row.id;
    await this.listen();
    this.timer = setInterval(() => this.safetyPass(), this.options.pollMs);
    this.timer.unref();
  }

  get listening(): boolean {
    return this.listener !== null;
  }

  async publish(topic: ClusterTopic, conversationId: string | null, payload: JsonObject): Promise<void> {
    await this.db.query('SELECT cluster_publish($1, $2, $3, $4, $5)', [
      this.eventsChannel,
      this.instanceId,
      topic,
      conversationId,
      json(payload),
    ]);
  }

  subscribe(topic: ClusterTopic, listener: (payload: JsonObject) => void): () => void {
    let set = this.subscribers.get(topic);
    if (!set) {
      set = new Set();
      this.subscribers.set(topic, set);
    }
    set.add(listener);
    return () => set.delete(listener);
  }

  onAppended(listener: (conversationId: string) => void): () => void {
    this.appendedListeners.add(listener);
    return () => this.appendedListeners.delete(listener);
  }

  onResync(listener: () => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.timer) clearInterval(this.timer);
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.draining?.catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = this.options.connect();
    client.on('notification', (message) => this.onNotification(message));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    await client.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(this.appendedChannel)}`);
    await client.query(`LISTEN ${pg.escapeIdentifier(this.eventsChannel)}`);
    if (this.closed) {
      await client.end();
      return;
    }
    this.listener = client;
  }

  private lost(client: pg.Client): void {
    if (this.listener !== client) return;
    this.listener = null;
    void client.end().catch(() => undefined);
    if (this.closed) return;
    this.options.onProblem('cluster_listen_lost');
    this.reconnect(500);
  }

  private reconnect(delayMs: number): void {
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      if (this.closed) return;
      this.listen().then(
        // Whatever was notified while away is read now, from the cursors.
        () => this.safetyPass(true),
        () => this.reconnect(Math.min(delayMs * 2, 10_000)),
      );
    }, delayMs);
    this.reconnectTimer.unref();
  }

  private onNotification(message: pg.Notification): void {
    if (message.channel === this.eventsChannel) {
      void this.drain();
      return;
    }
    if (message.channel !== this.appendedChannel) return;
    const payload = message.payload ?? '';
    const space = payload.indexOf(' ');
    if (space < 0 || payload.slice(0, space) === this.instanceId) return;
    const conversationId = payload.slice(space + 1);
    for (const listener of [...this.appendedListeners]) listener(conversationId);
  }

  /**
   * The event log costs one query per pass. Re-reading every open stream costs one query per
   * stream, and PostgreSQL does not drop notifications while the connection stands, so streams
   * re-read at every fifth pass, and at once after the listening connection came back.
   */
  private safetyPass(afterReconnect = false): void {
    if (this.closed) return;
    void this.drain();
    this.passes++;
    if (afterReconnect || this.passes % 5 === 0) for (const listener of [...this.resyncListeners]) listener();
    // Every so often: drop what no instance needs any more (any instance may do it).
    if (this.passes % 20 === 0) void this.prune();
  }

  private async prune(): Promise<void> {
    try {
      await this.db.query("DELETE FROM cluster_events WHERE at < now() - $1 * interval '1 millisecond'", [this.options.keepEventsMs]);
      await this.db.query('DELETE FROM rate_counters WHERE window_end < now()');
      await this.db.query("DELETE FROM cluster_marks WHERE at < now() - interval '1 day'");
    } catch {
      this.options.onProblem('cluster_prune_failed');
    }
  }

  /** Reads the event log after the cursor; concurrent calls coalesce into one more pass. */
  private drain(): Promise<void> {
    if (this.draining) {
      this.drainAgain = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.drainAgain = false;
          for (;;) {
            const rows = await this.db.rows(
              'SELECT id::text AS id, origin, topic, payload FROM cluster_events WHERE id > $1::bigint ORDER BY id LIMIT 500',
              [this.cursor],
            );
            for (const raw of rows) {
              const row = eventRow.parse(raw);
              this.cursor = row.id;
              if (row.origin !== this.instanceId) this.dispatch(row.topic, row.payload as JsonObject);
            }
            if (rows.length < 500) break;
          }
        } while (this.drainAgain && !this.closed);
      } catch {
        this.options.onProblem('cluster_read_failed');
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  private dispatch(topic: ClusterTopic, payload: JsonObject): void {
    for (const listener of [...(this.subscribers.get(topic) ?? [])]) {
      try {
        listener(payload);
      } catch {
        // One broken subscriber must not keep the others from hearing about this.
      }
    }
  }
}

/** Session-level advisory lock on a connection held for the run: it goes with the session if the instance dies. */
class PgLocks implements ClusterLocks {
  /**
   * @param lockPool connections that wait for and hold blocking locks, apart from the main pool,
   *   so work holding a lock can always get a connection for its own queries
   */
  constructor(
    private readonly db: Db,
    private readonly namespace: string,
    private readonly lockPool: pg.Pool,
  ) {}

  async serialize<T>(name: string, work: () => Promise<T>): Promise<T> {
    const { client, release } = await checkout(this.lockPool);
    const key = `${this.namespace}:lock:${name}`;
    try {
      await client.query('SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
    } catch (err) {
      release(true);
      throw err;
    }
    try {
      return await work();
    } finally {
      // A failed unlock means a broken session: dropping it drops its locks too.
      const unlocked = await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]).then(
        () => true,
        () => false,
      );
      release(!unlocked);
    }
  }

  async runExclusive<T>(name: string, work: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
    const { client, release } = await checkout(this.db.pool);
    const key = `${this.namespace}:lock:${name}`;
    try {
      const { ok } = (await client.query('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS ok', [key])).rows[0] as { ok: boolean };
      if (!ok) return { ran: false };
      try {
        return { ran: true, value: await work() };
      } finally {
        await client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]);
      }
    } finally {
      release();
    }
  }
}

class PgCounters implements ClusterCounters {
  constructor(private readonly db: Db) {}

  async hit(key: string, windowStart: Date, windowMs: number): Promise<number> {
    const row = (await this.db.one(
      `INSERT INTO rate_counters (key, window_start, window_end, count) VALUES ($1, $2, $3, 1)
       ON CONFLICT (key, window_start) DO UPDATE SET count = rate_counters.count + 1 RETURNING count`,
      [key, windowStart, new Date(windowStart.getTime() + windowMs)],
    )) as { count: number };
    return row.count;
  }
}

class PgMarks implements ClusterMarks {
  constructor(private readonly db: Db) {}

  async swap(key: string, value: number, at: Date): Promise<number | null> {
    const row = (await this.db.one('SELECT cluster_mark_swap($1, $2, $3) AS previous', [key, value, at])) as { previous: number | null };
    return row.previous;
  }
}

export class PgCluster implements Cluster {
  readonly shared = true;
  readonly bus: PgClusterBus;
  readonly locks: ClusterLocks;
  readonly counters: ClusterCounters;
  readonly marks: ClusterMarks;

  constructor(db: Db, options: PgClusterOptions, lockPool: pg.Pool) {
    this.bus = new PgClusterBus(db, options);
    this.locks = new PgLocks(db, options.namespace, lockPool);
    this.counters = new PgCounters(db);
    this.marks = new PgMarks(db);
  }
}
