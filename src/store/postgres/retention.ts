import type pg from 'pg';
import type { AnonymisedTranscript, QaFlag, RetentionCandidate, RetentionClass, RetentionStore, ReviewFilter } from '../retentionPorts';
import type { Db } from './db';
import { mapRow } from './rows';
import { json } from './db';

const HEADER = `conversation_id, created_at, started_at, ended_at, channel_id, locale, triage, handed_off, wait_seconds, abandoned,
  outcome, anonymiser_version`;

const toHeader = mapRow.anonymisedHeader;

/** Deletes the raw traces of a conversation inside a purge or erasure transaction. */
async function deleteRaw(client: pg.PoolClient, conversationId: string, tables: readonly string[]): Promise<void> {
  const record = (await client.query('SELECT channel_id FROM conversations WHERE id = $1', [conversationId])).rows[0] as
    { channel_id: string } | undefined;
  // Table names come from the fixed lists below; the id is bound.
  for (const table of tables) await client.query(`DELETE FROM ${table} WHERE conversation_id = $1`, [conversationId]);
  if (record) await client.query('DELETE FROM bot_state WHERE key = $1', [`${record.channel_id}/conversations/${conversationId}/`]);
}

/** Raw data: the cluster event log carries live-chat text for a few minutes, so it goes too. */
const RAW_TABLES = ['transcript', 'pending_turns', 'counsellor_notes', 'cluster_events'] as const;
const ALL_TABLES = [...RAW_TABLES, 'handoffs', 'anonymised_transcripts', 'qa_flags'] as const;

export class PgRetentionStore implements RetentionStore {
  constructor(private readonly db: Db) {}

  async endedWithoutCopy(limit: number): Promise<string[]> {
    return mapRow.conversationIds(
      await this.db.rows(
        `SELECT c.id AS conversation_id FROM conversations c LEFT JOIN anonymised_transcripts a ON a.conversation_id = c.id
         WHERE c.status = 'ended' AND a.conversation_id IS NULL AND c.raw_purged_at IS NULL ORDER BY c.ended_at LIMIT $1`,
        [limit],
      ),
    );
  }

  async idleSince(before: Date, limit: number): Promise<string[]> {
    return mapRow.conversationIds(
      await this.db.rows(
        "SELECT id AS conversation_id FROM conversations WHERE status IN ('bot', 'queued') AND last_activity_at < $1 ORDER BY last_activity_at LIMIT $2",
        [before, limit],
      ),
    );
  }

  async saveAnonymised(copy: AnonymisedTranscript): Promise<void> {
    await this.db.query(
      `INSERT INTO anonymised_transcripts (conversation_id, created_at, started_at, ended_at, channel_id, locale, triage, handed_off,
         wait_seconds, abandoned, outcome, form, acute, lines, anonymiser_version)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
       ON CONFLICT (conversation_id) DO UPDATE SET created_at = excluded.created_at, ended_at = excluded.ended_at, triage = excluded.triage,
         handed_off = excluded.handed_off, wait_seconds = excluded.wait_seconds, abandoned = excluded.abandoned, outcome = excluded.outcome,
         form = excluded.form, acute = excluded.acute, lines = excluded.lines, anonymiser_version = excluded.anonymiser_version`,
      [
        copy.conversationId,
        copy.createdAt,
        copy.startedAt,
        copy.endedAt,
        copy.channelId,
        copy.locale,
        json(copy.triage),
        copy.handedOff,
        copy.waitSeconds,
        copy.abandoned,
        copy.outcome,
        typeof copy.triage?.form === 'string' ? copy.triage.form : 'unknown',
        copy.triage?.acute === true,
        JSON.stringify(copy.lines.map((l) => ({ ...l, at: l.at.getTime() }))),
        copy.anonymiserVersion,
      ],
    );
  }

  async getAnonymised(conversationId: string): Promise<AnonymisedTranscript | null> {
    const row = (await this.db.one('SELECT * FROM anonymised_transcripts WHERE conversation_id = $1', [conversationId])) as
      { lines: unknown } | undefined;
    if (!row) return null;
    const lines = mapRow.anonymisedLines(row.lines);
    return { ...toHeader(row), lines };
  }

  async listAnonymised(filter: ReviewFilter): Promise<{ total: number; items: Omit<AnonymisedTranscript, 'lines'>[] }> {
    const conditions: [string, unknown][] = [
      ['started_at >=', filter.from],
      ['started_at <', filter.to],
      ['form =', filter.form],
      ['acute =', filter.acute],
      ['outcome =', filter.outcome],
      ['handed_off =', filter.handedOff],
    ];
    const used = conditions.filter(([, value]) => value !== undefined);
    // Conditions are fixed strings from the list above; every value is bound.
    const clause = used.length ? `WHERE ${used.map(([condition], i) => `${condition} $${i + 1}`).join(' AND ')}` : '';
    const values = used.map(([, value]) => value);
    const { total } = (await this.db.one(`SELECT COUNT(*)::int AS total FROM anonymised_transcripts ${clause}`, values)) as {
      total: number;
    };
    const n = values.length;
    const items = (
      await this.db.rows(
        `SELECT ${HEADER} FROM anonymised_transcripts ${clause} ORDER BY started_at DESC LIMIT $${n + 1} OFFSET $${n + 2}`,
        [...values, filter.limit, filter.offset],
      )
    ).map(toHeader);
    return { total, items };
  }

  async statsRows(from: Date, to: Date): Promise<Omit<AnonymisedTranscript, 'lines'>[]> {
    return (
      await this.db.rows(`SELECT ${HEADER} FROM anonymised_transcripts WHERE started_at >= $1 AND started_at < $2 ORDER BY started_at`, [
        from,
        to,
      ])
    ).map(toHeader);
  }

  async addFlag(flag: QaFlag): Promise<void> {
    await this.db.query('INSERT INTO qa_flags (conversation_id, at, reviewer_id, flag, comment) VALUES ($1, $2, $3, $4, $5)', [
      flag.conversationId,
      flag.at,
      flag.reviewerId,
      flag.flag,
      flag.comment,
    ]);
  }

  async flags(conversationId: string): Promise<QaFlag[]> {
    const rows = (await this.db.rows('SELECT * FROM qa_flags WHERE conversation_id = $1 ORDER BY at, id', [conversationId])) as {
      conversation_id: string;
      at: Date;
      reviewer_id: string;
      flag: string;
      comment: string;
    }[];
    return rows.map((r) => ({ conversationId: r.conversation_id, at: r.at, reviewerId: r.reviewer_id, flag: r.flag, comment: r.comment }));
  }

  async rawExpired(cutoffs: Record<RetentionClass, Date>, limit: number): Promise<RetentionCandidate[]> {
    const rows = (await this.db.rows(
      `SELECT c.id, EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id AND h.accepted_at IS NOT NULL) AS counsellor
       FROM conversations c
       WHERE c.status = 'ended' AND c.raw_purged_at IS NULL AND c.legal_hold_at IS NULL
         AND c.ended_at < CASE WHEN EXISTS (SELECT 1 FROM handoffs h WHERE h.conversation_id = c.id AND h.accepted_at IS NOT NULL)
           THEN $1::timestamptz ELSE $2::timestamptz END
       ORDER BY c.ended_at LIMIT $3`,
      [cutoffs.raw_with_counsellor, cutoffs.raw_bot_only, limit],
    )) as { id: string; counsellor: boolean }[];
    return rows.map((r) => ({ conversationId: r.id, retentionClass: r.counsellor ? 'raw_with_counsellor' : 'raw_bot_only' }));
  }

  async purgeRaw(conversationId: string, at: Date): Promise<void> {
    await this.db.tx(async (client) => {
      await deleteRaw(client, conversationId, RAW_TABLES);
      // The record stays (code, dates, status) so statistics and the purge itself stay consistent;
      // the conversation reference and triage go with the raw data.
      await client.query('UPDATE conversations SET raw_purged_at = $2, reference = NULL, triage = NULL WHERE id = $1', [
        conversationId,
        at,
      ]);
    });
  }

  async anonymisedExpired(before: Date, limit: number): Promise<string[]> {
    return mapRow.conversationIds(
      await this.db.rows(
        `SELECT a.conversation_id FROM anonymised_transcripts a JOIN conversations c ON c.id = a.conversation_id
         WHERE a.created_at < $1 AND c.legal_hold_at IS NULL ORDER BY a.created_at LIMIT $2`,
        [before, limit],
      ),
    );
  }

  async outdatedAnonymised(version: number, limit: number): Promise<string[]> {
    return mapRow.conversationIds(
      await this.db.rows('SELECT conversation_id FROM anonymised_transcripts WHERE anonymiser_version < $1 ORDER BY created_at LIMIT $2', [
        version,
        limit,
      ]),
    );
  }

  async deleteAnonymised(conversationId: string): Promise<void> {
    await this.db.tx(async (client) => {
      await client.query('DELETE FROM anonymised_transcripts WHERE conversation_id = $1', [conversationId]);
      await client.query('DELETE FROM qa_flags WHERE conversation_id = $1', [conversationId]);
    });
  }

  async erase(conversationId: string): Promise<void> {
    await this.db.tx(async (client) => {
      await deleteRaw(client, conversationId, ALL_TABLES);
      await client.query('DELETE FROM conversations WHERE id = $1', [conversationId]);
    });
  }

  async setLegalHold(conversationId: string, hold: { reason: string; at: Date } | null): Promise<void> {
    await this.db.query('UPDATE conversations SET legal_hold_at = $2, legal_hold_reason = $3 WHERE id = $1', [
      conversationId,
      hold ? hold.at : null,
      hold ? hold.reason : null,
    ]);
  }

  async legalHold(conversationId: string): Promise<{ reason: string; at: Date } | null> {
    const row = (await this.db.one('SELECT legal_hold_at, legal_hold_reason FROM conversations WHERE id = $1', [conversationId])) as
      { legal_hold_at: Date | null; legal_hold_reason: string | null } | undefined;
    return row?.legal_hold_at ? { reason: row.legal_hold_reason ?? '', at: row.legal_hold_at } : null;
  }

  async listLegalHolds(): Promise<{ conversationId: string; code: string; reason: string; at: Date }[]> {
    const rows = (await this.db.rows(
      'SELECT id, code, legal_hold_at, legal_hold_reason FROM conversations WHERE legal_hold_at IS NOT NULL ORDER BY legal_hold_at',
    )) as { id: string; code: string; legal_hold_at: Date; legal_hold_reason: string | null }[];
    return rows.map((r) => ({ conversationId: r.id, code: r.code, reason: r.legal_hold_reason ?? '', at: r.legal_hold_at }));
  }
}
