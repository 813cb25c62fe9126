import { ConcurrencyError } from '../../errors';
import type { SettingsStore, StateItem, StateItems, StateStore } from '../ports';
import type { Db } from './db';

/** Bot state with eTag optimistic concurrency, following botbuilder's MemoryStorage semantics. */
export class PgStateStore implements StateStore {
  constructor(
    private readonly db: Db,
    private readonly newETag: () => string,
  ) {}

  async read(keys: string[]): Promise<StateItems> {
    const items: StateItems = {};
    if (keys.length === 0) return items;
    const rows = (await this.db.rows('SELECT key, data, etag FROM bot_state WHERE key = ANY($1)', [keys])) as {
      key: string;
      data: StateItem;
      etag: string;
    }[];
    for (const row of rows) items[row.key] = { ...row.data, eTag: row.etag };
    return items;
  }

  async write(changes: StateItems): Promise<void> {
    // All changes of one write succeed or none do; FOR UPDATE makes a second instance's write
    // of the same key wait, so its eTag check sees this one's result.
    await this.db.tx(async (client) => {
      for (const [key, item] of Object.entries(changes)) {
        const expected = item.eTag;
        if (expected !== undefined && expected !== '*') {
          const row = (await client.query('SELECT etag FROM bot_state WHERE key = $1 FOR UPDATE', [key])).rows[0] as
            { etag: string } | undefined;
          if (row !== undefined && row.etag !== expected) throw new ConcurrencyError(key);
        }
        const { eTag: _ignored, ...data } = item;
        await client.query(
          'INSERT INTO bot_state (key, data, etag) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag',
          [key, JSON.stringify(data), this.newETag()],
        );
      }
    });
  }

  async delete(keys: string[]): Promise<void> {
    if (keys.length > 0) await this.db.query('DELETE FROM bot_state WHERE key = ANY($1)', [keys]);
  }
}

export class PgSettingsStore implements SettingsStore {
  constructor(private readonly db: Db) {}

  async get(key: string): Promise<string | null> {
    const row = (await this.db.one('SELECT value FROM settings WHERE key = $1', [key])) as { value: string } | undefined;
    return row?.value ?? null;
  }

  async setIfAbsent(key: string, value: string): Promise<string> {
    // Two instances starting at once both get the value of whichever inserted first.
    await this.db.query('INSERT INTO settings (key, value) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [key, value]);
    return (await this.get(key)) as string;
  }
}
