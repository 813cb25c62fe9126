/**
 * Stored rows to port records, written once for both adapters. The tables have the same columns
 * in SQLite and PostgreSQL; what differs is only how a column type comes back from the driver
 * (SQLite: epoch milliseconds, 0/1, JSON as text, integer ids; PostgreSQL: Date, boolean, parsed
 * json, bigint ids as text). Each adapter hands in its ColumnTypes; the mapping is shared, and
 * every row is parsed, never cast.
 */
import { z } from 'zod';
import type { CounsellorNote, HandoffRecord, PresenceRecord } from './handoffPorts';
import type {
  AuditEntry,
  ConversationRecord,
  ConversationStanding,
  StaffSessionRecord,
  StaffUser,
  StoredActivityText,
  TranscriptEntry,
} from './ports';
import type { AnonymisedTranscript } from './retentionPorts';

export interface ColumnTypes {
  time: z.ZodType<Date>;
  flag: z.ZodType<boolean>;
  /** A JSON column: the value it holds. */
  json: z.ZodType<unknown>;
  /** A generated numeric id, handed out as a string. */
  id: z.ZodType<string>;
}

const LOCALES = ['nl', 'en'] as const;
const ROLES = ['citizen', 'bot', 'counsellor', 'system'] as const;
const HANDOFF_STATUSES = ['queued', 'live', 'released', 'closed', 'cancelled', 'expired'] as const;

export interface RowMappers {
  conversation(raw: unknown): ConversationRecord;
  conversationStanding(raw: unknown): ConversationStanding;
  transcriptEntry(raw: unknown): TranscriptEntry;
  staffUser(raw: unknown): StaffUser;
  staffSession(raw: unknown): StaffSessionRecord;
  auditEntry(raw: unknown): AuditEntry;
  handoff(raw: unknown): HandoffRecord;
  note(raw: unknown): CounsellorNote;
  presence(raw: unknown): PresenceRecord;
  anonymisedHeader(raw: unknown): Omit<AnonymisedTranscript, 'lines'>;
  /** The `lines` column of an anonymised copy. */
  anonymisedLines(raw: unknown): AnonymisedTranscript['lines'];
  /** Rows of one `conversation_id` column, as a list of ids. */
  conversationIds(raw: unknown[]): string[];
}

export function rowMappers(c: ColumnTypes): RowMappers {
  const object = c.json.pipe(z.record(z.string(), z.unknown()));
  const conversation = z.object({
    id: z.string(),
    channel_id: z.string(),
    code: z.string(),
    locale: z.enum(LOCALES),
    status: z.enum(['bot', 'queued', 'live', 'ended']),
    started_at: c.time,
    last_activity_at: c.time,
    ended_at: c.time.nullable(),
    ended_reason: z.string().nullable(),
    reference: object.nullable(),
    triage: object.nullable(),
  });
  const standing = z.object({
    status: z.enum(['bot', 'queued', 'live', 'ended']),
    ended_reason: z.string().nullable(),
    locale: z.enum(LOCALES),
  });
  const transcriptEntry = z.object({
    conversation_id: z.string(),
    seq: z.number().int(),
    role: z.enum(ROLES),
    type: z.string(),
    text: z.string().nullable(),
    at: c.time,
    client_activity_id: z.string().nullable(),
    activity: object,
  });
  const staffUser = z.object({
    id: z.string(),
    username: z.string(),
    display_name: z.string(),
    role: z.enum(['counsellor', 'supervisor', 'admin']),
    password_hash: z.string(),
    disabled: c.flag,
    created_at: c.time,
  });
  const staffSession = z.object({
    id_hash: z.string(),
    user_id: z.string(),
    csrf_token: z.string(),
    created_at: c.time,
    last_seen_at: c.time,
    expires_at: c.time,
  });
  const auditEntry = z.object({
    id: c.id,
    at: c.time,
    actor: z.string(),
    action: z.string(),
    conversation_id: z.string().nullable(),
    detail: object,
  });
  const handoff = z.object({
    id: z.string(),
    conversation_id: z.string(),
    status: z.enum(HANDOFF_STATUSES),
    acute: c.flag,
    locale: z.enum(LOCALES),
    queued_at: c.time,
    accepted_at: c.time.nullable(),
    ended_at: c.time.nullable(),
    counsellor_id: z.string().nullable(),
    outcome: z.string().nullable(),
  });
  const note = z.object({ conversation_id: z.string(), counsellor_id: z.string(), at: c.time, text: z.string() });
  const presence = z.object({ user_id: z.string(), available: c.flag, last_seen_at: c.time });
  const anonymisedHeader = z.object({
    conversation_id: z.string(),
    created_at: c.time,
    started_at: c.time,
    ended_at: c.time,
    channel_id: z.string(),
    locale: z.enum(LOCALES),
    triage: object.nullable(),
    handed_off: c.flag,
    wait_seconds: z.number().nullable(),
    abandoned: c.flag,
    outcome: z.string().nullable(),
    anonymiser_version: z.number().int(),
  });
  const conversationIds = z.array(z.object({ conversation_id: z.string() }));
  // Stored inside the JSON as epoch milliseconds by both adapters.
  const lines = c.json.pipe(z.array(z.object({ seq: z.number(), role: z.enum(ROLES), text: z.string(), at: z.number() })));

  return {
    conversation: (raw) => camelCased(conversation.parse(raw)),
    conversationStanding: (raw) => camelCased(standing.parse(raw)),
    transcriptEntry: (raw) => camelCased(transcriptEntry.parse(raw)),
    staffUser: (raw) => camelCased(staffUser.parse(raw)),
    staffSession: (raw) => camelCased(staffSession.parse(raw)),
    auditEntry: (raw) => camelCased(auditEntry.parse(raw)),
    handoff: (raw) => camelCased(handoff.parse(raw)),
    note: (raw) => camelCased(note.parse(raw)),
    presence: (raw) => camelCased(presence.parse(raw)),
    anonymisedHeader: (raw) => camelCased(anonymisedHeader.parse(raw)),
    anonymisedLines(raw) {
      return lines.parse(raw).map((l) => ({ ...l, at: new Date(l.at) }));
    },
    conversationIds(raw) {
      return conversationIds.parse(raw).map((r) => r.conversation_id);
    },
  };
}

/** `last_seen_at` → `lastSeenAt`, as a type. */
type CamelCase<S extends string> = S extends `${infer Head}_${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;
type CamelCased<T> = { [K in keyof T as K extends string ? CamelCase<K> : K]: T[K] };

/**
 * Column names to record fields. Every port record is its table's columns in camel case, so the
 * names need no list per table; z.object has already dropped the columns a record does not carry.
 */
function camelCased<T extends Record<string, unknown>>(row: T): CamelCased<T> {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()), value]),
  ) as CamelCased<T>;
}

/**
 * Rows of (seq, type, activity as JSON text), the same from both drivers. The text is checked to
 * be an object's JSON by its first and last character, not parsed: it was written by
 * JSON.stringify of an object (or is PostgreSQL's text of that JSON value).
 */
const activityTextRow = z
  .object({
    seq: z.number().int(),
    type: z.string(),
    activity: z.string().regex(/^\s*\{[\s\S]*\}\s*$/),
  })
  .transform((r): StoredActivityText => ({ seq: r.seq, type: r.type, activityJson: r.activity }));

export function activityTextRows(raw: unknown[]): StoredActivityText[] {
  return raw.map((row) => activityTextRow.parse(row));
}
