/**
 * The writes of a bot turn (transcript, pending-turn marks, bot state, the conversation record)
 * as plain data, so the main thread can hand them to the writer thread (writerWorker.ts), and the
 * SQL that carries them out there. Every value is bound; column names come from a fixed list.
 */
import type Database from 'better-sqlite3';
import { z } from 'zod';

/** A state write whose eTag no longer matches; the store turns it into ConcurrencyError on the main thread. */
export class StaleETag extends Error {
  constructor(readonly key: string) {
    super('stale eTag');
    this.name = 'StaleETag';
  }
}

/** Columns of `conversations` a patch may set (ConversationPatch, in storage form). */
const PATCH_COLUMNS = ['locale', 'status', 'last_activity_at', 'ended_at', 'ended_reason', 'reference', 'triage'] as const;
export type PatchColumn = (typeof PATCH_COLUMNS)[number];

const cell = z.union([z.string(), z.number(), z.null()]);

export const writeRequestSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('append'),
    conversationId: z.string(),
    role: z.string(),
    type: z.string(),
    text: z.string().nullable(),
    at: z.number(),
    clientActivityId: z.string().nullable(),
    /** The activity as JSON text: serialised on the main thread, where the object is. */
    activity: z.string(),
    pending: z.boolean(),
  }),
  /** The replies of one moment of a turn: one request, one savepoint, consecutive seqs. */
  z.object({
    op: z.literal('appendOutgoing'),
    conversationId: z.string(),
    entries: z
      .array(z.object({ role: z.string(), type: z.string(), text: z.string().nullable(), at: z.number(), activity: z.string() }))
      .min(1),
  }),
  z.object({ op: z.literal('completeTurn'), conversationId: z.string(), seq: z.number().int() }),
  z.object({
    op: z.literal('stateWrite'),
    items: z.array(
      z.object({
        key: z.string(),
        /** The eTag the writer read; null writes whatever is stored ('*' or none given). */
        expected: z.string().nullable(),
        data: z.string(),
        /** The new eTag, made on the main thread so seeded tests stay deterministic. */
        eTag: z.string(),
      }),
    ),
  }),
  z.object({ op: z.literal('stateDelete'), keys: z.array(z.string()) }),
  z.object({
    op: z.literal('conversationCreate'),
    id: z.string(),
    channelId: z.string(),
    code: z.string(),
    locale: z.string(),
    startedAt: z.number(),
    reference: z.string().nullable(),
  }),
  z.object({
    op: z.literal('conversationUpdate'),
    id: z.string(),
    columns: z.array(z.tuple([z.enum(PATCH_COLUMNS), cell])).min(1),
  }),
  /** The health check's write: proves the path every turn's writes take. */
  z.object({ op: z.literal('probe'), value: z.string() }),
]);

export type WriteRequest = z.infer<typeof writeRequestSchema>;

/** What an append hands back: its new seq, or the row already stored under its clientActivityId. */
export type AppendReply = { created: true; seq: number } | { created: false; row: unknown };

/** Replies by operation; every operation not listed replies null. */
export interface WriteReplies {
  append: AppendReply;
  /** The entries' seqs, in order. */
  appendOutgoing: number[];
  conversationCreate: boolean;
}
export type ReplyOf<R extends WriteRequest> = R['op'] extends keyof WriteReplies ? WriteReplies[R['op']] : null;

/** Builds the executor of write requests on `db` (the writer thread's connection). */
export function turnWrites(db: Database.Database): (request: WriteRequest) => unknown {
  const findByClientId = db.prepare('SELECT * FROM transcript WHERE conversation_id = ? AND client_activity_id = ?');
  const nextSeq = db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS seq FROM transcript WHERE conversation_id = ?').pluck();
  const insertEntry = db.prepare(
    `INSERT INTO transcript (conversation_id, seq, role, type, text, at, client_activity_id, activity)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const markPending = db.prepare('INSERT INTO pending_turns (conversation_id, seq) VALUES (?, ?)');
  const unmarkPending = db.prepare('DELETE FROM pending_turns WHERE conversation_id = ? AND seq = ?');
  const currentETag = db.prepare('SELECT etag FROM bot_state WHERE key = ?').pluck();
  const upsertState = db.prepare(
    'INSERT INTO bot_state (key, data, etag) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data, etag = excluded.etag',
  );
  const deleteState = db.prepare('DELETE FROM bot_state WHERE key = ?');
  const insertConversation = db.prepare(
    `INSERT INTO conversations (id, channel_id, code, locale, status, started_at, last_activity_at, reference)
     VALUES (?, ?, ?, ?, 'bot', ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
  );
  /** One prepared UPDATE per set of columns a patch names (a handful in practice). */
  const updates = new Map<string, Database.Statement>();
  const probe = db.prepare(
    "INSERT INTO settings (key, value) VALUES ('health.probe', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
  );

  // Each request runs alone in a savepoint of the batch: the duplicate check, the sequence number
  // and the insert of an append cannot interleave with another append, and a state write whose
  // eTag is stale leaves none of its keys written.
  return (r: WriteRequest): unknown => {
    switch (r.op) {
      case 'append': {
        if (r.clientActivityId !== null) {
          const existing: unknown = findByClientId.get(r.conversationId, r.clientActivityId);
          if (existing !== undefined) return { created: false, row: existing } satisfies AppendReply;
        }
        const seq = nextSeq.get(r.conversationId) as number;
        insertEntry.run(r.conversationId, seq, r.role, r.type, r.text, r.at, r.clientActivityId, r.activity);
        if (r.pending) markPending.run(r.conversationId, seq);
        return { created: true, seq } satisfies AppendReply;
      }
      case 'appendOutgoing': {
        const first = nextSeq.get(r.conversationId) as number;
        r.entries.forEach((e, i) => insertEntry.run(r.conversationId, first + i, e.role, e.type, e.text, e.at, null, e.activity));
        return r.entries.map((_, i) => first + i);
      }
      case 'completeTurn':
        unmarkPending.run(r.conversationId, r.seq);
        return null;
      case 'stateWrite':
        for (const item of r.items) {
          if (item.expected !== null) {
            const stored = currentETag.get(item.key) as string | undefined;
            if (stored !== undefined && stored !== item.expected) throw new StaleETag(item.key);
          }
          upsertState.run(item.key, item.data, item.eTag);
        }
        return null;
      case 'stateDelete':
        for (const key of r.keys) deleteState.run(key);
        return null;
      case 'conversationCreate':
        return insertConversation.run(r.id, r.channelId, r.code, r.locale, r.startedAt, r.startedAt, r.reference).changes === 1;
      case 'conversationUpdate': {
        const sets = r.columns.map(([column]) => `${column} = ?`).join(', ');
        let statement = updates.get(sets);
        if (!statement) {
          // Column names are checked against PATCH_COLUMNS by the request schema; values are bound.
          statement = db.prepare(`UPDATE conversations SET ${sets} WHERE id = ?`);
          updates.set(sets, statement);
        }
        statement.run(...r.columns.map(([, value]) => value), r.id);
        return null;
      }
      case 'probe':
        probe.run(r.value);
        return null;
    }
  };
}
