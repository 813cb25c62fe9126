import { z } from 'zod';
import type { AttemptDecision, IdempotencyStore, LoginFailureCount, LoginFailureKey, LoginFailureStore } from '../guardPorts';
import type { Db } from './db';

export class PgIdempotencyStore implements IdempotencyStore {
  constructor(private readonly db: Db) {}

  async has(key: string, now: Date): Promise<boolean> {
    return (await this.db.one('SELECT 1 FROM idempotency_keys WHERE key = $1 AND expires_at > $2', [key, now])) !== undefined;
  }

  async record(key: string, expiresAt: Date): Promise<void> {
    await this.db.query(
      'INSERT INTO idempotency_keys (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at',
      [key, expiresAt],
    );
  }

  async deleteExpired(now: Date): Promise<number> {
    return (await this.db.query('DELETE FROM idempotency_keys WHERE expires_at <= $1', [now])).rowCount ?? 0;
  }
}

const failureRow = z.object({ scope: z.string(), key: z.string(), count: z.number().int(), last_at: z.date() });

/** Statements take all keys at once (parallel arrays), so a login costs few round trips. */
export class PgLoginFailureStore implements LoginFailureStore {
  constructor(private readonly db: Db) {}

  async get(keys: readonly LoginFailureKey[], since: Date): Promise<LoginFailureCount[]> {
    return parseCounts(await this.db.rows(SELECT_COUNTS, [...columns(keys), since]));
  }

  async admit<R>(keys: readonly LoginFailureKey[], at: Date, since: Date, decide: AttemptDecision<R>): Promise<R | null> {
    return this.db.tx(async (client) => {
      // One transaction-scoped lock per counter, taken in a fixed order so two attempts that share
      // counters never wait on each other in a circle; the locks also cover counters with no row yet.
      for (const lockKey of keys.map((k) => `${k.scope}:${k.key}`).sort()) {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey]);
      }
      const refusal = decide(parseCounts((await client.query(SELECT_COUNTS, [...columns(keys), since])).rows));
      if (refusal !== null) return refusal;
      await client.query(
        `INSERT INTO login_failures (scope, key, count, last_at)
         SELECT k.scope, k.key, 1, $3 FROM unnest($1::text[], $2::text[]) AS k (scope, key)
         ON CONFLICT (scope, key) DO UPDATE SET
           count = CASE WHEN login_failures.last_at <= $4 THEN 1 ELSE login_failures.count + 1 END,
           last_at = GREATEST(login_failures.last_at, excluded.last_at)`,
        [...columns(keys), at, since],
      );
      return null;
    });
  }

  async forgive(keys: readonly LoginFailureKey[]): Promise<void> {
    await this.db.query(
      `UPDATE login_failures f SET count = f.count - 1 FROM unnest($1::text[], $2::text[]) AS k (scope, key)
       WHERE f.scope = k.scope AND f.key = k.key AND f.count > 0`,
      columns(keys),
    );
  }

  async clear(keys: readonly LoginFailureKey[]): Promise<void> {
    await this.db.query(
      `DELETE FROM login_failures f USING unnest($1::text[], $2::text[]) AS k (scope, key)
       WHERE f.scope = k.scope AND f.key = k.key`,
      columns(keys),
    );
  }

  async deleteBefore(before: Date): Promise<number> {
    return (await this.db.query('DELETE FROM login_failures WHERE last_at < $1', [before])).rowCount ?? 0;
  }
}

const SELECT_COUNTS = `SELECT f.scope, f.key, f.count, f.last_at FROM login_failures f
  JOIN unnest($1::text[], $2::text[]) AS k (scope, key) ON f.scope = k.scope AND f.key = k.key
  WHERE f.last_at > $3`;

function parseCounts(rows: readonly unknown[]): LoginFailureCount[] {
  return rows.map((raw) => {
    const row = failureRow.parse(raw);
    return { scope: row.scope, key: row.key, count: row.count, lastAt: row.last_at };
  });
}

function columns(keys: readonly LoginFailureKey[]): [string[], string[]] {
  return [keys.map((k) => k.scope), keys.map((k) => k.key)];
}
