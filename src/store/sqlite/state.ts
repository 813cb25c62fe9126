import type Database from 'better-sqlite3';
import type { StateItem, StateItems, StateStore } from '../ports';
import type { SqliteWriter } from './writerThread';

/** Bot state with eTag optimistic concurrency, following botbuilder's MemoryStorage semantics. */
export class SqliteStateStore implements StateStore {
  private readonly select: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly newETag: () => string,
    private readonly writer: SqliteWriter,
  ) {
    this.select = db.prepare('SELECT data, etag FROM bot_state WHERE key = ?');
  }

  async read(keys: string[]): Promise<StateItems> {
    const items: StateItems = {};
    for (const key of keys) {
      const row = this.select.get(key) as { data: string; etag: string } | undefined;
      if (row !== undefined) items[key] = { ...(JSON.parse(row.data) as StateItem), eTag: row.etag };
    }
    return items;
  }

  /** All changes of one write succeed or none do (the writer runs it in its own savepoint). */
  async write(changes: StateItems): Promise<void> {
    const items = Object.entries(changes).map(([key, item]) => {
      const { eTag: expected, ...data } = item;
      return {
        key,
        expected: expected === undefined || expected === '*' ? null : expected,
        data: JSON.stringify(data),
        eTag: this.newETag(),
      };
    });
    await this.writer.run({ op: 'stateWrite', items });
  }

  async delete(keys: string[]): Promise<void> {
    await this.writer.run({ op: 'stateDelete', keys });
  }
}
