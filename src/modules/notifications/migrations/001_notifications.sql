-- The in-app inbox: one row per recipient account and record event, built by the notifications
-- consumer from the record (cursor "notifications" in record_cursors, advanced in the same
-- transaction as these rows). kind: 'assigned' (an appeal dispatched to you) or 'overdue' (an
-- appeal in your scope missed a deadline and was raised for supervision).
CREATE TABLE inbox_items (
  id         INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL REFERENCES accounts (id),
  kind       TEXT NOT NULL CHECK (kind IN ('assigned', 'overdue')),
  appeal_id  INTEGER NOT NULL REFERENCES appeals (id),
  event_seq  INTEGER NOT NULL,         -- the record event it comes from
  created_at INTEGER NOT NULL,
  read_at    INTEGER,
  UNIQUE (account_id, event_seq)
);
-- Unread first, newest first, per account.
CREATE INDEX inbox_items_account ON inbox_items (account_id, read_at, id);

-- The webhook's transactional outbox: one delivery per appeal event, written with the cursor's
-- advance; the sender thread POSTs it, retrying with exponential backoff until delivered or
-- `failed` after the configured attempts. A failure keeps its last error here.
CREATE TABLE webhook_deliveries (
  id           INTEGER PRIMARY KEY,
  event_seq    INTEGER NOT NULL UNIQUE,
  event        TEXT NOT NULL,          -- the record action, "appeal.dispatch"
  body         TEXT NOT NULL,          -- the JSON sent; no personal data, no free text
  status       TEXT NOT NULL CHECK (status IN ('pending', 'delivered', 'failed')),
  attempts     INTEGER NOT NULL DEFAULT 0,
  next_at      INTEGER NOT NULL,       -- ms: when the next attempt is due (pending)
  last_status  INTEGER,                -- the receiver's HTTP status of the last attempt
  last_error   TEXT,
  created_at   INTEGER NOT NULL,
  delivered_at INTEGER
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_at);

-- The consumer starts at the record's head when the module is installed: what was written
-- before has no inbox items to make; everything after, server running or not, is processed.
INSERT INTO record_cursors (name, seq)
  SELECT 'notifications', COALESCE(max(seq), 0) FROM events;
