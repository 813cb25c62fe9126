import type Database from 'better-sqlite3';
import { z } from 'zod';
import type { StaffSessionRecord, StaffSessionStore } from '../ports';

const rowSchema = z.object({
  id_hash: z.string(),
  user_id: z.string(),
  csrf_token: z.string(),
  created_at: z.number(),
  last_seen_at: z.number(),
  expires_at: z.number(),
});

function toSession(raw: unknown): StaffSessionRecord {
  const row = rowSchema.parse(raw);
  return {
    idHash: row.id_hash,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    createdAt: new Date(row.created_at),
    lastSeenAt: new Date(row.last_seen_at),
    expiresAt: new Date(row.expires_at),
  };
}

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
