import type Database from 'better-sqlite3';
import { mapRow } from './rows';
import type { AnonymisedTranscript, QaFlag, RetentionCandidate, RetentionClass, RetentionStore, ReviewFilter } from '../retentionPorts';

const toHeader = mapRow.anonymisedHeader;

export class SqliteRetentionStore implements RetentionStore {
  constructor(private readonly db: Database.Database) {}

  async endedWithoutCopy(limit: number): Promise<string[]> {
    return mapRow.conversationIds(
      this.db
        .prepare(
          `SELECT c.id AS conversation_id FROM conversations c LEFT JOIN anonymised_transcripts a ON a.conversation_id = c.id
           WHERE c.status = 'ended' AND a.conversation_id IS NULL AND c.raw_purged_at IS NULL ORDER BY c.ended_at LIMIT ?`,
        )
        .all(limit),
    );
  }

  async idleSince(before: Date, limit: number): Promise<string[]> {
    return mapRow.conversationIds(
      this.db
        .prepare(
          "SELECT id AS conversation_id FROM conversations WHERE status IN ('bot', 'queued') AND last_activity_at < ? ORDER BY last_activity_at LIMIT ?",
        )
        .all(before.getTime(), limit),
    );
  }

  async saveAnonymised(copy: AnonymisedTranscript): Promise<void> {
    this.db
      .prepare(
        `INSERT INTO anonymised_transcripts (conversation_id, created_at, started_at, ended_at, channel_id, locale, triage, handed_off, wait_seconds, abandoned, outcome, form, acute, lines, anonymiser_version)
         VALUES (@conversationId, @createdAt, @startedAt, @endedAt, @channelId, @locale, @triage, @handedOff, @waitSeconds, @abandoned, @outcome, @form, @acute, @lines, @anonymiserVersion)
         ON CONFLICT (conversation_id) DO UPDATE SET created_at = excluded.created_at, ended_at = excluded.ended_at, triage = excluded.triage,
           handed_off = excluded.handed_off, wait_seconds = excluded.wait_seconds, abandoned = excluded.abandoned, outcome = excluded.outcome,
           form = excluded.form, acute = excluded.acute, lines = excluded.lines, anonymiser_version = excluded.anonymiser_version`,
      )
      .run({
        conversationId: copy.conversationId,
        createdAt: copy.createdAt.getTime(),
        startedAt: copy.startedAt.getTime(),
        endedAt: copy.endedAt.getTime(),
        channelId: copy.channelId,
        locale: copy.locale,
        triage: copy.triage === null ? null : JSON.stringify(copy.triage),
        handedOff: copy.handedOff ? 1 : 0,
        waitSeconds: copy.waitSeconds,
        abandoned: copy.abandoned ? 1 : 0,
        outcome: copy.outcome,
        form: typeof copy.triage?.form === 'string' ? copy.triage.form : 'unknown',
        acute: copy.triage?.acute === true ? 1 : 0,
        lines: JSON.stringify(copy.lines.map((l) => ({ ...l, at: l.at.getTime() }))),
        anonymiserVersion: copy.anonymiserVersion,
      });
  }

  async getAnonymised(conversationId: string): Promise<AnonymisedTranscript | null> {
    const row = this.db.prepare('SELECT * FROM anonymised_transcripts WHERE conversation_id = ?').get(conversationId) as
      { lines: string } | undefined;
    if (!row) return null;
    const lines = mapRow.anonymisedLines(row.lines);
    return { ...toHeader(row), lines };
  }

  async listAnonymised(filter: ReviewFilter): Promise<{ total: number; items: Omit<AnonymisedTranscript, 'lines'>[] }> {
    const conditions: [string, string | number | undefined][] = [
      ['started_at >= ?', filter.from?.getTime()],
      ['started_at < ?', filter.to?.getTime()],
      ['form = ?', filter.form],
      ['acute = ?', filter.acute === undefined ? undefined : filter.acute ? 1 : 0],
      ['outcome = ?', filter.outcome],
      ['handed_off = ?', filter.handedOff === undefined ? undefined : filter.handedOff ? 1 : 0],
    ];
    const used = conditions.filter(([, value]) => value !== undefined) as [string, string | number][];
    const where = used.map(([condition]) => condition);
    const values = used.map(([, value]) => value);
    // Conditions are fixed strings from the list above; every value is bound.
    const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
    const { total } = this.db.prepare(`SELECT COUNT(*) AS total FROM anonymised_transcripts ${clause}`).get(...values) as { total: number };
    const items = this.db
      .prepare(`SELECT * FROM anonymised_transcripts ${clause} ORDER BY started_at DESC LIMIT ? OFFSET ?`)
      .all(...values, filter.limit, filter.offset)
      .map(toHeader);
    return { total, items };
  }

  async statsRows(from: Date, to: Date): Promise<Omit<AnonymisedTranscript, 'lines'>[]> {
    return this.db
      .prepare('SELECT * FROM anonymised_transcripts WHERE started_at >= ? AND started_at < ? ORDER BY started_at')
      .all(from.getTime(), to.getTime())
      .map(toHeader);
  }

  async addFlag(flag: QaFlag): Promise<void> {
    this.db
      .prepare('INSERT INTO qa_flags (conversation_id, at, reviewer_id, flag, comment) VALUES (?, ?, ?, ?, ?)')
      .run(flag.conversationId, flag.at.getTime(), flag.reviewerId, flag.flag, flag.comment);
  }

  async flags(conversationId: string): Promise<QaFlag[]> {
    const rows = this.db.prepare('SELECT * FROM qa_flags WHERE conversation_id = ? ORDER BY at, rowid').all(conversationId) as {
      conversation_id: string;
      at: number;
      reviewer_id: string;
      flag: string;
      comment: string;
    }[];
    return rows.map((r) => ({
      conversationId: r.conversation_id,
      at: new Date(r.at),
      reviewerId: r.reviewer_id,
      flag: r.flag,
      comment: r.comment,
    }));
  }

  async rawExpired(cutoffs: Record<RetentionClass, Date>, limit: number): Promise<RetentionCandidate[]> {
    const rows = this.db
      .prepare(
        `SELECT c.id, EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id AND h.accepted_at IS NOT NULL) AS counsellor
         FROM conversations c
         WHERE c.status = 'ended' AND c.raw_purged_at IS NULL AND c.legal_hold_at IS NULL
           AND c.ended_at < CASE WHEN EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id AND h.accepted_at IS NOT NULL) THEN ? ELSE ? END
         ORDER BY c.ended_at LIMIT ?`,
      )
      .all(cutoffs.raw_with_counsellor.getTime(), cutoffs.raw_bot_only.getTime(), limit) as { id: string; counsellor: number }[];
    return rows.map((r) => ({ conversationId: r.id, retentionClass: r.counsellor ? 'raw_with_counsellor' : 'raw_bot_only' }));
  }

  async purgeRaw(conversationId: string, at: Date): Promise<void> {
    // IMMEDIATE: this reads before it writes, and the store's writer thread commits on another
    // connection meanwhile; a deferred transaction could not then take the write lock (SQLITE_BUSY
    // at once, without waiting) after another connection's commit since its read.
    this.db
      .transaction(() => {
        const record = this.db.prepare('SELECT channel_id FROM conversations WHERE id = ?').get(conversationId) as
          { channel_id: string } | undefined;
        this.db.prepare('DELETE FROM transcript WHERE conversation_id = ?').run(conversationId);
        this.db.prepare('DELETE FROM pending_turns WHERE conversation_id = ?').run(conversationId);
        this.db.prepare('DELETE FROM counsellor_notes WHERE conversation_id = ?').run(conversationId);
        if (record) this.db.prepare('DELETE FROM bot_state WHERE key = ?').run(`${record.channel_id}/conversations/${conversationId}/`);
        // The record stays (code, dates, status) so statistics and the purge itself stay consistent;
        // the conversation reference and triage go with the raw data.
        this.db
          .prepare('UPDATE conversations SET raw_purged_at = ?, reference = NULL, triage = NULL WHERE id = ?')
          .run(at.getTime(), conversationId);
      })
      .immediate();
  }

  async anonymisedExpired(before: Date, limit: number): Promise<string[]> {
    return mapRow.conversationIds(
      this.db
        .prepare(
          `SELECT a.conversation_id FROM anonymised_transcripts a JOIN conversations c ON c.id = a.conversation_id
           WHERE a.created_at < ? AND c.legal_hold_at IS NULL ORDER BY a.created_at LIMIT ?`,
        )
        .all(before.getTime(), limit),
    );
  }

  async outdatedAnonymised(version: number, limit: number): Promise<string[]> {
    return mapRow.conversationIds(
      this.db
        .prepare('SELECT conversation_id FROM anonymised_transcripts WHERE anonymiser_version < ? ORDER BY created_at LIMIT ?')
        .all(version, limit),
    );
  }

  async deleteAnonymised(conversationId: string): Promise<void> {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM anonymised_transcripts WHERE conversation_id = ?').run(conversationId);
      this.db.prepare('DELETE FROM qa_flags WHERE conversation_id = ?').run(conversationId);
    })();
  }

  async erase(conversationId: string): Promise<void> {
    // IMMEDIATE for the same reason as purgeRaw.
    this.db
      .transaction(() => {
        const record = this.db.prepare('SELECT channel_id FROM conversations WHERE id = ?').get(conversationId) as
          { channel_id: string } | undefined;
        for (const table of ['transcript', 'pending_turns', 'counsellor_notes', 'handoffs', 'anonymised_transcripts', 'qa_flags']) {
          this.db.prepare(`DELETE FROM ${table} WHERE conversation_id = ?`).run(conversationId);
        }
        if (record) this.db.prepare('DELETE FROM bot_state WHERE key = ?').run(`${record.channel_id}/conversations/${conversationId}/`);
        this.db.prepare('DELETE FROM conversations WHERE id = ?').run(conversationId);
      })
      .immediate();
  }

  async setLegalHold(conversationId: string, hold: { reason: string; at: Date } | null): Promise<void> {
    this.db
      .prepare('UPDATE conversations SET legal_hold_at = ?, legal_hold_reason = ? WHERE id = ?')
      .run(hold ? hold.at.getTime() : null, hold ? hold.reason : null, conversationId);
  }

  async legalHold(conversationId: string): Promise<{ reason: string; at: Date } | null> {
    const row = this.db.prepare('SELECT legal_hold_at, legal_hold_reason FROM conversations WHERE id = ?').get(conversationId) as
      { legal_hold_at: number | null; legal_hold_reason: string | null } | undefined;
    return row?.legal_hold_at ? { reason: row.legal_hold_reason ?? '', at: new Date(row.legal_hold_at) } : null;
  }

  async listLegalHolds(): Promise<{ conversationId: string; code: string; reason: string; at: Date }[]> {
    const rows = this.db
      .prepare(
        'SELECT id, code, legal_hold_at, legal_hold_reason FROM conversations WHERE legal_hold_at IS NOT NULL ORDER BY legal_hold_at',
      )
      .all() as {
      id: string;
      code: string;
      legal_hold_at: number;
      legal_hold_reason: string | null;
    }[];
    return rows.map((r) => ({ conversationId: r.id, code: r.code, reason: r.legal_hold_reason ?? '', at: new Date(r.legal_hold_at) }));
  }
}

/** Which anonymiser made each copy, so copies made by an older one are made again (issue 13). */
export const ANONYMISER_VERSION_MIGRATION = `
  ALTER TABLE anonymised_transcripts ADD COLUMN anonymiser_version INTEGER NOT NULL DEFAULT 1;
  CREATE INDEX anonymised_version ON anonymised_transcripts (anonymiser_version, created_at);
`;

export const RETENTION_MIGRATION = `
  ALTER TABLE conversations ADD COLUMN raw_purged_at INTEGER;
  ALTER TABLE conversations ADD COLUMN legal_hold_at INTEGER;
  ALTER TABLE conversations ADD COLUMN legal_hold_reason TEXT;
  CREATE INDEX conversations_ended ON conversations (status, ended_at);
  CREATE INDEX conversations_activity ON conversations (status, last_activity_at);
  -- Anonymised copies: no personal data, kept longer for quality review and statistics.
  CREATE TABLE anonymised_transcripts (
    conversation_id TEXT PRIMARY KEY,
    created_at INTEGER NOT NULL,
    started_at INTEGER NOT NULL,
    ended_at INTEGER NOT NULL,
    channel_id TEXT NOT NULL,
    locale TEXT NOT NULL,
    triage TEXT,
    handed_off INTEGER NOT NULL,
    wait_seconds INTEGER,
    abandoned INTEGER NOT NULL,
    outcome TEXT,
    form TEXT NOT NULL,
    acute INTEGER NOT NULL,
    lines TEXT NOT NULL
  );
  CREATE INDEX anonymised_started ON anonymised_transcripts (started_at);
  CREATE INDEX anonymised_created ON anonymised_transcripts (created_at);
  CREATE TABLE qa_flags (
    conversation_id TEXT NOT NULL,
    at INTEGER NOT NULL,
    reviewer_id TEXT NOT NULL,
    flag TEXT NOT NULL,
    comment TEXT NOT NULL
  );
  CREATE INDEX qa_flags_conversation ON qa_flags (conversation_id);
`;
