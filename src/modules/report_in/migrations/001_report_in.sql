-- In-service members report in to their community of residence (双报到, DOMAIN.md part 4).
--
-- Work units: where in-service members work, each with its own party organisation (which may
-- sit outside the community tree). Co-building units will grow from this table.
CREATE TABLE work_units (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,
  kind        TEXT NOT NULL CHECK (kind IN ('government', 'enterprise', 'institution',
                                            'social_organisation', 'other')),
  org_id      INTEGER NOT NULL UNIQUE REFERENCES party_orgs (id),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);

-- A report-in of a member (person_id set) or of a whole unit (person_id NULL) to a community.
-- submitted -> confirmed (a receipt is issued) | declined (with a reason).
CREATE TABLE report_ins (
  id              INTEGER PRIMARY KEY,
  kind            TEXT NOT NULL CHECK (kind IN ('member', 'unit')),
  person_id       INTEGER REFERENCES persons (id),
  unit_id         INTEGER NOT NULL REFERENCES work_units (id),
  community_id    INTEGER NOT NULL REFERENCES areas (id),
  status          TEXT NOT NULL CHECK (status IN ('submitted', 'confirmed', 'declined')),
  note            TEXT,                          -- what the member or unit offers
  decline_reason  TEXT,
  receipt_no      TEXT UNIQUE,                   -- 报到回执卡 number, set on confirmation
  submitted_by    INTEGER NOT NULL,              -- account
  submitted_at    INTEGER NOT NULL,
  decided_by      INTEGER,                       -- account that confirmed or declined
  decided_at      INTEGER,
  CHECK ((kind = 'member') = (person_id IS NOT NULL))
);
CREATE INDEX report_ins_community ON report_ins (community_id, kind, status);
CREATE INDEX report_ins_unit ON report_ins (unit_id);
-- One open report-in per member, and per unit and community.
CREATE UNIQUE INDEX report_ins_open_member ON report_ins (person_id)
  WHERE kind = 'member' AND status IN ('submitted', 'confirmed');
CREATE UNIQUE INDEX report_ins_open_unit ON report_ins (unit_id, community_id)
  WHERE kind = 'unit' AND status IN ('submitted', 'confirmed');

-- Service posts a community offers to reported-in members, and who has claimed them.
CREATE TABLE service_posts (
  id            INTEGER PRIMARY KEY,
  community_id  INTEGER NOT NULL REFERENCES areas (id),
  kind          TEXT NOT NULL CHECK (kind IN ('duty_zone', 'volunteering', 'task', 'activity')),
  title         TEXT NOT NULL,
  description   TEXT,
  duty_zone_id  INTEGER REFERENCES duty_zones (id),
  open          INTEGER NOT NULL DEFAULT 1 CHECK (open IN (0, 1)),
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL
);
CREATE INDEX service_posts_community ON service_posts (community_id);

CREATE TABLE service_claims (
  post_id       INTEGER NOT NULL REFERENCES service_posts (id),
  person_id     INTEGER NOT NULL REFERENCES persons (id),
  report_in_id  INTEGER NOT NULL REFERENCES report_ins (id),
  claimed_by    INTEGER NOT NULL,                -- account: the member, or staff assigning them
  claimed_at    INTEGER NOT NULL,
  PRIMARY KEY (post_id, person_id)
);
CREATE INDEX service_claims_person ON service_claims (person_id);

-- What a member did on a post, logged by the member; only confirmed minutes count.
CREATE TABLE service_records (
  id             INTEGER PRIMARY KEY,
  report_in_id   INTEGER NOT NULL REFERENCES report_ins (id),
  person_id      INTEGER NOT NULL REFERENCES persons (id),
  post_id        INTEGER NOT NULL REFERENCES service_posts (id),
  community_id   INTEGER NOT NULL REFERENCES areas (id),
  served_on      TEXT NOT NULL,                  -- YYYY-MM-DD
  minutes        INTEGER NOT NULL CHECK (minutes > 0),
  note           TEXT,
  status         TEXT NOT NULL CHECK (status IN ('logged', 'confirmed', 'rejected')),
  reject_reason  TEXT,
  logged_by      INTEGER NOT NULL,
  logged_at      INTEGER NOT NULL,
  decided_by     INTEGER,
  decided_at     INTEGER
);
CREATE INDEX service_records_community ON service_records (community_id, served_on, status);
CREATE INDEX service_records_report_in ON service_records (report_in_id, served_on);

-- The yearly performance feedback sheet (社区表现情况反馈单) of one member report-in. Its
-- figures are computed from the confirmed service records when generated, and frozen when sent.
-- draft -> sent -> acknowledged (by the unit, which may reply).
CREATE TABLE feedback_sheets (
  id               INTEGER PRIMARY KEY,
  report_in_id     INTEGER NOT NULL REFERENCES report_ins (id),
  year             INTEGER NOT NULL,
  community_id     INTEGER NOT NULL REFERENCES areas (id),
  status           TEXT NOT NULL CHECK (status IN ('draft', 'sent', 'acknowledged')),
  services         INTEGER NOT NULL,             -- confirmed service records in the year
  minutes          INTEGER NOT NULL,             -- their confirmed minutes
  posts            INTEGER NOT NULL,             -- distinct posts served
  evaluation       TEXT,                         -- the community's written evaluation
  generated_by     INTEGER NOT NULL,
  generated_at     INTEGER NOT NULL,
  sent_by          INTEGER,
  sent_at          INTEGER,
  acknowledged_by  INTEGER,
  acknowledged_at  INTEGER,
  reply            TEXT,                         -- the unit's answer
  UNIQUE (report_in_id, year)
);
CREATE INDEX feedback_sheets_community ON feedback_sheets (community_id, year, status);

-- The posts behind a sheet's figures, frozen with it.
CREATE TABLE feedback_sheet_lines (
  sheet_id  INTEGER NOT NULL REFERENCES feedback_sheets (id),
  post_id   INTEGER NOT NULL REFERENCES service_posts (id),
  title     TEXT NOT NULL,
  kind      TEXT NOT NULL,
  services  INTEGER NOT NULL,
  minutes   INTEGER NOT NULL,
  PRIMARY KEY (sheet_id, post_id)
);
