import pg from 'pg';

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
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }
}

/** JSON for a json column (pg would turn a JS array into a PostgreSQL array). */
export const json = (value: unknown): string | null => (value === null || value === undefined ? null : JSON.stringify(value));

/** PostgreSQL text cannot hold NUL; the activity (json) keeps the original, the text column a stand-in. */
export const pgText = (value: string | null): string | null => (value === null ? null : value.replace(/\u0000/g, '\uFFFD'));
