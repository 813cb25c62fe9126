-- The same tables as the SQLite store's migrations 1-7, in PostgreSQL types.
CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  channel_id TEXT NOT NULL,
  code TEXT NOT NULL UNIQUE,
  locale TEXT NOT NULL,
  status TEXT NOT NULL,
  started_at TIMESTAMPTZ NOT NULL,
  last_activity_at TIMESTAMPTZ NOT NULL,
  ended_at TIMESTAMPTZ,
  ended_reason TEXT,
  -- json, not jsonb: kept exactly as written (key order, any escapes).
  reference JSON,
  triage JSON,
  raw_purged_at TIMESTAMPTZ,
  legal_hold_at TIMESTAMPTZ,
  legal_hold_reason TEXT
);
CREATE INDEX conversations_ended ON conversations (status, ended_at);
CREATE INDEX conversations_activity ON conversations (status, last_activity_at);

CREATE TABLE transcript (
  conversation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  role TEXT NOT NULL,
  type TEXT NOT NULL,
  text TEXT,
  at TIMESTAMPTZ NOT NULL,
  client_activity_id TEXT,
  activity JSON NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);
CREATE UNIQUE INDEX transcript_client_activity
  ON transcript (conversation_id, client_activity_id) WHERE client_activity_id IS NOT NULL;

-- Citizen messages whose bot turn has not finished: re-run after a crash so none goes unanswered.
CREATE TABLE pending_turns (
  conversation_id TEXT NOT NULL,
  seq INTEGER NOT NULL,
  PRIMARY KEY (conversation_id, seq)
);

CREATE TABLE bot_state (
  key TEXT PRIMARY KEY,
  data JSON NOT NULL,
  etag TEXT NOT NULL
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE staff_users (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  disabled BOOLEAN NOT NULL DEFAULT FALSE,
  created_at TIMESTAMPTZ NOT NULL
);
-- Usernames are unique regardless of case.
CREATE UNIQUE INDEX staff_users_username ON staff_users (lower(username));

-- Staff sessions by SHA-256 of their id, so a copy of the database cannot be used to log in.
CREATE TABLE staff_sessions (
  id_hash TEXT PRIMARY KEY,
  user_id TEXT NOT NULL REFERENCES staff_users (id) ON DELETE CASCADE,
  csrf_token TEXT NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  last_seen_at TIMESTAMPTZ NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX staff_sessions_user ON staff_sessions (user_id);
CREATE INDEX staff_sessions_expiry ON staff_sessions (expires_at);

CREATE TABLE audit_log (
  id BIGSERIAL PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  conversation_id TEXT,
  detail JSON NOT NULL
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_actor ON audit_log (actor, at);
CREATE INDEX audit_log_action ON audit_log (action, at);
CREATE INDEX audit_log_conversation ON audit_log (conversation_id, at) WHERE conversation_id IS NOT NULL;

CREATE TABLE handoffs (
  id TEXT PRIMARY KEY,
  seq BIGSERIAL,
  conversation_id TEXT NOT NULL,
  status TEXT NOT NULL,
  acute BOOLEAN NOT NULL,
  locale TEXT NOT NULL,
  queued_at TIMESTAMPTZ NOT NULL,
  accepted_at TIMESTAMPTZ,
  ended_at TIMESTAMPTZ,
  counsellor_id TEXT,
  outcome TEXT,
  wrap_up JSON
);
CREATE INDEX handoffs_status ON handoffs (status, queued_at);
-- At most one open (queued or live) handoff per conversation, whichever instance asks.
CREATE UNIQUE INDEX handoffs_open ON handoffs (conversation_id) WHERE status IN ('queued', 'live');

CREATE TABLE counsellor_notes (
  id BIGSERIAL PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  counsellor_id TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  text TEXT NOT NULL
);
CREATE INDEX counsellor_notes_conversation ON counsellor_notes (conversation_id, at);

CREATE TABLE staff_presence (
  user_id TEXT PRIMARY KEY,
  available BOOLEAN NOT NULL,
  last_seen_at TIMESTAMPTZ NOT NULL
);

-- Anonymised copies: no personal data, kept longer for quality review and statistics.
CREATE TABLE anonymised_transcripts (
  conversation_id TEXT PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL,
  started_at TIMESTAMPTZ NOT NULL,
  ended_at TIMESTAMPTZ NOT NULL,
  channel_id TEXT NOT NULL,
  locale TEXT NOT NULL,
  triage JSON,
  handed_off BOOLEAN NOT NULL,
  wait_seconds DOUBLE PRECISION,
  abandoned BOOLEAN NOT NULL,
  outcome TEXT,
  form TEXT NOT NULL,
  acute BOOLEAN NOT NULL,
  lines JSON NOT NULL,
  anonymiser_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX anonymised_started ON anonymised_transcripts (started_at);
CREATE INDEX anonymised_created ON anonymised_transcripts (created_at);
CREATE INDEX anonymised_version ON anonymised_transcripts (anonymiser_version, created_at);

CREATE TABLE qa_flags (
  id BIGSERIAL PRIMARY KEY,
  conversation_id TEXT NOT NULL,
  at TIMESTAMPTZ NOT NULL,
  reviewer_id TEXT NOT NULL,
  flag TEXT NOT NULL,
  comment TEXT NOT NULL
);
CREATE INDEX qa_flags_conversation ON qa_flags (conversation_id);
