import type {
  AuditEntry,
  AuditLog,
  AuditQuery,
  NewAuditEntry,
  NewStaffUser,
  StaffSessionRecord,
  StaffSessionStore,
  StaffStore,
  StaffUser,
} from '../ports';
import type { Db } from './db';
import { mapRow } from './rows';
import { json } from './db';

const toUser = mapRow.staffUser;

export class PgStaffStore implements StaffStore {
  constructor(private readonly db: Db) {}

  async create(user: NewStaffUser): Promise<boolean> {
    // DO NOTHING covers both the id and the lower(username) unique index.
    const result = await this.db.query(
      `INSERT INTO staff_users (id, username, display_name, role, password_hash, disabled, created_at)
       VALUES ($1, $2, $3, $4, $5, FALSE, $6) ON CONFLICT DO NOTHING`,
      [user.id, user.username, user.displayName, user.role, user.passwordHash, user.createdAt],
    );
    return result.rowCount === 1;
  }

  async getByUsername(username: string): Promise<StaffUser | null> {
    const row = await this.db.one('SELECT * FROM staff_users WHERE lower(username) = lower($1)', [username]);
    return row === undefined ? null : toUser(row);
  }

  async getById(id: string): Promise<StaffUser | null> {
    const row = await this.db.one('SELECT * FROM staff_users WHERE id = $1', [id]);
    return row === undefined ? null : toUser(row);
  }

  async setDisabled(id: string, disabled: boolean): Promise<boolean> {
    return (await this.db.query('UPDATE staff_users SET disabled = $2 WHERE id = $1', [id, disabled])).rowCount === 1;
  }

  async setPassword(id: string, passwordHash: string): Promise<boolean> {
    return (await this.db.query('UPDATE staff_users SET password_hash = $2 WHERE id = $1', [id, passwordHash])).rowCount === 1;
  }

  async list(): Promise<StaffUser[]> {
    return (await this.db.rows('SELECT * FROM staff_users ORDER BY lower(username), username')).map(toUser);
  }
}

const toSession = mapRow.staffSession;

/** Sessions live in the shared store, so a counsellor's cookie works on every instance. */
export class PgStaffSessionStore implements StaffSessionStore {
  constructor(private readonly db: Db) {}

  async create(s: StaffSessionRecord): Promise<void> {
    await this.db.query(
      `INSERT INTO staff_sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6)`,
      [s.idHash, s.userId, s.csrfToken, s.createdAt, s.lastSeenAt, s.expiresAt],
    );
  }

  async get(idHash: string): Promise<StaffSessionRecord | null> {
    const row = await this.db.one('SELECT * FROM staff_sessions WHERE id_hash = $1', [idHash]);
    return row === undefined ? null : toSession(row);
  }

  async touch(idHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
    await this.db.query('UPDATE staff_sessions SET last_seen_at = $2, expires_at = $3 WHERE id_hash = $1', [idHash, lastSeenAt, expiresAt]);
  }

  async delete(idHash: string): Promise<void> {
    await this.db.query('DELETE FROM staff_sessions WHERE id_hash = $1', [idHash]);
  }

  async deleteForUser(userId: string): Promise<number> {
    return (await this.db.query('DELETE FROM staff_sessions WHERE user_id = $1', [userId])).rowCount ?? 0;
  }

  async deleteExpired(now: Date): Promise<number> {
    return (await this.db.query('DELETE FROM staff_sessions WHERE expires_at <= $1', [now])).rowCount ?? 0;
  }
}

const toAudit = mapRow.auditEntry;

export class PgAuditLog implements AuditLog {
  constructor(private readonly db: Db) {}

  async append(entry: NewAuditEntry): Promise<AuditEntry> {
    const row = (await this.db.one(
      'INSERT INTO audit_log (at, actor, action, conversation_id, detail) VALUES ($1, $2, $3, $4, $5) RETURNING id',
      [entry.at, entry.actor, entry.action, entry.conversationId, json(entry.detail)],
    )) as { id: string };
    return { ...entry, id: String(row.id) };
  }

  async search(query: AuditQuery): Promise<AuditEntry[]> {
    const clauses: [string, unknown][] = [
      ['actor =', query.actor],
      ['action =', query.action],
      ['conversation_id =', query.conversationId],
      ['at >=', query.from],
      ['at <', query.to],
    ];
    const used = clauses.filter(([, value]) => value !== undefined);
    // Clauses come from the fixed list above; every value is bound.
    const where = used.map(([clause], i) => `${clause} $${i + 1}`);
    const values = used.map(([, value]) => value);
    const n = values.length;
    const sql = `SELECT * FROM audit_log ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY at DESC, id DESC LIMIT $${n + 1} OFFSET $${n + 2}`;
    return (await this.db.rows(sql, [...values, query.limit, query.offset])).map(toAudit);
  }

  async deleteBefore(before: Date): Promise<number> {
    return (await this.db.query('DELETE FROM audit_log WHERE at < $1', [before])).rowCount ?? 0;
  }
}
