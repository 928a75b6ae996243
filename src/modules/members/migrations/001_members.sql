-- Party members (DOMAIN.md part 4): what the member roster and cards (一表双卡) hold beyond the
-- membership itself. The membership (organisation, full or probationary, admission date) is
-- the orgs module's party_members row; nothing here repeats it.

-- The member's profile on the master person record: the dates of the party career before and
-- after admission, the in-service work unit (whose party organisation is the unit's), mobility
-- (流动党员) and what the member card shows.
CREATE TABLE member_profiles (
  person_id    INTEGER PRIMARY KEY REFERENCES persons (id),
  applied_on   TEXT,                          -- 入党申请, YYYY-MM-DD
  full_on      TEXT,                          -- 转正: full membership, YYYY-MM-DD
  unit_id      INTEGER REFERENCES work_units (id),
  post         TEXT,                          -- position held at the unit (职务)
  education    TEXT CHECK (education IN ('primary', 'junior_secondary', 'senior_secondary',
                 'vocational', 'college', 'bachelor', 'master', 'doctorate')),
  mobile       INTEGER NOT NULL DEFAULT 0 CHECK (mobile IN (0, 1)),
  mobile_to    TEXT,                          -- where a mobile member is (流动去向)
  mobile_since TEXT,                          -- YYYY-MM-DD
  created_at   INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL,
  CHECK (mobile = 1 OR (mobile_to IS NULL AND mobile_since IS NULL))
);
CREATE INDEX member_profiles_unit ON member_profiles (unit_id);

-- Moving a membership between organisations (组织关系转接). The letter follows the months the
-- member will be away (members_rules): none, a certificate letter (the membership stays and the
-- member takes part in org life at the destination) or a transfer letter (the membership
-- moves when the destination accepts). issued -> accepted | refused (with a reason).
CREATE TABLE member_transfers (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER NOT NULL REFERENCES persons (id),
  from_org_id     INTEGER NOT NULL REFERENCES party_orgs (id),
  to_org_id       INTEGER NOT NULL REFERENCES party_orgs (id),
  months_away     INTEGER CHECK (months_away IS NULL OR months_away > 0),  -- NULL: for good
  letter          TEXT NOT NULL CHECK (letter IN ('none', 'certificate', 'transfer')),
  letter_no       TEXT UNIQUE,                -- none for letter 'none'
  reason          TEXT NOT NULL,
  status          TEXT NOT NULL CHECK (status IN ('issued', 'accepted', 'refused')),
  refusal_reason  TEXT,
  issued_by       INTEGER NOT NULL,           -- account
  issued_at       INTEGER NOT NULL,
  decided_by      INTEGER,
  decided_at      INTEGER,
  CHECK (from_org_id <> to_org_id)
);
CREATE INDEX member_transfers_person ON member_transfers (person_id, issued_at);
CREATE INDEX member_transfers_to ON member_transfers (to_org_id, status);
CREATE INDEX member_transfers_from ON member_transfers (from_org_id, status);
CREATE UNIQUE INDEX member_transfers_open ON member_transfers (person_id) WHERE status = 'issued';

-- What a member's dues (党费) are computed from, from a month on: the category (which bracket
-- list applies) and the monthly income (after tax, or the pension), in fen. The basis of a
-- month is the latest row whose from_month is not after it.
CREATE TABLE dues_bases (
  person_id    INTEGER NOT NULL REFERENCES persons (id),
  from_month   TEXT NOT NULL,                 -- YYYY-MM
  category     TEXT NOT NULL CHECK (category IN ('in_service', 'retired', 'student',
                 'allowance')),
  income_fen   INTEGER NOT NULL CHECK (income_fen >= 0),
  set_by       INTEGER NOT NULL,
  set_at       INTEGER NOT NULL,
  PRIMARY KEY (person_id, from_month)
);

-- Dues paid, one row per member and month (no payment gateway: recorded by the branch).
CREATE TABLE dues_payments (
  id           INTEGER PRIMARY KEY,
  person_id    INTEGER NOT NULL REFERENCES persons (id),
  org_id       INTEGER NOT NULL REFERENCES party_orgs (id),  -- holding the membership then
  month        TEXT NOT NULL,                 -- YYYY-MM paid for
  due_fen      INTEGER NOT NULL CHECK (due_fen >= 0),        -- as computed when recorded
  amount_fen   INTEGER NOT NULL CHECK (amount_fen > 0),
  paid_on      TEXT NOT NULL,                 -- YYYY-MM-DD
  note         TEXT,
  recorded_by  INTEGER NOT NULL,
  recorded_at  INTEGER NOT NULL,
  UNIQUE (person_id, month)
);
CREATE INDEX dues_payments_org ON dues_payments (org_id, month);
