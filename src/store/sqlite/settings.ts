import type Database from 'better-sqlite3';
import type { SettingsStore } from '../ports';

export class SqliteSettingsStore implements SettingsStore {
  constructor(private readonly db: Database.Database) {}

  async get(key: string): Promise<string | null> {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value ?? null;
  }

  async setIfAbsent(key: string, value: string): Promise<string> {
    this.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING').run(key, value);
    return (await this.get(key)) as string;
  }
}
