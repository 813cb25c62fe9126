import type Database from 'better-sqlite3';
import type { StateItem, StateItems, StateStore } from '../ports';
import { offerReadText, takeWriteText } from '../stateText';
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
      if (row === undefined) continue;
      // The parse is a fresh object of our own: the eTag goes on it instead of onto a copy. The
      // stored text is the state's JSON without its eTag (see write), which the bot state uses as
      // its change mark instead of serialising what was just parsed.
      const item = JSON.parse(row.data) as StateItem;
      item.eTag = row.etag;
      offerReadText(item, row.data);
      items[key] = item;
    }
    return items;
  }

  /** All changes of one write succeed or none do (the writer runs it in its own savepoint). */
  async write(changes: StateItems): Promise<void> {
    const items = Object.entries(changes).map(([key, item]) => ({
      key,
      expected: item.eTag === undefined || item.eTag === '*' ? null : item.eTag,
      // The bot state offers the text it has just compared; any other writer's item is serialised here.
      data: takeWriteText(item) ?? jsonWithoutETag(item),
      eTag: this.newETag(),
    }));
    await this.writer.run({ op: 'stateWrite', items });
  }

  async delete(keys: string[]): Promise<void> {
    await this.writer.run({ op: 'stateDelete', keys });
  }
}

function jsonWithoutETag(item: StateItem): string {
  const { eTag: _eTag, ...data } = item;
  return JSON.stringify(data);
}
