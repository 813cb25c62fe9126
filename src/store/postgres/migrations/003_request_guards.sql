-- Idempotency keys and failed-login counters, shared by every instance: a console retry that
-- reaches another instance sends nothing twice, and spreading login guesses over instances
-- gains a guesser nothing.
CREATE TABLE idempotency_keys (
  key TEXT PRIMARY KEY,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX idempotency_keys_expiry ON idempotency_keys (expires_at);

-- Per scope and hashed key: never a username or an address in the clear.
CREATE TABLE login_failures (
  scope TEXT NOT NULL,
  key TEXT NOT NULL,
  count INTEGER NOT NULL,
  last_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (scope, key)
);
CREATE INDEX login_failures_last ON login_failures (last_at);
