import type Database from 'better-sqlite3';
import type { AuditEntry, AuditLog, AuditQuery, NewAuditEntry } from '../ports';
import { mapRow } from './rows';

const toEntry = mapRow.auditEntry;

export class SqliteAuditLog implements AuditLog {
  constructor(private readonly db: Database.Database) {}

  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const result = this.db
      .prepare('INSERT INTO audit_log (at, actor, action, conversation_id, detail) VALUES (?, ?, ?, ?, ?)')
      .run(entry.at.getTime(), entry.actor, entry.action, entry.conversationId, JSON.stringify(entry.detail));
    return { ...entry, id: String(result.lastInsertRowid) };
  }

  async search(query: AuditQuery): Promise<AuditEntry[]> {
    const clauses: [string, string | number | undefined][] = [
      ['actor = ?', query.actor],
      ['action = ?', query.action],
      ['conversation_id = ?', query.conversationId],
      ['at >= ?', query.from?.getTime()],
      ['at < ?', query.to?.getTime()],
    ];
    const used = clauses.filter((c): c is [string, string | number] => c[1] !== undefined);
    const where = used.map(([clause]) => clause);
    const values = used.map(([, value]) => value);
    // Clauses come from the fixed list above; every value is bound.
    const sql = `SELECT * FROM audit_log ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT ? OFFSET ?`;
    return this.db
      .prepare(sql)
      .all(...values, query.limit, query.offset)
      .map(toEntry);
  }

  async deleteBefore(before: Date): Promise<number> {
    return this.db.prepare('DELETE FROM audit_log WHERE at < ?').run(before.getTime()).changes;
  }
}
