import type { ConversationPatch, ConversationRecord, ConversationStanding, ConversationStore, NewConversation } from '../ports';
import type { Db } from './db';
import { mapRow } from './rows';
import { json } from './db';

const toRecord = mapRow.conversation;

export class PgConversationStore implements ConversationStore {
  constructor(private readonly db: Db) {}

  async create(c: NewConversation): Promise<boolean> {
    const result = await this.db.query(
      `INSERT INTO conversations (id, channel_id, code, locale, status, started_at, last_activity_at, reference)
       VALUES ($1, $2, $3, $4, 'bot', $5, $5, $6) ON CONFLICT (id) DO NOTHING`,
      [c.id, c.channelId, c.code, c.locale, c.startedAt, json(c.reference)],
    );
    return result.rowCount === 1;
  }

  async get(id: string): Promise<ConversationRecord | null> {
    const row = await this.db.one('SELECT * FROM conversations WHERE id = $1', [id]);
    return row === undefined ? null : toRecord(row);
  }

  async codeOf(id: string): Promise<string | null> {
    const row = await this.db.one('SELECT code FROM conversations WHERE id = $1', [id]);
    const code: unknown = (row as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code : null;
  }

  async standing(id: string): Promise<ConversationStanding | null> {
    const row = await this.db.one('SELECT status, ended_reason, locale FROM conversations WHERE id = $1', [id]);
    return row === undefined ? null : mapRow.conversationStanding(row);
  }

  async getByCode(code: string): Promise<ConversationRecord | null> {
    const row = await this.db.one('SELECT * FROM conversations WHERE code = $1', [code.toUpperCase()]);
    return row === undefined ? null : toRecord(row);
  }

  async update(id: string, patch: ConversationPatch): Promise<void> {
    const columns: [string, unknown][] = [];
    if (patch.locale !== undefined) columns.push(['locale', patch.locale]);
    if (patch.status !== undefined) columns.push(['status', patch.status]);
    if (patch.lastActivityAt !== undefined) columns.push(['last_activity_at', patch.lastActivityAt]);
    if (patch.endedAt !== undefined) columns.push(['ended_at', patch.endedAt]);
    if (patch.endedReason !== undefined) columns.push(['ended_reason', patch.endedReason]);
    if (patch.reference !== undefined) columns.push(['reference', json(patch.reference)]);
    if (patch.triage !== undefined) columns.push(['triage', json(patch.triage)]);
    if (columns.length === 0) return;
    // Column names come from the fixed list above, values are bound: no user input in SQL text.
    const sets = columns.map(([column], i) => `${column} = $${i + 2}`);
    await this.db.query(`UPDATE conversations SET ${sets.join(', ')} WHERE id = $1`, [id, ...columns.map(([, v]) => v)]);
  }
}
