import { randomUUID } from 'node:crypto';
import pg from 'pg';
import type { Clock, RandomSource } from '../../clock';
import { randomId } from '../../clock';
import type { Store, StoreHealth } from '../ports';
import { PgCluster } from './cluster';
import { PgConversationStore } from './conversations';
import { Db } from './db';
import { PgHandoffStore } from './handoffs';
import { migrate } from './migrations';
import { PgRetentionStore } from './retention';
import { PgIdempotencyStore, PgLoginFailureStore } from './requestGuards';
import { PgAuditLog, PgStaffSessionStore, PgStaffStore } from './staff';
import { PgSettingsStore, PgStateStore } from './stateAndSettings';
import { PgTranscriptStore } from './transcripts';
import { publicStoreReason } from '../healthReason';

export interface PostgresStoreOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  clock: Clock;
  random: RandomSource;
  /** Connections per instance. */
  poolMax?: number;
  /** The safety pass between instances (see PgClusterBus). */
  pollMs?: number;
  /** A schema other than the role's default (tests use one schema each). */
  schema?: string;
  /** Told about connection trouble (an event name, never data). */
  onProblem?: (event: string) => void;
}

/**
 * The store for two or more instances: PostgreSQL holds everything the instances share, and
 * its own mechanisms (unique indexes, conditional updates, advisory locks, LISTEN/NOTIFY)
 * decide every race. Numbered migrations run at start.
 */
/**
 * How long /healthz waits for the database. A host that has gone silent (a hung server, a lost
 * route) never refuses: without a bound the probe would hang on its connection for as long as TCP
 * keeps it open, and a load balancer would read a hanging check rather than a clear 503.
 */
const HEALTH_PROBE_MS = 2500;

/** SELECT 1 within `ms`, counting the wait for a connection; a timed-out query's connection is discarded. */
async function probe(pool: pg.Pool, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('health probe timed out'), { code: 'TIMEOUT' })), ms);
  });
  // query_timeout (read by pg per query, missing from its types) makes the pool discard the connection.
  const config: pg.QueryConfig & { query_timeout: number } = { text: 'SELECT 1', query_timeout: ms };
  const query = pool.query(config);
  query.catch(() => undefined);
  try {
    await Promise.race([query, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export class PostgresStore implements Store {
  readonly kind = 'postgres';
  readonly conversations: PgConversationStore;
  readonly transcripts: PgTranscriptStore;
  readonly state: PgStateStore;
  readonly settings: PgSettingsStore;
  readonly staff: PgStaffStore;
  readonly sessions: PgStaffSessionStore;
  readonly audit: PgAuditLog;
  readonly handoffs: PgHandoffStore;
  readonly retention: PgRetentionStore;
  readonly idempotency: PgIdempotencyStore;
  readonly loginFailures: PgLoginFailureStore;
  readonly cluster: PgCluster;
  private closed = false;

  private constructor(
    private readonly db: Db,
    cluster: PgCluster,
    private readonly lockPool: pg.Pool,
    options: PostgresStoreOptions,
  ) {
    this.cluster = cluster;
    this.conversations = new PgConversationStore(db);
    this.transcripts = new PgTranscriptStore(db, cluster.bus.appendedChannel, cluster.bus.instanceId);
    this.state = new PgStateStore(db, () => randomId(options.random, 12));
    this.settings = new PgSettingsStore(db);
    this.staff = new PgStaffStore(db);
    this.sessions = new PgStaffSessionStore(db);
    this.audit = new PgAuditLog(db);
    this.handoffs = new PgHandoffStore(db);
    this.retention = new PgRetentionStore(db);
    this.idempotency = new PgIdempotencyStore(db);
    this.loginFailures = new PgLoginFailureStore(db);
  }

  static async open(options: PostgresStoreOptions): Promise<PostgresStore> {
    const config: pg.ClientConfig = {
      connectionString: options.url,
      ...(options.schema ? { options: `-c search_path=${options.schema}` } : {}),
      // Fail fast at start and on a dead server rather than hang a request.
      connectionTimeoutMillis: 5000,
    };
    const pool = new pg.Pool({ ...config, max: options.poolMax ?? 10, idleTimeoutMillis: 30_000 });
    // An idle connection the server dropped must not crash the process; the next query reconnects.
    pool.on('error', () => options.onProblem?.('store_connection_lost'));
    const db = new Db(pool);
    const lockPool = new pg.Pool({ ...config, max: options.poolMax ?? 10, idleTimeoutMillis: 30_000 });
    lockPool.on('error', () => options.onProblem?.('store_connection_lost'));
    try {
      await migrate(db);
      const { schema } = (await db.one('SELECT current_schema() AS schema')) as { schema: string };
      // Not from the injected random source: two stores opened with the same test seed must still
      // tell each other apart (each skips the notifications it sent itself).
      const instanceId = randomUUID();
      const cluster = new PgCluster(
        db,
        {
          // Named, so an operator (or a test) can tell the listening connection in pg_stat_activity.
          connect: () => new pg.Client({ ...config, application_name: `helpline-listen:${instanceId}` }),
          namespace: `helpline:${schema}`,
          instanceId,
          pollMs: options.pollMs ?? 2000,
          keepEventsMs: 15 * 60_000,
          onProblem: options.onProblem ?? (() => undefined),
        },
        lockPool,
      );
      await cluster.bus.start();
      return new PostgresStore(db, cluster, lockPool, options);
    } catch (err) {
      await lockPool.end().catch(() => undefined);
      await pool.end().catch(() => undefined);
      throw err;
    }
  }

  async health(): Promise<StoreHealth> {
    try {
      await probe(this.db.pool, HEALTH_PROBE_MS);
      // Answers, but another instance's messages arrive only at the safety pass until it listens again.
      return this.cluster.bus.listening
        ? { ok: true, kind: this.kind }
        : { ok: true, kind: this.kind, detail: 'notifications reconnecting' };
    } catch (err) {
      return { ok: false, kind: this.kind, detail: publicStoreReason('database did not answer', err) };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.cluster.bus.close();
    await this.lockPool.end();
    await this.db.pool.end();
  }
}
