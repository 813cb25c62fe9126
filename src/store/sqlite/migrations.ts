import { HANDOFF_MIGRATION } from './handoffs';
import { ANONYMISER_VERSION_MIGRATION, RETENTION_MIGRATION } from './retention';
import { REQUEST_GUARDS_MIGRATION } from './requestGuards';

/**
 * Versioned schema migrations. Each entry runs once, in order, inside a transaction; the applied
 * version is kept in SQLite's user_version. Append new migrations; never edit an applied one.
 */
export const migrations: readonly string[] = [
  `
  CREATE TABLE conversations (
    id TEXT PRIMARY KEY,
    channel_id TEXT NOT NULL,
    code TEXT NOT NULL UNIQUE,
    locale TEXT NOT NULL,
    status TEXT NOT NULL,
    started_at INTEGER NOT NULL,
    last_activity_at INTEGER NOT NULL,
    ended_at INTEGER,
    reference TEXT
  );
  CREATE TABLE transcript (
    conversation_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    role TEXT NOT NULL,
    type TEXT NOT NULL,
    text TEXT,
    at INTEGER NOT NULL,
    client_activity_id TEXT,
    activity TEXT NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  ) WITHOUT ROWID;
  CREATE UNIQUE INDEX transcript_client_activity
    ON transcript (conversation_id, client_activity_id) WHERE client_activity_id IS NOT NULL;
  CREATE TABLE bot_state (
    key TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    etag TEXT NOT NULL
  );
  CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  `,
  `
  -- Citizen messages whose bot turn has not finished: re-run after a crash so none goes unanswered.
  CREATE TABLE pending_turns (
    conversation_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    PRIMARY KEY (conversation_id, seq)
  ) WITHOUT ROWID;
  -- The structured triage summary (role, form, signals, acute flag, …) as JSON.
  ALTER TABLE conversations ADD COLUMN triage TEXT;
  `,
  `
  -- Staff accounts. COLLATE NOCASE keeps usernames unique regardless of case.
  CREATE TABLE staff_users (
    id TEXT PRIMARY KEY,
    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    disabled INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
  );
  -- Staff sessions by SHA-256 of their id, so a copy of the database cannot be used to log in.
  CREATE TABLE staff_sessions (
    id_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX staff_sessions_user ON staff_sessions (user_id);
  CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);
  -- Append-only audit log (who did what, to which conversation, when; never content).
  CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at INTEGER NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    conversation_id TEXT,
    detail TEXT NOT NULL
  );
  CREATE INDEX audit_log_at ON audit_log (at);
  CREATE INDEX audit_log_actor ON audit_log (actor, at);
  CREATE INDEX audit_log_action ON audit_log (action, at);
  CREATE INDEX audit_log_conversation ON audit_log (conversation_id, at) WHERE conversation_id IS NOT NULL;
  `,
  HANDOFF_MIGRATION,
  RETENTION_MIGRATION,
  `
  -- Why a conversation ended: after a quick exit nothing may be read back with the old token.
  ALTER TABLE conversations ADD COLUMN ended_reason TEXT;
  `,
  ANONYMISER_VERSION_MIGRATION,
  REQUEST_GUARDS_MIGRATION,
];
