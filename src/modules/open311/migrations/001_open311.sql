-- Open311 GeoReport v2 (modules/open311): the API keys of the clients that may POST service
-- requests, and the requests they posted. A key is shown once when issued and kept only as its
-- BLAKE2b-256 digest; a revoked key stays on record.
CREATE TABLE open311_keys (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE,                -- the client, e.g. a city app
  key_hash    TEXT NOT NULL UNIQUE,
  person_id   INTEGER NOT NULL REFERENCES persons (id), -- the resident of anonymous requests
  created_at  INTEGER NOT NULL,
  revoked_at  INTEGER
);

-- One row per request posted through Open311: which client, and the token it may look the
-- request up by (GET tokens/{token}.json).
CREATE TABLE open311_requests (
  appeal_id   INTEGER PRIMARY KEY REFERENCES appeals (id),
  key_id      INTEGER NOT NULL REFERENCES open311_keys (id),
  token       TEXT NOT NULL UNIQUE,
  created_at  INTEGER NOT NULL
);

-- GET requests.json reads appeals by the time they were raised, newest first, city-wide.
CREATE INDEX appeals_created ON appeals (created_at);
