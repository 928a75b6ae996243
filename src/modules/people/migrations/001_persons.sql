-- One master record per person (一表通): resident, member, volunteer, worker are roles of it.
-- ID numbers and phones are sealed (libsodium secretbox) and found through a keyed hash; the
-- masks are stored so lists never need the key.
CREATE TABLE persons (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL,
  gender         TEXT CHECK (gender IN ('male', 'female')),
  birth_date     TEXT,                          -- YYYY-MM-DD
  id_number_enc  BLOB,
  id_number_hash TEXT UNIQUE,
  id_number_mask TEXT,
  phone_enc      BLOB,
  phone_hash     TEXT,
  phone_mask     TEXT,
  area_id        INTEGER REFERENCES areas (id), -- household, or the smallest area known
  address        TEXT,                          -- free text beyond the area (room, note)
  created_at     INTEGER NOT NULL,
  updated_at     INTEGER NOT NULL
);
CREATE INDEX persons_area ON persons (area_id);
CREATE INDEX persons_phone ON persons (phone_hash);
CREATE INDEX persons_name ON persons (name);
