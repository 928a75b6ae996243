-- Party member duty zones (党员责任区): each covers a grid and is served by 2 to 3 members.
CREATE TABLE duty_zones (
  id          INTEGER PRIMARY KEY,
  grid_id     INTEGER NOT NULL REFERENCES areas (id),
  name        TEXT NOT NULL,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL
);
CREATE UNIQUE INDEX duty_zones_name ON duty_zones (grid_id, name);

CREATE TABLE duty_zone_members (
  zone_id     INTEGER NOT NULL REFERENCES duty_zones (id),
  person_id   INTEGER NOT NULL REFERENCES persons (id),
  created_at  INTEGER NOT NULL,
  PRIMARY KEY (zone_id, person_id)
);
CREATE INDEX duty_zone_members_person ON duty_zone_members (person_id);
