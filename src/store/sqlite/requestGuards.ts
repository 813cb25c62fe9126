import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { AttemptDecision, IdempotencyStore, LoginFailureCount, LoginFailureKey, LoginFailureStore } from '../guardPorts';

/** Tables of their own, apart from the transcript write path, so neither slows the other. */
export const REQUEST_GUARDS_MIGRATION = `
  CREATE TABLE idempotency_keys (
    key TEXT PRIMARY KEY,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);
  -- Failed logins per scope and hashed key (never a username or an address in the clear).
  CREATE TABLE login_failures (
    scope TEXT NOT NULL,
    key TEXT NOT NULL,
    count INTEGER NOT NULL,
    last_at INTEGER NOT NULL,
    PRIMARY KEY (scope, key)
  ) WITHOUT ROWID;
  CREATE INDEX login_failures_last ON login_failures (last_at);
`;

export class SqliteIdempotencyStore implements IdempotencyStore {
  constructor(private readonly db: Database.Database) {}

  async has(key: string, now: Date): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM idempotency_keys WHERE key = ? AND expires_at > ?').get(key, now.getTime()) !== undefined;
  }

  async record(key: string, expiresAt: Date): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO idempotency_keys (key, expires_at) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at',
      )
      .run(key, expiresAt.getTime());
  }

  async deleteExpired(now: Date): Promise<number> {
    return this.db.prepare('DELETE FROM idempotency_keys WHERE expires_at <= ?').run(now.getTime()).changes;
  }
}

const failureRow = z.object({ scope: z.string(), key: z.string(), count: z.number().int(), last_at: z.number() });

export class SqliteLoginFailureStore implements LoginFailureStore {
  constructor(private readonly db: Database.Database) {}

  async get(keys: readonly LoginFailureKey[], since: Date): Promise<LoginFailureCount[]> {
    return this.read(keys, since);
  }

  async admit<R>(keys: readonly LoginFailureKey[], at: Date, since: Date, decide: AttemptDecision<R>): Promise<R | null> {
    const upsert = this.db.prepare(
      `INSERT INTO login_failures (scope, key, count, last_at) VALUES (?, ?, 1, ?)
       ON CONFLICT (scope, key) DO UPDATE SET
         count = CASE WHEN login_failures.last_at <= ? THEN 1 ELSE login_failures.count + 1 END,
         last_at = max(login_failures.last_at, excluded.last_at)`,
    );
    // IMMEDIATE takes the write lock before the read, so another process on the same file cannot
    // read the same counts in between; within this process the step is synchronous anyway.
    return this.db
      .transaction(() => {
        const refusal = decide(this.read(keys, since));
        if (refusal !== null) return refusal;
        for (const { scope, key } of keys) upsert.run(scope, key, at.getTime(), since.getTime());
        return null;
      })
      .immediate();
  }

  async forgive(keys: readonly LoginFailureKey[]): Promise<void> {
    const takeBack = this.db.prepare('UPDATE login_failures SET count = count - 1 WHERE scope = ? AND key = ? AND count > 0');
    this.db.transaction(() => {
      for (const { scope, key } of keys) takeBack.run(scope, key);
    })();
  }

  private read(keys: readonly LoginFailureKey[], since: Date): LoginFailureCount[] {
    const read = this.db.prepare('SELECT scope, key, count, last_at FROM login_failures WHERE scope = ? AND key = ? AND last_at > ?');
    const found: LoginFailureCount[] = [];
    for (const { scope, key } of keys) {
      const raw = read.get(scope, key, since.getTime());
      if (raw === undefined) continue;
      const row = failureRow.parse(raw);
      found.push({ scope: row.scope, key: row.key, count: row.count, lastAt: new Date(row.last_at) });
    }
    return found;
  }

  async clear(keys: readonly LoginFailureKey[]): Promise<void> {
    const remove = this.db.prepare('DELETE FROM login_failures WHERE scope = ? AND key = ?');
    this.db.transaction(() => {
      for (const { scope, key } of keys) remove.run(scope, key);
    })();
  }

  async deleteBefore(before: Date): Promise<number> {
    return this.db.prepare('DELETE FROM login_failures WHERE last_at < ?').run(before.getTime()).changes;
  }
}
