-- Photos of appeals: taken by the resident or the worker at intake, and by the assignee as
-- evidence of what was done when resolving. The bytes live on disk under DATA/photos, named by
-- their BLAKE2b-256 hash (one file for equal bytes); a row is one upload. An upload not yet
-- attached (appeal_id NULL) is seen only by its uploader and is removed after
-- appeals.orphan_photo_hours: its file is deleted and the row marked purged (kept, so that an id
-- is never reused for other bytes).
CREATE TABLE appeal_photos (
  id            INTEGER PRIMARY KEY,
  hash          TEXT NOT NULL,                     -- hex BLAKE2b-256 of the bytes: the file name
  content_type  TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
  bytes         INTEGER NOT NULL,
  uploaded_by   INTEGER NOT NULL,                  -- account
  appeal_id     INTEGER REFERENCES appeals (id),
  step          TEXT CHECK (step IN ('raise', 'resolve')),
  step_id       INTEGER REFERENCES appeal_steps (id),
  created_at    INTEGER NOT NULL,
  attached_at   INTEGER,
  purged_at     INTEGER                            -- an orphan removed: no file any more
);
CREATE INDEX appeal_photos_appeal ON appeal_photos (appeal_id, id);
CREATE INDEX appeal_photos_hash ON appeal_photos (hash);
CREATE INDEX appeal_photos_orphans ON appeal_photos (created_at) WHERE appeal_id IS NULL AND purged_at IS NULL;
