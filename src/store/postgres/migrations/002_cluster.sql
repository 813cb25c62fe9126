-- What instances share besides the data: an event log read from a cursor (LISTEN/NOTIFY only
-- wakes readers up), rate-limit counters and "tell once" marks.
CREATE TABLE cluster_events (
  id BIGSERIAL PRIMARY KEY,
  at TIMESTAMPTZ NOT NULL DEFAULT now(),
  origin TEXT NOT NULL,
  topic TEXT NOT NULL,
  conversation_id TEXT,
  payload JSON NOT NULL
);
CREATE INDEX cluster_events_at ON cluster_events (at);
CREATE INDEX cluster_events_conversation ON cluster_events (conversation_id) WHERE conversation_id IS NOT NULL;

CREATE TABLE rate_counters (
  key TEXT NOT NULL,
  window_start TIMESTAMPTZ NOT NULL,
  window_end TIMESTAMPTZ NOT NULL,
  count INTEGER NOT NULL,
  PRIMARY KEY (key, window_start)
);
CREATE INDEX rate_counters_end ON rate_counters (window_end);

CREATE TABLE cluster_marks (
  key TEXT PRIMARY KEY,
  value INTEGER NOT NULL,
  at TIMESTAMPTZ NOT NULL
);
CREATE INDEX cluster_marks_at ON cluster_marks (at);

-- One round trip per append: the per-conversation lock makes seq order the commit order, so a
-- reader at watermark n never sees n+2 before n+1; the notification goes out at commit.
CREATE FUNCTION transcript_append(
  p_conversation_id TEXT, p_role TEXT, p_type TEXT, p_text TEXT, p_at TIMESTAMPTZ,
  p_client_activity_id TEXT, p_activity JSON, p_pending BOOLEAN, p_channel TEXT, p_origin TEXT
) RETURNS TABLE (out_seq INTEGER, out_created BOOLEAN) AS $$
DECLARE
  v_seq INTEGER;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended('transcript:' || p_conversation_id, 0));
  IF p_client_activity_id IS NOT NULL THEN
    SELECT t.seq INTO v_seq FROM transcript t
      WHERE t.conversation_id = p_conversation_id AND t.client_activity_id = p_client_activity_id;
    IF FOUND THEN
      RETURN QUERY SELECT v_seq, FALSE;
      RETURN;
    END IF;
  END IF;
  SELECT COALESCE(MAX(t.seq), 0) + 1 INTO v_seq FROM transcript t WHERE t.conversation_id = p_conversation_id;
  INSERT INTO transcript (conversation_id, seq, role, type, text, at, client_activity_id, activity)
    VALUES (p_conversation_id, v_seq, p_role, p_type, p_text, p_at, p_client_activity_id, p_activity);
  IF p_pending THEN
    INSERT INTO pending_turns (conversation_id, seq) VALUES (p_conversation_id, v_seq);
  END IF;
  PERFORM pg_notify(p_channel, p_origin || ' ' || p_conversation_id);
  RETURN QUERY SELECT v_seq, TRUE;
END
$$ LANGUAGE plpgsql;

-- Event ids in commit order: publishers take turns (the lock lasts until commit), so a reader at
-- cursor n never skips an event that was still being written when it read n+1.
CREATE FUNCTION cluster_publish(p_channel TEXT, p_origin TEXT, p_topic TEXT, p_conversation_id TEXT, p_payload JSON)
RETURNS BIGINT AS $$
DECLARE
  v_id BIGINT;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtextextended(p_channel, 0));
  INSERT INTO cluster_events (origin, topic, conversation_id, payload)
    VALUES (p_origin, p_topic, p_conversation_id, p_payload) RETURNING id INTO v_id;
  PERFORM pg_notify(p_channel, v_id::text);
  RETURN v_id;
END
$$ LANGUAGE plpgsql;

-- Sets a mark and returns the value it replaced (NULL: new). The row lock makes concurrent
-- callers take turns, so each sees the value the one before it wrote.
CREATE FUNCTION cluster_mark_swap(p_key TEXT, p_value INTEGER, p_at TIMESTAMPTZ) RETURNS INTEGER AS $$
DECLARE
  v_old INTEGER;
BEGIN
  INSERT INTO cluster_marks (key, value, at) VALUES (p_key, p_value, p_at) ON CONFLICT (key) DO NOTHING;
  IF FOUND THEN
    RETURN NULL;
  END IF;
  SELECT value INTO v_old FROM cluster_marks WHERE key = p_key FOR UPDATE;
  UPDATE cluster_marks SET value = p_value, at = p_at WHERE key = p_key;
  RETURN v_old;
END
$$ LANGUAGE plpgsql;
