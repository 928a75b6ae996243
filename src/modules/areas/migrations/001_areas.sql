-- The area tree: city > district > subdistrict > community > grid > estate > building >
-- entrance > household. `path` is the materialized path of ids ("/1/4/9/"), so a subtree is
-- one prefix scan.
CREATE TABLE areas (
  id         INTEGER PRIMARY KEY,
  parent_id  INTEGER REFERENCES areas (id),
  kind       TEXT NOT NULL CHECK (kind IN ('city', 'district', 'subdistrict', 'community', 'grid',
                                           'estate', 'building', 'entrance', 'household')),
  name       TEXT NOT NULL,
  code       TEXT,                 -- administrative division code, where there is one
  path       TEXT NOT NULL UNIQUE,
  depth      INTEGER NOT NULL,
  geometry   TEXT,                 -- GeoJSON Polygon or MultiPolygon (lng, lat)
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX areas_parent ON areas (parent_id, name);
CREATE INDEX areas_kind ON areas (kind, path);
CREATE UNIQUE INDEX areas_sibling_name ON areas (COALESCE(parent_id, 0), name);
