import type Database from 'better-sqlite3';
import { ConcurrencyError } from '../../errors';
import type { StateItem, StateItems, StateStore } from '../ports';

/** Bot state with eTag optimistic concurrency, following botbuilder's MemoryStorage semantics. */
export class SqliteStateStore implements StateStore {
  private readonly writeTx: Database.Transaction<(changes: StateItems) => void>;

  constructor(
    private readonly db: Database.Database,
    newETag: () => string,
  ) {
    const current = db.prepare('SELECT etag FROM bot_state WHERE key = ?');
    const upsert = db.prepare(
      'INSERT INTO bot_state (key, data, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag',
    );
    // All changes of one write succeed or none do, so a conflict never leaves half a turn's state.
    this.writeTx = db.transaction((changes: StateItems) => {
      for (const [key, item] of Object.entries(changes)) {
        const expected = item.eTag;
        if (expected !== undefined && expected !== '*') {
          const row = current.get(key) as { etag: string } | undefined;
          if (row !== undefined && row.etag !== expected) throw new ConcurrencyError(key);
        }
        const { eTag: _ignored, ...data } = item;
        upsert.run(key, JSON.stringify(data), newETag());
      }
    });
  }

  async read(keys: string[]): Promise<StateItems> {
    const items: StateItems = {};
    const select = this.db.prepare('SELECT data, etag FROM bot_state WHERE key = ?');
    for (const key of keys) {
      const row = select.get(key) as { data: string; etag: string } | undefined;
      if (row !== undefined) items[key] = { ...(JSON.parse(row.data) as StateItem), eTag: row.etag };
    }
    return items;
  }

  async write(changes: StateItems): Promise<void> {
    this.writeTx.immediate(changes);
  }

  async delete(keys: string[]): Promise<void> {
    const del = this.db.prepare('DELETE FROM bot_state WHERE key = ?');
    this.db.transaction(() => keys.forEach((key) => del.run(key)))();
  }
}
