-- Logins, their sessions, and the roles a person holds on an area or party organisation.
CREATE TABLE accounts (
  id              INTEGER PRIMARY KEY,
  person_id       INTEGER NOT NULL UNIQUE REFERENCES persons (id),
  login           TEXT NOT NULL UNIQUE,
  password_hash   TEXT NOT NULL,                 -- argon2id
  failed_logins   INTEGER NOT NULL DEFAULT 0,    -- consecutive
  locked_until    INTEGER NOT NULL DEFAULT 0,    -- ms; 0 when not locked
  disabled        INTEGER NOT NULL DEFAULT 0,
  created_at      INTEGER NOT NULL,
  updated_at      INTEGER NOT NULL
);

CREATE TABLE sessions (
  id          TEXT PRIMARY KEY,                  -- BLAKE2b of the token; the token is not kept
  account_id  INTEGER NOT NULL REFERENCES accounts (id),
  created_at  INTEGER NOT NULL,
  expires_at  INTEGER NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE role_grants (
  id          INTEGER PRIMARY KEY,
  person_id   INTEGER NOT NULL REFERENCES persons (id),
  role        TEXT NOT NULL,
  area_id     INTEGER REFERENCES areas (id),
  org_id      INTEGER REFERENCES party_orgs (id),
  created_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX role_grants_unique
  ON role_grants (person_id, role, COALESCE(area_id, 0), COALESCE(org_id, 0));
CREATE INDEX role_grants_area ON role_grants (area_id, role);
