import type Database from 'better-sqlite3';
import type { ConversationPatch, ConversationRecord, ConversationStore, NewConversation } from '../ports';
import { mapRow } from './rows';

const toRecord = mapRow.conversation;

export class SqliteConversationStore implements ConversationStore {
  constructor(private readonly db: Database.Database) {}

  async create(c: NewConversation): Promise<boolean> {
    const result = this.db
      .prepare(
        `INSERT INTO conversations (id, channel_id, code, locale, status, started_at, last_activity_at, reference)
         VALUES (?, ?, ?, ?, 'bot', ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      )
      .run(
        c.id,
        c.channelId,
        c.code,
        c.locale,
        c.startedAt.getTime(),
        c.startedAt.getTime(),
        c.reference === null ? null : JSON.stringify(c.reference),
      );
    return result.changes === 1;
  }

  async get(id: string): Promise<ConversationRecord | null> {
    const row = this.db.prepare('SELECT * FROM conversations WHERE id = ?').get(id);
    return row === undefined ? null : toRecord(row);
  }

  async getByCode(code: string): Promise<ConversationRecord | null> {
    const row = this.db.prepare('SELECT * FROM conversations WHERE code = ?').get(code.toUpperCase());
    return row === undefined ? null : toRecord(row);
  }

  async update(id: string, patch: ConversationPatch): Promise<void> {
    const columns: [string, string | number | null][] = [];
    if (patch.locale !== undefined) columns.push(['locale', patch.locale]);
    if (patch.status !== undefined) columns.push(['status', patch.status]);
    if (patch.lastActivityAt !== undefined) columns.push(['last_activity_at', patch.lastActivityAt.getTime()]);
    if (patch.endedAt !== undefined) columns.push(['ended_at', patch.endedAt === null ? null : patch.endedAt.getTime()]);
    if (patch.endedReason !== undefined) columns.push(['ended_reason', patch.endedReason]);
    if (patch.reference !== undefined) columns.push(['reference', patch.reference === null ? null : JSON.stringify(patch.reference)]);
    if (patch.triage !== undefined) columns.push(['triage', patch.triage === null ? null : JSON.stringify(patch.triage)]);
    const sets = columns.map(([column]) => `${column} = ?`);
    const values = columns.map(([, value]) => value);
    if (sets.length === 0) return;
    // Column names come from the fixed list above, values are bound: no user input in SQL text.
    this.db.prepare(`UPDATE conversations SET ${sets.join(', ')} WHERE id = ?`).run(...values, id);
  }
}
