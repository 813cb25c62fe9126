import type Database from 'better-sqlite3';
import type { ConversationPatch, ConversationRecord, ConversationStore, NewConversation } from '../ports';
import type { GroupCommit } from './groupCommit';
import { mapRow } from './rows';

const toRecord = mapRow.conversation;

export class SqliteConversationStore implements ConversationStore {
  private readonly insert: Database.Statement;
  private readonly byId: Database.Statement;
  private readonly byCode: Database.Statement;
  /** One prepared UPDATE per set of columns a patch names (a handful in practice). */
  private readonly updates = new Map<string, Database.Statement>();

  constructor(
    private readonly db: Database.Database,
    private readonly commits: GroupCommit,
  ) {
    this.insert = db.prepare(
      `INSERT INTO conversations (id, channel_id, code, locale, status, started_at, last_activity_at, reference)
       VALUES (?, ?, ?, ?, 'bot', ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
    );
    this.byId = db.prepare('SELECT * FROM conversations WHERE id = ?');
    this.byCode = db.prepare('SELECT * FROM conversations WHERE code = ?');
  }

  async create(c: NewConversation): Promise<boolean> {
    const values = [
      c.id,
      c.channelId,
      c.code,
      c.locale,
      c.startedAt.getTime(),
      c.startedAt.getTime(),
      c.reference === null ? null : JSON.stringify(c.reference),
    ];
    const result = await this.commits.run(() => this.insert.run(...values));
    return result.changes === 1;
  }

  async get(id: string): Promise<ConversationRecord | null> {
    const row = this.byId.get(id);
    return row === undefined ? null : toRecord(row);
  }

  async getByCode(code: string): Promise<ConversationRecord | null> {
    const row = this.byCode.get(code.toUpperCase());
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
    if (columns.length === 0) return;
    const sets = columns.map(([column]) => `${column} = ?`).join(', ');
    const values = columns.map(([, value]) => value);
    let statement = this.updates.get(sets);
    if (!statement) {
      // Column names come from the fixed list above, values are bound: no user input in SQL text.
      statement = this.db.prepare(`UPDATE conversations SET ${sets} WHERE id = ?`);
      this.updates.set(sets, statement);
    }
    const update = statement;
    await this.commits.run(() => update.run(...values, id));
  }
}
