import type Database from 'better-sqlite3';
import type { NewStaffUser, StaffStore, StaffUser } from '../ports';
import { mapRow } from './rows';

const toUser = mapRow.staffUser;

export class SqliteStaffStore implements StaffStore {
  constructor(private readonly db: Database.Database) {}

  async create(user: NewStaffUser): Promise<boolean> {
    // DO NOTHING covers both the id and the (case-insensitive) username constraint.
    const result = this.db
      .prepare(
        `INSERT INTO staff_users (id, username, display_name, role, password_hash, disabled, created_at)
         VALUES (?, ?, ?, ?, ?, 0, ?) ON CONFLICT DO NOTHING`,
      )
      .run(user.id, user.username, user.displayName, user.role, user.passwordHash, user.createdAt.getTime());
    return result.changes === 1;
  }

  async getByUsername(username: string): Promise<StaffUser | null> {
    const row = this.db.prepare('SELECT * FROM staff_users WHERE username = ?').get(username);
    return row === undefined ? null : toUser(row);
  }

  async getById(id: string): Promise<StaffUser | null> {
    const row = this.db.prepare('SELECT * FROM staff_users WHERE id = ?').get(id);
    return row === undefined ? null : toUser(row);
  }

  async setDisabled(id: string, disabled: boolean): Promise<boolean> {
    return this.db.prepare('UPDATE staff_users SET disabled = ? WHERE id = ?').run(disabled ? 1 : 0, id).changes === 1;
  }

  async setPassword(id: string, passwordHash: string): Promise<boolean> {
    return this.db.prepare('UPDATE staff_users SET password_hash = ? WHERE id = ?').run(passwordHash, id).changes === 1;
  }

  async list(): Promise<StaffUser[]> {
    return this.db.prepare('SELECT * FROM staff_users ORDER BY username').all().map(toUser);
  }
}
