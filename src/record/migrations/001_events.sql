-- The append-only, hash-chained record of every write (DOMAIN: no padded figures; every figure
-- traces to its events). Rows are never updated or deleted by the application.
CREATE TABLE events (
  seq          INTEGER PRIMARY KEY,
  at_ms        INTEGER NOT NULL,
  actor_id     INTEGER,               -- account id; NULL for the system itself
  actor_label  TEXT NOT NULL,
  action       TEXT NOT NULL,         -- "area.create", "person.reveal", ...
  subject_kind TEXT NOT NULL,
  subject_id   INTEGER,
  area_path    TEXT,                  -- materialized path of the area it concerns, for scoping
  summary      TEXT NOT NULL,         -- JSON; personal data masked
  prev_hash    TEXT NOT NULL,
  hash         TEXT NOT NULL
);
CREATE INDEX events_subject ON events (subject_kind, subject_id);
CREATE INDEX events_action ON events (action, at_ms);

-- The newest link, so that removing the last events is seen too.
CREATE TABLE event_chain_head (
  id   INTEGER PRIMARY KEY CHECK (id = 1),
  seq  INTEGER NOT NULL,
  hash TEXT NOT NULL
);
