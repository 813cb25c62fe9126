import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { Clock, RandomSource } from '../../clock';
import { randomId } from '../../clock';
import type { Cluster } from '../clusterPorts';
import { localCluster } from '../localCluster';
import type { GroupCommitStats } from './groupCommit';
import { SqliteWriter } from './writerThread';
import type { Store, StoreHealth } from '../ports';
import { migrations } from './migrations';
import { SqliteConversationStore } from './conversations';
import { SqliteTranscriptStore } from './transcripts';
import { SqliteStateStore } from './state';
import { SqliteSettingsStore } from './settings';
import { SqliteStaffStore } from './staff';
import { SqliteStaffSessionStore } from './staffSessions';
import { SqliteAuditLog } from './auditLog';
import { SqliteHandoffStore } from './handoffs';
import { SqliteRetentionStore } from './retention';
import { SqliteIdempotencyStore, SqliteLoginFailureStore } from './requestGuards';

export const SQLITE_FILE_NAME = 'helpline.sqlite';
/**
 * WAL pages at which the main connection's own commit checkpoints: above what the writer thread
 * lets the WAL reach (CHECKPOINT_AT_LATEST_WRITES, one or two pages a write), so a checkpoint never
 * runs on the event loop while the writer thread keeps them (~40 MB at most before it does here).
 */
const MAIN_CONNECTION_CHECKPOINT_PAGES = 10_000;

export interface SqliteStoreOptions {
  /** Folder for the database file; created when missing. */
  dataDir: string;
  clock: Clock;
  random: RandomSource;
}

/** The embedded default store: one SQLite file in WAL mode, safe for one server process. */
export class SqliteStore implements Store {
  readonly kind = 'sqlite';
  readonly conversations: SqliteConversationStore;
  readonly transcripts: SqliteTranscriptStore;
  readonly state: SqliteStateStore;
  readonly settings: SqliteSettingsStore;
  readonly staff: SqliteStaffStore;
  readonly sessions: SqliteStaffSessionStore;
  readonly audit: SqliteAuditLog;
  readonly handoffs: SqliteHandoffStore;
  readonly retention: SqliteRetentionStore;
  readonly idempotency: SqliteIdempotencyStore;
  readonly loginFailures: SqliteLoginFailureStore;
  /** One process per file: notifications, locks and counters stay in this process. */
  readonly cluster: Cluster = localCluster();
  private readonly db: Database.Database;
  private readonly writer: SqliteWriter;
  private writeProbe: { at: number; failed: Promise<boolean> } | null = null;
  private readonly clock: Clock;

  private constructor(db: Database.Database, file: string, options: SqliteStoreOptions) {
    this.db = db;
    // The writes of a bot turn (transcript, state, conversation record) go to a writer thread with
    // its own connection, where they share commits with the other turns of the same moment: the
    // event loop never waits for a COMMIT's fsync. This connection reads (WAL: it sees every
    // committed write, never an uncommitted one) and does the rest of the store's writes, which
    // are seldom (staff, hand-offs, retention) and commit alone.
    this.clock = options.clock;
    this.writer = new SqliteWriter(file, () => options.clock.now().getTime());
    this.conversations = new SqliteConversationStore(db, this.writer);
    this.transcripts = new SqliteTranscriptStore(db, this.writer);
    this.state = new SqliteStateStore(db, () => randomId(options.random, 12), this.writer);
    this.settings = new SqliteSettingsStore(db);
    this.staff = new SqliteStaffStore(db);
    this.sessions = new SqliteStaffSessionStore(db);
    this.audit = new SqliteAuditLog(db);
    this.handoffs = new SqliteHandoffStore(db);
    this.retention = new SqliteRetentionStore(db);
    this.idempotency = new SqliteIdempotencyStore(db);
    this.loginFailures = new SqliteLoginFailureStore(db);
  }

  static open(options: SqliteStoreOptions): SqliteStore {
    fs.mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    const file = path.join(options.dataDir, SQLITE_FILE_NAME);
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      // FULL: a citizen's message is acknowledged only after it is on disk, also across power loss.
      db.pragma('synchronous = FULL');
      db.pragma('foreign_keys = ON');
      db.pragma('busy_timeout = 5000');
      // The writer thread checkpoints after its answers (writerLoop.ts); this connection, which runs
      // on the event loop, only when the WAL has grown far past that (its own writes, a stopped writer).
      db.pragma(`wal_autocheckpoint = ${MAIN_CONNECTION_CHECKPOINT_PAGES}`);
      migrate(db);
    } catch (err) {
      db.close();
      throw err;
    }
    return new SqliteStore(db, file, options);
  }

  /**
   * Reads and writes (a full disk or a read-only file still answers reads). The write is a
   * committed row in settings, made by the writer thread like every turn's writes, at most once a
   * second so frequent probes cost no fsyncs: a probe in that second answers with the last one.
   * While turns' own writes commit, the last of them (under a second ago, no batch failed since)
   * is the proof: no probe then waits behind a busy writer's fsyncs (under a flood, 100–200 ms).
   */
  async health(): Promise<StoreHealth> {
    try {
      this.db.prepare('SELECT 1').get();
    } catch {
      return { ok: false, kind: this.kind, detail: 'read probe failed' };
    }
    const now = this.clock.now().getTime();
    const committed = this.writer.lastCommitAt();
    if (committed !== null && now - committed < WRITE_PROOF_MS) return { ok: true, kind: this.kind };
    if (this.writeProbe === null || now - this.writeProbe.at >= WRITE_PROOF_MS) {
      const failed = this.writer.run({ op: 'probe', value: String(now) }).then(
        () => false,
        () => true,
      );
      this.writeProbe = { at: now, failed };
    }
    if (await this.writeProbe.failed) return { ok: false, kind: this.kind, detail: 'write probe failed' };
    return { ok: true, kind: this.kind };
  }

  /** Writes asked for and commits that carried them, for the bench and tests (no data, only counts). */
  writeStats(): GroupCommitStats {
    return this.writer.stats();
  }

  async close(): Promise<void> {
    if (!this.db.open) return;
    // Writes already asked for are committed, not dropped.
    await this.writer.close();
    if (this.db.open) this.db.close();
  }
}

/** How long a committed write proves the write path for /healthz. */
const WRITE_PROOF_MS = 1000;

function migrate(db: Database.Database): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > migrations.length) {
    throw new Error(`Database schema version ${current} is newer than this program (${migrations.length}).`);
  }
  for (let version = current; version < migrations.length; version++) {
    db.transaction(() => {
      db.exec(migrations[version]!);
      db.pragma(`user_version = ${version + 1}`);
    })();
  }
}
