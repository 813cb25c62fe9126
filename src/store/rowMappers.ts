/**
 * Stored rows to port records, written once for both adapters. The tables have the same columns
 * in SQLite and PostgreSQL; what differs is only how a column type comes back from the driver
 * (SQLite: epoch milliseconds, 0/1, JSON as text, integer ids; PostgreSQL: Date, boolean, parsed
 * json, bigint ids as text). Each adapter hands in its ColumnTypes; the mapping is shared, and
 * every row is parsed, never cast.
 */
import { z } from 'zod';
import type { CounsellorNote, HandoffRecord, PresenceRecord } from './handoffPorts';
import type { AuditEntry, ConversationRecord, StaffSessionRecord, StaffUser, TranscriptEntry } from './ports';
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
  // Stored inside the JSON as epoch milliseconds by both adapters.
  const conversationIds = z.array(z.object({ conversation_id: z.string() }));
  const lines = c.json.pipe(z.array(z.object({ seq: z.number(), role: z.enum(ROLES), text: z.string(), at: z.number() })));

  return {
    conversation(raw) {
      const r = conversation.parse(raw);
      return {
        id: r.id,
        channelId: r.channel_id,
        code: r.code,
        locale: r.locale,
        status: r.status,
        startedAt: r.started_at,
        lastActivityAt: r.last_activity_at,
        endedAt: r.ended_at,
        endedReason: r.ended_reason,
        reference: r.reference,
        triage: r.triage,
      };
    },
    transcriptEntry(raw) {
      const r = transcriptEntry.parse(raw);
      return {
        conversationId: r.conversation_id,
        seq: r.seq,
        role: r.role,
        type: r.type,
        text: r.text,
        at: r.at,
        clientActivityId: r.client_activity_id,
        activity: r.activity,
      };
    },
    staffUser(raw) {
      const r = staffUser.parse(raw);
      return {
        id: r.id,
        username: r.username,
        displayName: r.display_name,
        role: r.role,
        passwordHash: r.password_hash,
        disabled: r.disabled,
        createdAt: r.created_at,
      };
    },
    staffSession(raw) {
      const r = staffSession.parse(raw);
      return {
        idHash: r.id_hash,
        userId: r.user_id,
        csrfToken: r.csrf_token,
        createdAt: r.created_at,
        lastSeenAt: r.last_seen_at,
        expiresAt: r.expires_at,
      };
    },
    auditEntry(raw) {
      const r = auditEntry.parse(raw);
      return { id: r.id, at: r.at, actor: r.actor, action: r.action, conversationId: r.conversation_id, detail: r.detail };
    },
    handoff(raw) {
      const r = handoff.parse(raw);
      return {
        id: r.id,
        conversationId: r.conversation_id,
        status: r.status,
        acute: r.acute,
        locale: r.locale,
        queuedAt: r.queued_at,
        acceptedAt: r.accepted_at,
        endedAt: r.ended_at,
        counsellorId: r.counsellor_id,
        outcome: r.outcome,
      };
    },
    note(raw) {
      const r = note.parse(raw);
      return { conversationId: r.conversation_id, counsellorId: r.counsellor_id, at: r.at, text: r.text };
    },
    presence(raw) {
      const r = presence.parse(raw);
      return { userId: r.user_id, available: r.available, lastSeenAt: r.last_seen_at };
    },
    anonymisedHeader(raw) {
      const r = anonymisedHeader.parse(raw);
      return {
        conversationId: r.conversation_id,
        createdAt: r.created_at,
        startedAt: r.started_at,
        endedAt: r.ended_at,
        channelId: r.channel_id,
        locale: r.locale,
        triage: r.triage,
        handedOff: r.handed_off,
        waitSeconds: r.wait_seconds,
        abandoned: r.abandoned,
        outcome: r.outcome,
        anonymiserVersion: r.anonymiser_version,
      };
    },
    anonymisedLines(raw) {
      return lines.parse(raw).map((l) => ({ ...l, at: new Date(l.at) }));
    },
    conversationIds(raw) {
      return conversationIds.parse(raw).map((r) => r.conversation_id);
    },
  };
}
