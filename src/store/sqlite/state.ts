import type Database from 'better-sqlite3';
import { ConcurrencyError } from '../../errors';
import type { StateItem, StateItems, StateStore } from '../ports';
import type { GroupCommit } from './groupCommit';

/** Bot state with eTag optimistic concurrency, following botbuilder's MemoryStorage semantics. */
export class SqliteStateStore implements StateStore {
  private readonly writeAll: (changes: StateItems) => void;
  private readonly select: Database.Statement;
  private readonly remove: Database.Statement;

  constructor(
    db: Database.Database,
    newETag: () => string,
    private readonly commits: GroupCommit,
  ) {
    const current = db.prepare('SELECT etag FROM bot_state WHERE key = ?');
    const upsert = db.prepare(
      'INSERT INTO bot_state (key, data, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag',
    );
    // All changes of one write succeed or none do (the group commit runs each write in its own
    // savepoint), so a conflict never leaves half a turn's state.
    this.writeAll = (changes: StateItems) => {
      for (const [key, item] of Object.entries(changes)) {
        const expected = item.eTag;
        if (expected !== undefined && expected !== '*') {
          const row = current.get(key) as { etag: string } | undefined;
          if (row !== undefined && row.etag !== expected) throw new ConcurrencyError(key);
        }
        const { eTag: _ignored, ...data } = item;
        upsert.run(key, JSON.stringify(data), newETag());
      }
    };
    this.select = db.prepare('SELECT data, etag FROM bot_state WHERE key = ?');
    this.remove = db.prepare('DELETE FROM bot_state WHERE key = ?');
  }

  async read(keys: string[]): Promise<StateItems> {
    const items: StateItems = {};
    for (const key of keys) {
      const row = this.select.get(key) as { data: string; etag: string } | undefined;
      if (row !== undefined) items[key] = { ...(JSON.parse(row.data) as StateItem), eTag: row.etag };
    }
    return items;
  }

  write(changes: StateItems): Promise<void> {
    return this.commits.run(() => this.writeAll(changes));
  }

  delete(keys: string[]): Promise<void> {
    return this.commits.run(() => keys.forEach((key) => this.remove.run(key)));
  }
}
