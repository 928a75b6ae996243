-- Org life (三会一课, 主题党日, 组织生活会, 民主评议党员): meetings an organisation held, with
-- the attendance of its members. `valid` is computed by the server (a general meeting needs more
-- than half of its full members present), never taken from the client.
CREATE TABLE org_meetings (
  id          INTEGER PRIMARY KEY,
  org_id      INTEGER NOT NULL REFERENCES party_orgs (id),
  kind        TEXT NOT NULL CHECK (kind IN ('general_meeting', 'committee_meeting',
                'group_meeting', 'party_lecture', 'theme_day', 'life_review',
                'member_appraisal')),
  held_on     TEXT NOT NULL,                           -- YYYY-MM-DD
  topic       TEXT NOT NULL,
  minutes     TEXT NOT NULL DEFAULT '',
  lecturer    TEXT,                                    -- a party lecture's speaker
  valid       INTEGER NOT NULL CHECK (valid IN (0, 1)),
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX org_meetings_org ON org_meetings (org_id, kind, held_on);
CREATE INDEX org_meetings_held ON org_meetings (held_on);

-- One row per person on a meeting's roll. `voting`: a full member when recorded (probationary
-- members attend but do not vote). `listed` 0: the recorder did not list them and they were
-- recorded absent.
CREATE TABLE org_meeting_attendance (
  meeting_id  INTEGER NOT NULL REFERENCES org_meetings (id),
  person_id   INTEGER NOT NULL REFERENCES persons (id),
  status      TEXT NOT NULL CHECK (status IN ('present', 'absent', 'excused')),
  voting      INTEGER NOT NULL CHECK (voting IN (0, 1)),
  listed      INTEGER NOT NULL CHECK (listed IN (0, 1)),
  PRIMARY KEY (meeting_id, person_id)
);
CREATE INDEX org_meeting_attendance_person ON org_meeting_attendance (person_id);

-- The yearly member appraisal (民主评议党员) of a branch; its meeting is the member_appraisal
-- meeting of that year.
CREATE TABLE member_appraisals (
  id          INTEGER PRIMARY KEY,
  org_id      INTEGER NOT NULL REFERENCES party_orgs (id),
  year        INTEGER NOT NULL,
  meeting_id  INTEGER NOT NULL UNIQUE REFERENCES org_meetings (id),
  created_at  INTEGER NOT NULL,
  UNIQUE (org_id, year)
);

CREATE TABLE member_appraisal_results (
  appraisal_id  INTEGER NOT NULL REFERENCES member_appraisals (id),
  person_id     INTEGER NOT NULL REFERENCES persons (id),
  outcome       TEXT NOT NULL CHECK (outcome IN ('excellent', 'qualified', 'basically_qualified',
                  'unqualified')),
  note          TEXT,
  PRIMARY KEY (appraisal_id, person_id)
);
