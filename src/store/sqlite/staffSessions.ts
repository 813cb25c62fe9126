import type Database from 'better-sqlite3';
import type { StaffSessionRecord, StaffSessionStore } from '../ports';
import { mapRow } from './rows';

const toSession = mapRow.staffSession;

export class SqliteStaffSessionStore implements StaffSessionStore {
  constructor(private readonly db: Database.Database) {}

  async create(s: StaffSessionRecord): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO staff_sessions (id_hash, user_id, csrf_token, created_at, last_seen_at, expires_at)
         VALUES (?, ?, ?, ?, ?, ?)`,
      )
      .run(s.idHash, s.userId, s.csrfToken, s.createdAt.getTime(), s.lastSeenAt.getTime(), s.expiresAt.getTime());
  }

  async get(idHash: string): Promise<StaffSessionRecord | null> {
    const row = this.db.prepare('SELECT * FROM staff_sessions WHERE id_hash = ?').get(idHash);
    return row === undefined ? null : toSession(row);
  }

  async touch(idHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void> {
    this.db
      .prepare('UPDATE staff_sessions SET last_seen_at = ?, expires_at = ? WHERE id_hash = ?')
      .run(lastSeenAt.getTime(), expiresAt.getTime(), idHash);
  }

  async delete(idHash: string): Promise<void> {
    this.db.prepare('DELETE FROM staff_sessions WHERE id_hash = ?').run(idHash);
  }

  async deleteForUser(userId: string): Promise<number> {
    return this.db.prepare('DELETE FROM staff_sessions WHERE user_id = ?').run(userId).changes;
  }

  async deleteExpired(now: Date): Promise<number> {
    return this.db.prepare('DELETE FROM staff_sessions WHERE expires_at <= ?').run(now.getTime()).changes;
  }
}
