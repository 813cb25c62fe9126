import type Database from 'better-sqlite3';
import type { CounsellorNote, HandoffRecord, HandoffStatus, HandoffStore, NewHandoff, PresenceRecord } from '../handoffPorts';
import { mapRow } from './rows';
import type { JsonObject } from '../ports';

const toRecord = mapRow.handoff;

export class SqliteHandoffStore implements HandoffStore {
  private readonly openTx: Database.Transaction<(h: NewHandoff) => boolean>;
  /** Asked on every citizen message (live relay, queue offer): prepared once. */
  private readonly currentOne: Database.Statement;

  constructor(private readonly db: Database.Database) {
    const openOne = db.prepare("SELECT 1 FROM handoffs WHERE conversation_id = ? AND status IN ('queued', 'live')");
    const insert = db.prepare(
      "INSERT INTO handoffs (id, conversation_id, status, acute, locale, queued_at) VALUES (?, ?, 'queued', ?, ?, ?)",
    );
    this.openTx = db.transaction((h: NewHandoff) => {
      if (openOne.get(h.conversationId) !== undefined) return false;
      insert.run(h.id, h.conversationId, h.acute ? 1 : 0, h.locale, h.queuedAt.getTime());
      return true;
    });
    this.currentOne = db.prepare("SELECT * FROM handoffs WHERE conversation_id = ? AND status IN ('queued', 'live')");
  }

  async open(handoff: NewHandoff): Promise<HandoffRecord | null> {
    if (!this.openTx.immediate(handoff)) return null;
    return toRecord(this.db.prepare('SELECT * FROM handoffs WHERE id = ?').get(handoff.id));
  }

  async current(conversationId: string): Promise<HandoffRecord | null> {
    const row = this.currentOne.get(conversationId);
    return row === undefined ? null : toRecord(row);
  }

  async listByStatus(status: 'queued' | 'live'): Promise<HandoffRecord[]> {
    return this.db.prepare('SELECT * FROM handoffs WHERE status = ? ORDER BY queued_at').all(status).map(toRecord);
  }

  async history(conversationId: string): Promise<HandoffRecord[]> {
    return this.db.prepare('SELECT * FROM handoffs WHERE conversation_id = ? ORDER BY queued_at, rowid').all(conversationId).map(toRecord);
  }

  async markAcute(id: string): Promise<void> {
    this.db.prepare("UPDATE handoffs SET acute = 1 WHERE id = ? AND status = 'queued'").run(id);
  }

  async accept(id: string, counsellorId: string, at: Date): Promise<boolean> {
    const result = this.db
      .prepare("UPDATE handoffs SET status = 'live', counsellor_id = ?, accepted_at = ? WHERE id = ? AND status = 'queued'")
      .run(counsellorId, at.getTime(), id);
    return result.changes === 1;
  }

  async transfer(id: string, from: string, to: string): Promise<boolean> {
    const result = this.db
      .prepare("UPDATE handoffs SET counsellor_id = ? WHERE id = ? AND status = 'live' AND counsellor_id = ?")
      .run(to, id, from);
    return result.changes === 1;
  }

  async finish(
    id: string,
    from: readonly HandoffStatus[],
    to: HandoffStatus,
    at: Date,
    outcome: string | null,
    wrapUp: JsonObject | null,
  ): Promise<boolean> {
    const placeholders = from.map(() => '?').join(', ');
    const result = this.db
      .prepare(
        `UPDATE handoffs SET status = ?, ended_at = ?, outcome = COALESCE(?, outcome), wrap_up = COALESCE(?, wrap_up) WHERE id = ? AND status IN (${placeholders})`,
      )
      .run(to, at.getTime(), outcome, wrapUp === null ? null : JSON.stringify(wrapUp), id, ...from);
    return result.changes === 1;
  }

  async recordOutcome(id: string, counsellorId: string, outcome: string, wrapUp: JsonObject | null): Promise<boolean> {
    const result = this.db
      .prepare(
        `UPDATE handoffs SET outcome = ?, wrap_up = COALESCE(?, wrap_up)
         WHERE id = ? AND counsellor_id = ? AND status = 'closed' AND (outcome IS NULL OR outcome = 'quick_exit')`,
      )
      .run(outcome, wrapUp === null ? null : JSON.stringify(wrapUp), id, counsellorId);
    return result.changes === 1;
  }

  async recentChatMinutes(limit: number): Promise<number[]> {
    const rows = this.db
      .prepare(
        'SELECT (ended_at - accepted_at) AS ms FROM handoffs WHERE accepted_at IS NOT NULL AND ended_at IS NOT NULL ORDER BY ended_at DESC LIMIT ?',
      )
      .all(limit) as { ms: number }[];
    return rows.map((r) => r.ms / 60_000);
  }

  async addNote(note: CounsellorNote): Promise<void> {
    this.db
      .prepare('INSERT INTO counsellor_notes (conversation_id, counsellor_id, at, text) VALUES (?, ?, ?, ?)')
      .run(note.conversationId, note.counsellorId, note.at.getTime(), note.text);
  }

  async notes(conversationId: string): Promise<CounsellorNote[]> {
    return this.db
      .prepare('SELECT * FROM counsellor_notes WHERE conversation_id = ? ORDER BY at, rowid')
      .all(conversationId)
      .map((raw) => mapRow.note(raw));
  }

  async setPresence(userId: string, available: boolean, at: Date): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO staff_presence (user_id, available, last_seen_at) VALUES (?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET available = excluded.available, last_seen_at = excluded.last_seen_at',
      )
      .run(userId, available ? 1 : 0, at.getTime());
  }

  async presence(): Promise<PresenceRecord[]> {
    return this.db
      .prepare('SELECT * FROM staff_presence')
      .all()
      .map((raw) => mapRow.presence(raw));
  }
}

/** Schema for the handoff tables; appended to the migration list by the SQLite store. */
export const HANDOFF_MIGRATION = `
  CREATE TABLE handoffs (
    id TEXT PRIMARY KEY,
    conversation_id TEXT NOT NULL,
    status TEXT NOT NULL,
    acute INTEGER NOT NULL,
    locale TEXT NOT NULL,
    queued_at INTEGER NOT NULL,
    accepted_at INTEGER,
    ended_at INTEGER,
    counsellor_id TEXT,
    outcome TEXT,
    wrap_up TEXT
  );
  CREATE INDEX handoffs_status ON handoffs (status, queued_at);
  -- At most one open (queued or live) handoff per conversation, also under concurrent requests.
  CREATE UNIQUE INDEX handoffs_open ON handoffs (conversation_id) WHERE status IN ('queued', 'live');
  CREATE TABLE counsellor_notes (
    conversation_id TEXT NOT NULL,
    counsellor_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    text TEXT NOT NULL
  );
  CREATE INDEX counsellor_notes_conversation ON counsellor_notes (conversation_id, at);
  CREATE TABLE staff_presence (
    user_id TEXT PRIMARY KEY,
    available INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
  );
`;
