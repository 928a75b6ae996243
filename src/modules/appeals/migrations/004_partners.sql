-- Besides persons, an appeal may be dispatched to a co-building unit (a work unit of
-- report_in reported in to the appeal's community) or to a service provider registered with
-- the community (便民服务商: drains, plumbing, locks, ...; DOMAIN.md parts 3 and 11).
-- A provider acts through the people listed for it; a unit through its unit reps (the role
-- unit_rep held on the unit's party organisation).
CREATE TABLE service_providers (
  id            INTEGER PRIMARY KEY,
  community_id  INTEGER NOT NULL REFERENCES areas (id),
  name          TEXT NOT NULL,
  services      TEXT,                              -- what it offers, shown to staff
  created_at    INTEGER NOT NULL,
  updated_at    INTEGER NOT NULL,
  UNIQUE (community_id, name)
);
CREATE TABLE service_provider_people (
  provider_id  INTEGER NOT NULL REFERENCES service_providers (id),
  person_id    INTEGER NOT NULL REFERENCES persons (id),
  PRIMARY KEY (provider_id, person_id)
);
CREATE INDEX service_provider_people_person ON service_provider_people (person_id);

-- The categories of appeal a unit or provider takes in a community: what the assignee
-- suggestions offer them for. (No reference to work_units: report_in migrates after appeals.)
CREATE TABLE dispatch_categories (
  community_id   INTEGER NOT NULL REFERENCES areas (id),
  category       TEXT NOT NULL,
  assignee_kind  TEXT NOT NULL CHECK (assignee_kind IN ('unit', 'provider')),
  assignee_id    INTEGER NOT NULL,
  PRIMARY KEY (community_id, category, assignee_kind, assignee_id)
) WITHOUT ROWID;
