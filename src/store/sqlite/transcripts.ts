import type Database from 'better-sqlite3';
import type {
  AppendOptions,
  AppendResult,
  NewTranscriptEntry,
  OutgoingTranscriptEntry,
  StoredActivityText,
  TranscriptEntry,
  TranscriptStore,
} from '../ports';
import { activityTextRows } from '../rowMappers';
import type { SqliteWriter } from './writerThread';
import { mapRow } from './rows';

const toEntry = mapRow.transcriptEntry;

export class SqliteTranscriptStore implements TranscriptStore {
  private readonly selectPending: Database.Statement;
  private readonly selectAfter: Database.Statement;
  private readonly selectTextAfter: Database.Statement;
  private readonly selectActivityBytes: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly writer: SqliteWriter,
  ) {
    this.selectPending = db.prepare('SELECT 1 FROM pending_turns WHERE conversation_id = ? AND seq = ?');
    this.selectAfter = db.prepare('SELECT * FROM transcript WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?');
    this.selectTextAfter = db.prepare(
      'SELECT seq, type, activity FROM transcript WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?',
    );
    // A text's length as a BLOB is its size in the database's encoding (UTF-8), without copying it out.
    this.selectActivityBytes = db.prepare(
      'SELECT COALESCE(SUM(length(CAST(activity AS BLOB))), 0) AS bytes FROM transcript WHERE conversation_id = ?',
    );
  }

  async append(conversationId: string, entry: NewTranscriptEntry, options: AppendOptions = {}): Promise<AppendResult> {
    const reply = await this.writer.run({
      op: 'append',
      conversationId,
      role: entry.role,
      type: entry.type,
      text: entry.text,
      at: entry.at.getTime(),
      clientActivityId: entry.clientActivityId,
      activity: options.activityJson ?? JSON.stringify(entry.activity),
      pending: options.pendingTurn === true,
    });
    if (!reply.created) return { entry: toEntry(reply.row), created: false };
    return { entry: { ...entry, conversationId, seq: reply.seq }, created: true };
  }

  /** One request to the writer: the replies share a savepoint (all or none) and the commit. */
  async appendOutgoing(conversationId: string, entries: readonly OutgoingTranscriptEntry[]): Promise<number[]> {
    if (entries.length === 0) return [];
    return this.writer.run({
      op: 'appendOutgoing',
      conversationId,
      entries: entries.map((e) => ({ role: e.role, type: e.type, text: e.text, at: e.at.getTime(), activity: e.activityJson })),
    });
  }

  /** Asked for at once, also with `after`: the writer's group commit puts both in one transaction. */
  async completeTurn(conversationId: string, seq: number): Promise<void> {
    await this.writer.run({ op: 'completeTurn', conversationId, seq });
  }
  async isTurnPending(conversationId: string, seq: number): Promise<boolean> {
    return this.selectPending.get(conversationId, seq) !== undefined;
  }

  async pendingTurns(limit: number): Promise<TranscriptEntry[]> {
    return this.db
      .prepare(
        `SELECT t.* FROM pending_turns p JOIN transcript t ON t.conversation_id = p.conversation_id AND t.seq = p.seq
         ORDER BY t.at, t.seq LIMIT ?`,
      )
      .all(limit)
      .map(toEntry);
  }

  async listAfter(conversationId: string, afterSeq: number, limit: number): Promise<TranscriptEntry[]> {
    return this.selectAfter.all(conversationId, afterSeq, limit).map(toEntry);
  }

  async listActivityTextAfter(conversationId: string, afterSeq: number, limit: number): Promise<StoredActivityText[]> {
    return activityTextRows(this.selectTextAfter.all(conversationId, afterSeq, limit));
  }

  async storedActivityBytes(conversationId: string): Promise<number> {
    return (this.selectActivityBytes.get(conversationId) as { bytes: number }).bytes;
  }

  async lastSeq(conversationId: string): Promise<number> {
    const row = this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM transcript WHERE conversation_id = ?').get(conversationId) as {
      seq: number;
    };
    return row.seq;
  }
}
