import type Database from 'better-sqlite3';
import type { ConversationPatch, ConversationRecord, ConversationStanding, ConversationStore, NewConversation } from '../ports';
import type { PatchColumn } from './turnWrites';
import type { SqliteWriter } from './writerThread';
import { mapRow } from './rows';

const toRecord = mapRow.conversation;

export class SqliteConversationStore implements ConversationStore {
  private readonly byId: Database.Statement;
  private readonly byCode: Database.Statement;
  private readonly codeById: Database.Statement;
  private readonly standingById: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly writer: SqliteWriter,
  ) {
    this.byId = db.prepare('SELECT * FROM conversations WHERE id = ?');
    this.byCode = db.prepare('SELECT * FROM conversations WHERE code = ?');
    this.codeById = db.prepare('SELECT code FROM conversations WHERE id = ?').pluck();
    this.standingById = db.prepare('SELECT status, ended_reason, locale FROM conversations WHERE id = ?');
  }

  create(c: NewConversation): Promise<boolean> {
    return this.writer.run({
      op: 'conversationCreate',
      id: c.id,
      channelId: c.channelId,
      code: c.code,
      locale: c.locale,
      startedAt: c.startedAt.getTime(),
      reference: c.reference === null ? null : JSON.stringify(c.reference),
    });
  }

  async get(id: string): Promise<ConversationRecord | null> {
    const row = this.byId.get(id);
    return row === undefined ? null : toRecord(row);
  }

  async codeOf(id: string): Promise<string | null> {
    const code: unknown = this.codeById.get(id);
    return typeof code === 'string' ? code : null;
  }

  async standing(id: string): Promise<ConversationStanding | null> {
    const row = this.standingById.get(id);
    return row === undefined ? null : mapRow.conversationStanding(row);
  }

  async getByCode(code: string): Promise<ConversationRecord | null> {
    const row = this.byCode.get(code.toUpperCase());
    return row === undefined ? null : toRecord(row);
  }

  async update(id: string, patch: ConversationPatch): Promise<void> {
    const columns: [PatchColumn, string | number | null][] = [];
    if (patch.locale !== undefined) columns.push(['locale', patch.locale]);
    if (patch.status !== undefined) columns.push(['status', patch.status]);
    if (patch.lastActivityAt !== undefined) columns.push(['last_activity_at', patch.lastActivityAt.getTime()]);
    if (patch.endedAt !== undefined) columns.push(['ended_at', patch.endedAt === null ? null : patch.endedAt.getTime()]);
    if (patch.endedReason !== undefined) columns.push(['ended_reason', patch.endedReason]);
    if (patch.reference !== undefined) columns.push(['reference', patch.reference === null ? null : JSON.stringify(patch.reference)]);
    if (patch.triage !== undefined) columns.push(['triage', patch.triage === null ? null : JSON.stringify(patch.triage)]);
    if (columns.length === 0) return;
    await this.writer.run({ op: 'conversationUpdate', id, columns });
  }
}
