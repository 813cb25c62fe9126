import type { CounsellorNote, HandoffRecord, HandoffStatus, HandoffStore, NewHandoff, PresenceRecord } from '../handoffPorts';
import type { JsonObject } from '../ports';
import type { Db } from './db';
import { mapRow } from './rows';
import { json } from './db';

const toRecord = mapRow.handoff;

const COLUMNS = 'id, conversation_id, status, acute, locale, queued_at, accepted_at, ended_at, counsellor_id, outcome';

/**
 * Every state change is one conditional statement, so the database, not any instance's memory,
 * decides who wins: the partial unique index allows one open handoff per conversation, and an
 * UPDATE … WHERE status = 'queued' lets exactly one accept through.
 */
export class PgHandoffStore implements HandoffStore {
  constructor(private readonly db: Db) {}

  async open(h: NewHandoff): Promise<HandoffRecord | null> {
    const row = await this.db.one(
      `INSERT INTO handoffs (id, conversation_id, status, acute, locale, queued_at) VALUES ($1, $2, 'queued', $3, $4, $5)
       ON CONFLICT (conversation_id) WHERE status IN ('queued', 'live') DO NOTHING RETURNING ${COLUMNS}`,
      [h.id, h.conversationId, h.acute, h.locale, h.queuedAt],
    );
    return row === undefined ? null : toRecord(row);
  }

  async current(conversationId: string): Promise<HandoffRecord | null> {
    const row = await this.db.one(`SELECT ${COLUMNS} FROM handoffs WHERE conversation_id = $1 AND status IN ('queued', 'live')`, [
      conversationId,
    ]);
    return row === undefined ? null : toRecord(row);
  }

  async listByStatus(status: 'queued' | 'live'): Promise<HandoffRecord[]> {
    return (await this.db.rows(`SELECT ${COLUMNS} FROM handoffs WHERE status = $1 ORDER BY queued_at, seq`, [status])).map(toRecord);
  }

  async history(conversationId: string): Promise<HandoffRecord[]> {
    return (await this.db.rows(`SELECT ${COLUMNS} FROM handoffs WHERE conversation_id = $1 ORDER BY queued_at, seq`, [conversationId])).map(
      toRecord,
    );
  }

  async markAcute(id: string): Promise<void> {
    await this.db.query("UPDATE handoffs SET acute = TRUE WHERE id = $1 AND status = 'queued'", [id]);
  }

  async accept(id: string, counsellorId: string, at: Date): Promise<boolean> {
    const result = await this.db.query(
      "UPDATE handoffs SET status = 'live', counsellor_id = $2, accepted_at = $3 WHERE id = $1 AND status = 'queued'",
      [id, counsellorId, at],
    );
    return result.rowCount === 1;
  }

  async transfer(id: string, from: string, to: string): Promise<boolean> {
    const result = await this.db.query("UPDATE handoffs SET counsellor_id = $3 WHERE id = $1 AND status = 'live' AND counsellor_id = $2", [
      id,
      from,
      to,
    ]);
    return result.rowCount === 1;
  }

  async finish(
    id: string,
    from: readonly HandoffStatus[],
    to: HandoffStatus,
    at: Date,
    outcome: string | null,
    wrapUp: JsonObject | null,
  ): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE handoffs SET status = $2, ended_at = $3, outcome = COALESCE($4, outcome), wrap_up = COALESCE($5::json, wrap_up)
       WHERE id = $1 AND status = ANY($6)`,
      [id, to, at, outcome, json(wrapUp), [...from]],
    );
    return result.rowCount === 1;
  }

  async recordOutcome(id: string, counsellorId: string, outcome: string, wrapUp: JsonObject | null): Promise<boolean> {
    const result = await this.db.query(
      `UPDATE handoffs SET outcome = $3, wrap_up = COALESCE($4::json, wrap_up)
       WHERE id = $1 AND counsellor_id = $2 AND status = 'closed' AND (outcome IS NULL OR outcome = 'quick_exit')`,
      [id, counsellorId, outcome, json(wrapUp)],
    );
    return result.rowCount === 1;
  }

  async recentChatMinutes(limit: number): Promise<number[]> {
    const rows = (await this.db.rows(
      `SELECT EXTRACT(EPOCH FROM (ended_at - accepted_at))::float8 AS seconds FROM handoffs
       WHERE accepted_at IS NOT NULL AND ended_at IS NOT NULL ORDER BY ended_at DESC LIMIT $1`,
      [limit],
    )) as { seconds: number }[];
    return rows.map((r) => r.seconds / 60);
  }

  async addNote(note: CounsellorNote): Promise<void> {
    await this.db.query('INSERT INTO counsellor_notes (conversation_id, counsellor_id, at, text) VALUES ($1, $2, $3, $4)', [
      note.conversationId,
      note.counsellorId,
      note.at,
      note.text,
    ]);
  }

  async notes(conversationId: string): Promise<CounsellorNote[]> {
    return (await this.db.rows('SELECT * FROM counsellor_notes WHERE conversation_id = $1 ORDER BY at, id', [conversationId])).map((raw) =>
      mapRow.note(raw),
    );
  }

  async setPresence(userId: string, available: boolean, at: Date): Promise<void> {
    await this.db.query(
      `INSERT INTO staff_presence (user_id, available, last_seen_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET available = excluded.available, last_seen_at = excluded.last_seen_at`,
      [userId, available, at],
    );
  }

  async presence(): Promise<PresenceRecord[]> {
    return (await this.db.rows('SELECT * FROM staff_presence ORDER BY user_id')).map((raw) => mapRow.presence(raw));
  }
}
