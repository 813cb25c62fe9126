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
];
