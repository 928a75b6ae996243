-- Appeals (诉求, DOMAIN.md part 3): what a resident raised, where, in which state, with its clocks.
-- `area_path` is the path of the place, so a scope is one prefix scan; `grid_id` is the grid the
-- place lies in (none above grid level). The assignee is a kind and an id so that units and
-- providers can be added beside persons.
CREATE TABLE appeals (
  id               INTEGER PRIMARY KEY,
  channel          TEXT NOT NULL CHECK (channel IN ('desk', 'hotline', 'mailbox', 'contact_card',
                                                    'online', 'open311')),
  category         TEXT NOT NULL,                 -- a code from the configured categories
  urgency          TEXT NOT NULL CHECK (urgency IN ('normal', 'urgent')),
  description      TEXT NOT NULL,
  area_id          INTEGER NOT NULL REFERENCES areas (id),
  area_path        TEXT NOT NULL,
  grid_id          INTEGER REFERENCES areas (id),
  lng              REAL,
  lat              REAL,
  resident_id      INTEGER NOT NULL REFERENCES persons (id),
  raised_by        INTEGER,                       -- account; the resident's own when online
  state            TEXT NOT NULL,
  assignee_kind    TEXT CHECK (assignee_kind IN ('person', 'unit', 'provider')),
  assignee_id      INTEGER,
  accept_by        INTEGER,                       -- deadlines, ms since the epoch
  on_site_by       INTEGER,
  resolve_by       INTEGER,
  overdue_at       INTEGER,                       -- when a deadline was first missed
  rating           TEXT CHECK (rating IN ('satisfied', 'basically_satisfied', 'not_satisfied')),
  escalated_to     TEXT,                          -- 'subdistrict' or a department's name
  escalated_area_id INTEGER REFERENCES areas (id),
  referred_to      TEXT,
  merged_into      INTEGER REFERENCES appeals (id),
  reopened         INTEGER NOT NULL DEFAULT 0,
  created_at       INTEGER NOT NULL,
  updated_at       INTEGER NOT NULL
);
CREATE INDEX appeals_area ON appeals (area_path, created_at);
CREATE INDEX appeals_state ON appeals (state, area_path);
CREATE INDEX appeals_resident ON appeals (resident_id, created_at);
CREATE INDEX appeals_assignee ON appeals (assignee_kind, assignee_id, state);
CREATE INDEX appeals_merged ON appeals (merged_into);

-- The timeline: one row per step, written with the step's event. `note` and `reason` are shown
-- to the resident.
CREATE TABLE appeal_steps (
  id           INTEGER PRIMARY KEY,
  appeal_id    INTEGER NOT NULL REFERENCES appeals (id),
  step         TEXT NOT NULL,
  from_state   TEXT,
  to_state     TEXT NOT NULL,
  actor_id     INTEGER,                           -- account; null for the system
  actor_label  TEXT NOT NULL,
  note         TEXT,
  reason       TEXT,
  detail       TEXT NOT NULL DEFAULT '{}',        -- JSON: assignee, rating, target, ...
  at           INTEGER NOT NULL
);
CREATE INDEX appeal_steps_appeal ON appeal_steps (appeal_id, id);

-- Pending clocks: one row per deadline not yet met. The scheduler reads only the earliest rows,
-- so nothing scans the appeals table; a row is deleted when its deadline is met or missed.
CREATE TABLE appeal_deadlines (
  appeal_id  INTEGER NOT NULL REFERENCES appeals (id),
  kind       TEXT NOT NULL CHECK (kind IN ('accept', 'on_site', 'resolve')),
  due_at     INTEGER NOT NULL,
  PRIMARY KEY (appeal_id, kind)
);
CREATE INDEX appeal_deadlines_due ON appeal_deadlines (due_at);

-- Supervision (督办): a missed deadline raised to the level above the community.
CREATE TABLE appeal_supervisions (
  id          INTEGER PRIMARY KEY,
  appeal_id   INTEGER NOT NULL REFERENCES appeals (id),
  kind        TEXT NOT NULL,                      -- the deadline missed
  due_at      INTEGER NOT NULL,
  level_area_id INTEGER REFERENCES areas (id),    -- the subdistrict (or the nearest area above)
  raised_at   INTEGER NOT NULL,
  UNIQUE (appeal_id, kind, due_at)
);
CREATE INDEX appeal_supervisions_level ON appeal_supervisions (level_area_id, raised_at);

-- Full-text search over descriptions (trigram: Chinese needs no word breaking); kept in the
-- same transaction as the appeal.
CREATE VIRTUAL TABLE appeals_fts USING fts5 (description, tokenize = 'trigram');
