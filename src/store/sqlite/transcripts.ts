import type Database from 'better-sqlite3';
import type { AppendOptions, AppendResult, NewTranscriptEntry, TranscriptEntry, TranscriptStore } from '../ports';
import type { GroupCommit } from './groupCommit';
import { mapRow } from './rows';

const toEntry = mapRow.transcriptEntry;

export class SqliteTranscriptStore implements TranscriptStore {
  private readonly appendOne: (conversationId: string, entry: NewTranscriptEntry, pending: boolean) => AppendResult;
  private readonly unmarkPending: Database.Statement;
  private readonly selectPending: Database.Statement;
  private readonly selectAfter: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly commits: GroupCommit,
  ) {
    const findByClientId = db.prepare('SELECT * FROM transcript WHERE conversation_id = ? AND client_activity_id = ?');
    const nextSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM transcript WHERE conversation_id = ?');
    const insert = db.prepare(
      `INSERT INTO transcript (conversation_id, seq, role, type, text, at, client_activity_id, activity)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const markPending = db.prepare('INSERT INTO pending_turns (conversation_id, seq) VALUES (?, ?)');
    // Run by the group commit, each write alone in a savepoint: the duplicate check, the sequence
    // number and the insert cannot interleave with another append.
    this.appendOne = (conversationId: string, entry: NewTranscriptEntry, pending: boolean): AppendResult => {
      if (entry.clientActivityId !== null) {
        const existing = findByClientId.get(conversationId, entry.clientActivityId);
        if (existing !== undefined) return { entry: toEntry(existing), created: false };
      }
      const { seq } = nextSeq.get(conversationId) as { seq: number };
      insert.run(
        conversationId,
        seq,
        entry.role,
        entry.type,
        entry.text,
        entry.at.getTime(),
        entry.clientActivityId,
        JSON.stringify(entry.activity),
      );
      if (pending) markPending.run(conversationId, seq);
      return { entry: { ...entry, conversationId, seq }, created: true };
    };
    this.unmarkPending = db.prepare('DELETE FROM pending_turns WHERE conversation_id = ? AND seq = ?');
    this.selectPending = db.prepare('SELECT 1 FROM pending_turns WHERE conversation_id = ? AND seq = ?');
    this.selectAfter = db.prepare('SELECT * FROM transcript WHERE conversation_id = ? AND seq > ? ORDER BY seq LIMIT ?');
  }

  append(conversationId: string, entry: NewTranscriptEntry, options: AppendOptions = {}): Promise<AppendResult> {
    const pending = options.pendingTurn === true;
    return this.commits.run(() => this.appendOne(conversationId, entry, pending));
  }

  /** Asked for at once, also with `after`: the group commit puts both in one transaction. */
  async completeTurn(conversationId: string, seq: number): Promise<void> {
    await this.commits.run(() => this.unmarkPending.run(conversationId, seq));
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

  async lastSeq(conversationId: string): Promise<number> {
    const row = this.db.prepare('SELECT COALESCE(MAX(seq), 0) AS seq FROM transcript WHERE conversation_id = ?').get(conversationId) as {
      seq: number;
    };
    return row.seq;
  }
}
