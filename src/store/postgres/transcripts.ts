import { z } from 'zod';
import type {
  AppendOptions,
  AppendResult,
  CompleteTurnOptions,
  NewTranscriptEntry,
  OutgoingTranscriptEntry,
  StoredActivityText,
  TranscriptEntry,
  TranscriptStore,
} from '../ports';
import type { Db } from './db';
import { mapRow } from './rows';
import { activityTextRows } from '../rowMappers';
import { json, pgText } from './db';

const toEntry = mapRow.transcriptEntry;

const appendSchema = z.object({ out_seq: z.number().int(), out_created: z.boolean() });

export class PgTranscriptStore implements TranscriptStore {
  /**
   * @param channel the NOTIFY channel that tells every instance about an append
   * @param origin this instance's id, so it can skip its own notifications
   */
  constructor(
    private readonly db: Db,
    private readonly channel: string,
    private readonly origin: string,
  ) {}

  async append(conversationId: string, entry: NewTranscriptEntry, options: AppendOptions = {}): Promise<AppendResult> {
    const { seq, created } = await this.insert(
      conversationId,
      entry,
      options.activityJson ?? json(entry.activity),
      options.pendingTurn === true,
    );
    if (created) return { entry: { ...entry, conversationId, seq }, created };
    const existing = await this.db.one('SELECT * FROM transcript WHERE conversation_id = $1 AND seq = $2', [conversationId, seq]);
    return { entry: toEntry(existing), created };
  }

  /** One after another, each its own statement (and notification), in order. */
  async appendOutgoing(conversationId: string, entries: readonly OutgoingTranscriptEntry[]): Promise<number[]> {
    const seqs: number[] = [];
    for (const e of entries) seqs.push((await this.insert(conversationId, { ...e, clientActivityId: null }, e.activityJson, false)).seq);
    return seqs;
  }

  private async insert(
    conversationId: string,
    entry: Omit<NewTranscriptEntry, 'activity'>,
    activityJson: string | null,
    pending: boolean,
  ): Promise<{ seq: number; created: boolean }> {
    // transcript_append (migration 002) locks the conversation, checks the client id, numbers,
    // inserts and notifies in one statement, so one round trip per message.
    const { out_seq: seq, out_created: created } = appendSchema.parse(
      await this.db.one('SELECT * FROM transcript_append($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)', [
        conversationId,
        entry.role,
        entry.type,
        pgText(entry.text),
        entry.at,
        entry.clientActivityId,
        activityJson,
        pending,
        this.channel,
        this.origin,
      ]),
    );
    return { seq, created };
  }

  async completeTurn(conversationId: string, seq: number, options: CompleteTurnOptions = {}): Promise<void> {
    // Separate statements on separate connections: "turn done" must not land before the state
    // save it follows, or a crash in between loses that state with no turn left to redo.
    await options.after?.catch(() => undefined);
    await this.db.query('DELETE FROM pending_turns WHERE conversation_id = $1 AND seq = $2', [conversationId, seq]);
  }

  async isTurnPending(conversationId: string, seq: number): Promise<boolean> {
    return (await this.db.one('SELECT 1 FROM pending_turns WHERE conversation_id = $1 AND seq = $2', [conversationId, seq])) !== undefined;
  }

  async pendingTurns(limit: number): Promise<TranscriptEntry[]> {
    const rows = await this.db.rows(
      `SELECT t.* FROM pending_turns p JOIN transcript t ON t.conversation_id = p.conversation_id AND t.seq = p.seq
       ORDER BY t.at, t.seq LIMIT $1`,
      [limit],
    );
    return rows.map(toEntry);
  }

  /** The column is JSON (not JSONB): its text is the text appended, key order and all. */
  async listActivityTextAfter(conversationId: string, afterSeq: number, limit: number): Promise<StoredActivityText[]> {
    const rows = await this.db.rows(
      'SELECT seq, type, activity::text AS activity FROM transcript WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [conversationId, afterSeq, limit],
    );
    return activityTextRows(rows);
  }

  /** octet_length of the JSON column's text: the bytes appended, as listActivityTextAfter returns them. */
  async storedActivityBytes(conversationId: string): Promise<number> {
    const row = (await this.db.one(
      'SELECT COALESCE(SUM(octet_length(activity::text)), 0)::float8 AS bytes FROM transcript WHERE conversation_id = $1',
      [conversationId],
    )) as { bytes: number };
    return row.bytes;
  }

  async listAfter(conversationId: string, afterSeq: number, limit: number): Promise<TranscriptEntry[]> {
    const rows = await this.db.rows('SELECT * FROM transcript WHERE conversation_id = $1 AND seq > $2 ORDER BY seq LIMIT $3', [
      conversationId,
      afterSeq,
      limit,
    ]);
    return rows.map(toEntry);
  }

  async lastSeq(conversationId: string): Promise<number> {
    const row = (await this.db.one('SELECT COALESCE(MAX(seq), 0) AS seq FROM transcript WHERE conversation_id = $1', [conversationId])) as {
      seq: number;
    };
    return row.seq;
  }
}
