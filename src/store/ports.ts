/**
 * The store's ports. Everything outside src/store/ talks to these interfaces only; the SQLite
 * adapter (embedded default, one instance) and the PostgreSQL adapter (several instances)
 * implement them. No driver types leak out.
 */

import type { Cluster } from './clusterPorts';
import type { IdempotencyStore, LoginFailureStore } from './guardPorts';
import type { HandoffStore } from './handoffPorts';
import type { RetentionStore } from './retentionPorts';
import type { JsonObject, Locale, SenderRole } from './values';

export type { JsonObject, Locale, SenderRole };
export type ConversationStatus = 'bot' | 'queued' | 'live' | 'ended';

export interface ConversationRecord {
  id: string;
  channelId: string;
  /** Short code the citizen can quote later (e.g. to ask for deletion). Unique. */
  code: string;
  locale: Locale;
  status: ConversationStatus;
  startedAt: Date;
  lastActivityAt: Date;
  endedAt: Date | null;
  /** Why it ended: 'quick_exit', 'closed' (by a counsellor), 'idle', … ; null while open. */
  endedReason: string | null;
  /** Bot Framework conversation reference, needed to reach the conversation proactively. */
  reference: JsonObject | null;
  /** Structured triage summary (categories only, never the citizen's words). */
  triage: JsonObject | null;
}

export interface NewConversation {
  id: string;
  channelId: string;
  code: string;
  locale: Locale;
  startedAt: Date;
  reference: JsonObject | null;
}

export interface ConversationPatch {
  locale?: Locale;
  status?: ConversationStatus;
  lastActivityAt?: Date;
  endedAt?: Date | null;
  endedReason?: string | null;
  reference?: JsonObject | null;
  triage?: JsonObject | null;
}

/** What a post needs to know of its conversation: whether it is open, why it ended, its language. */
export type ConversationStanding = Pick<ConversationRecord, 'status' | 'endedReason' | 'locale'>;

export interface ConversationStore {
  /** Creates the conversation; returns false (and changes nothing) when the id already exists. */
  create(conversation: NewConversation): Promise<boolean>;
  get(id: string): Promise<ConversationRecord | null>;
  /** The conversation's code alone (read on every bot turn), or null when there is no such conversation. */
  codeOf(id: string): Promise<string | null>;
  getByCode(code: string): Promise<ConversationRecord | null>;
  /** Status, ending and locale alone (read on every post), without the record's JSON columns; null when there is none. */
  standing(id: string): Promise<ConversationStanding | null>;
  update(id: string, patch: ConversationPatch): Promise<void>;
}

export interface TranscriptEntry {
  conversationId: string;
  /** 1, 2, 3, … per conversation, assigned by the store, never reused. */
  seq: number;
  role: SenderRole;
  /** Activity type (message, event, conversationUpdate, …). */
  type: string;
  /** Plain message text, or null for non-message activities. */
  text: string | null;
  at: Date;
  /** Client-chosen id, used to make a retried POST idempotent. */
  clientActivityId: string | null;
  /** The Bot Framework activity as delivered (without the channel-assigned id). */
  activity: JsonObject;
}

export type NewTranscriptEntry = Omit<TranscriptEntry, 'seq' | 'conversationId'>;

/** A stored activity as its JSON text (an object), for channels that pass it on as text. */
export interface StoredActivityText {
  seq: number;
  type: string;
  activityJson: string;
}

export interface CompleteTurnOptions {
  after?: Promise<unknown>;
}

export interface AppendOptions {
  /** Also record that a bot turn for this entry is still to run (cleared by completeTurn). */
  pendingTurn?: boolean;
  /**
   * The entry's activity as JSON text, when the caller serialised it already (it must be
   * `JSON.stringify(entry.activity)`): the store then does not serialise the same object again.
   */
  activityJson?: string;
}

/** An outgoing entry (a reply of the bot or a counsellor): no client id, its activity as JSON text of an object. */
export interface OutgoingTranscriptEntry {
  role: SenderRole;
  type: string;
  text: string | null;
  at: Date;
  activityJson: string;
}

export interface AppendResult {
  entry: TranscriptEntry;
  /** False when an entry with the same clientActivityId already existed; `entry` is that one. */
  created: boolean;
}

export interface TranscriptStore {
  /**
   * Appends durably (committed when the promise resolves) with the next sequence number. When
   * `clientActivityId` is set and already present in this conversation, nothing is written.
   */
  append(conversationId: string, entry: NewTranscriptEntry, options?: AppendOptions): Promise<AppendResult>;
  /**
   * Appends the replies of one moment of a turn, in order, with consecutive sequence numbers, all
   * durably (committed when the promise resolves; a store that can commits them together, all or
   * none). Resolves with their seqs, in order.
   */
  appendOutgoing(conversationId: string, entries: readonly OutgoingTranscriptEntry[]): Promise<number[]>;
  /**
   * Marks the bot turn for entry `seq` as done. `after` is a write the mark must never be stored
   * before (the turn's state save): a store that commits both in one transaction may ask for both
   * at once; any other waits for `after` to settle first. Its failure does not stop the mark.
   */
  completeTurn(conversationId: string, seq: number, options?: CompleteTurnOptions): Promise<void>;
  /** Whether the turn for `seq` is still pending. */
  isTurnPending(conversationId: string, seq: number): Promise<boolean>;
  /** Entries whose turn is pending, oldest first, across conversations (for recovery at start-up). */
  pendingTurns(limit: number): Promise<TranscriptEntry[]>;
  /** Entries with seq > afterSeq, in order, at most `limit`. */
  listAfter(conversationId: string, afterSeq: number, limit: number): Promise<TranscriptEntry[]>;
  /**
   * Like listAfter, but only seq, type and the activity's JSON text as stored: a reader that sends
   * activities on as JSON (the Direct Line stream) neither parses nor serialises them again.
   */
  listActivityTextAfter(conversationId: string, afterSeq: number, limit: number): Promise<StoredActivityText[]>;
  /**
   * The UTF-8 bytes of every activity's JSON text in the conversation, as stored (the sum of
   * `Buffer.byteLength(activityJson)` over listActivityTextAfter), summed where the data is: the
   * size cap reads one number, not every stored text.
   */
  storedActivityBytes(conversationId: string): Promise<number>;
  /** Highest seq in the conversation, 0 when empty. */
  lastSeq(conversationId: string): Promise<number>;
}

/** A stored bot-state item; shape-compatible with botbuilder's StoreItem. */
export interface StateItem {
  eTag?: string;
  [key: string]: unknown;
}
export type StateItems = Record<string, StateItem>;

/**
 * Bot state with optimistic concurrency. Structurally the same as botbuilder's `Storage`, so an
 * adapter can be handed to ConversationState/UserState without the core importing botbuilder.
 * A write whose eTag is set (and not '*') but no longer matches fails with ConcurrencyError.
 */
export interface StateStore {
  read(keys: string[]): Promise<StateItems>;
  write(changes: StateItems): Promise<void>;
  delete(keys: string[]): Promise<void>;
}

/** Small key/value store for server secrets and settings that must survive a restart. */
export interface SettingsStore {
  get(key: string): Promise<string | null>;
  /** Sets the value only if the key has none yet; returns the value now stored. */
  setIfAbsent(key: string, value: string): Promise<string>;
}

export type StaffRole = 'counsellor' | 'supervisor' | 'admin';

export interface StaffUser {
  id: string;
  /** Login name, unique regardless of case; stored as the service normalised it. */
  username: string;
  /** First name or pseudonym that citizens see when this counsellor takes over a chat. */
  displayName: string;
  role: StaffRole;
  /** Encoded password hash (never the password); the format belongs to src/staff/passwords.ts. */
  passwordHash: string;
  disabled: boolean;
  createdAt: Date;
}

export type NewStaffUser = Omit<StaffUser, 'disabled'>;

export interface StaffStore {
  /** Creates the user; returns false (and changes nothing) when the id or username is taken. */
  create(user: NewStaffUser): Promise<boolean>;
  /** Case-insensitive lookup. */
  getByUsername(username: string): Promise<StaffUser | null>;
  getById(id: string): Promise<StaffUser | null>;
  /** Returns false when no such user exists. */
  setDisabled(id: string, disabled: boolean): Promise<boolean>;
  /** Returns false when no such user exists. */
  setPassword(id: string, passwordHash: string): Promise<boolean>;
  /** Every user, ordered by username. */
  list(): Promise<StaffUser[]>;
}

export interface StaffSessionRecord {
  /** SHA-256 (hex) of the session id; the id itself is only ever in the staff member's cookie. */
  idHash: string;
  userId: string;
  csrfToken: string;
  createdAt: Date;
  lastSeenAt: Date;
  /** The session is invalid from this moment on (idle timeout or absolute lifetime, whichever first). */
  expiresAt: Date;
}

export interface StaffSessionStore {
  create(session: StaffSessionRecord): Promise<void>;
  get(idHash: string): Promise<StaffSessionRecord | null>;
  /** Slides the expiry; does nothing for an unknown session. */
  touch(idHash: string, lastSeenAt: Date, expiresAt: Date): Promise<void>;
  delete(idHash: string): Promise<void>;
  /** Ends every session of the user; returns how many there were. */
  deleteForUser(userId: string): Promise<number>;
  /** Removes sessions with expiresAt <= now; returns how many. */
  deleteExpired(now: Date): Promise<number>;
}

export interface AuditEntry {
  /** Assigned by the store; entries with a higher id were appended later. */
  id: string;
  at: Date;
  /** A staff user id, 'system' or 'cli'. */
  actor: string;
  /** What happened, e.g. 'login', 'staff_disabled', 'transcript_read'. */
  action: string;
  conversationId: string | null;
  /** Counts, reasons and ids only: never message content, never passwords. */
  detail: JsonObject;
}

export type NewAuditEntry = Omit<AuditEntry, 'id'>;

export interface AuditQuery {
  actor?: string;
  action?: string;
  conversationId?: string;
  /** Inclusive. */
  from?: Date;
  /** Exclusive. */
  to?: Date;
  limit: number;
  offset: number;
}

export interface AuditLog {
  /** Appends durably; the log is never edited, only trimmed by retention. */
  append(entry: NewAuditEntry): Promise<AuditEntry>;
  /** Matching entries, newest first. */
  search(query: AuditQuery): Promise<AuditEntry[]>;
  /** Deletes entries with at < before; returns how many. */
  deleteBefore(before: Date): Promise<number>;
}

export interface StoreHealth {
  ok: boolean;
  kind: string;
  detail?: string;
}

export interface Store {
  readonly kind: string;
  readonly conversations: ConversationStore;
  readonly transcripts: TranscriptStore;
  readonly state: StateStore;
  readonly settings: SettingsStore;
  readonly staff: StaffStore;
  readonly sessions: StaffSessionStore;
  readonly audit: AuditLog;
  readonly handoffs: HandoffStore;
  readonly retention: RetentionStore;
  /** Idempotency keys of retried requests, shared by every instance on this store. */
  readonly idempotency: IdempotencyStore;
  /** Failed-login counters, shared by every instance on this store. */
  readonly loginFailures: LoginFailureStore;
  /** What instances on this store share besides the data (in-process for a single-instance store). */
  readonly cluster: Cluster;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}
