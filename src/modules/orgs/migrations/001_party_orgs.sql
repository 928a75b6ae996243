-- The party organisation tree beside the area tree: committee > general branch > branch >
-- group. `path` is the materialized path of ids. A joint branch (联合支部) gathers members of
-- several small units. Names are unique among siblings; a root's name is unique within its area.
CREATE TABLE party_orgs (
  id          INTEGER PRIMARY KEY,
  parent_id   INTEGER REFERENCES party_orgs (id),
  kind        TEXT NOT NULL CHECK (kind IN ('committee', 'general_branch', 'branch', 'group')),
  name        TEXT NOT NULL,
  area_id     INTEGER NOT NULL REFERENCES areas (id),  -- where it sits
  joint       INTEGER NOT NULL DEFAULT 0 CHECK (joint IN (0, 1)),
  path        TEXT NOT NULL UNIQUE,
  depth       INTEGER NOT NULL,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX party_orgs_parent ON party_orgs (parent_id, name);
CREATE INDEX party_orgs_area ON party_orgs (area_id);
CREATE INDEX party_orgs_kind ON party_orgs (kind, path);
CREATE UNIQUE INDEX party_orgs_sibling_name
  ON party_orgs (COALESCE(parent_id, 0), CASE WHEN parent_id IS NULL THEN area_id ELSE 0 END,
                 name);

-- Membership of a person in the organisation that holds their party relation.
CREATE TABLE party_members (
  person_id   INTEGER PRIMARY KEY REFERENCES persons (id),
  org_id      INTEGER NOT NULL REFERENCES party_orgs (id),
  status      TEXT NOT NULL CHECK (status IN ('full', 'probationary')),
  joined_on   TEXT,                                    -- admission date, YYYY-MM-DD
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE INDEX party_members_org ON party_members (org_id, status);
