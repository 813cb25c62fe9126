import pg from 'pg';

/**
 * A connection taken out of a pool, guarded while it is out. The pool listens for a dropped
 * connection only while it is idle in the pool; a connection that drops while checked out and
 * between two queries (inside a transaction, or holding an advisory lock while other work runs)
 * emits an 'error' event that nobody hears, and an unheard 'error' ends the process. A database
 * restart or fail-over must cost the requests in flight, not the server. A connection that failed
 * is destroyed on release, never handed out again.
 */
export async function checkout(pool: pg.Pool): Promise<{ client: pg.PoolClient; release(discard?: boolean): void }> {
  const client = await pool.connect();
  let failed = false;
  const onError = () => {
    failed = true;
  };
  client.on('error', onError);
  return {
    client,
    release(discard = false) {
      client.removeListener('error', onError);
      client.release(failed || discard);
    },
  };
}

/** A pool plus the one transaction helper every table module uses. */
export class Db {
  constructor(readonly pool: pg.Pool) {}

  async query<R extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    return this.pool.query<R>(text, values);
  }

  async rows(text: string, values: unknown[] = []): Promise<unknown[]> {
    return (await this.pool.query(text, values)).rows as unknown[];
  }

  async one(text: string, values: unknown[] = []): Promise<unknown | undefined> {
    return (await this.pool.query(text, values)).rows[0] as unknown;
  }

  /** Runs `work` in one transaction on one connection; rolls back when it throws. */
  async tx<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const { client, release } = await checkout(this.pool);
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      release();
    }
  }
}

/** JSON for a json column (pg would turn a JS array into a PostgreSQL array). */
export const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** PostgreSQL text cannot hold NUL; the activity (json) keeps the original, the text column a stand-in. */
export const pgText = (value: string | null): string | null => (value === null ? null : value.replace(/\u0000/g, '\uFFFD'));
