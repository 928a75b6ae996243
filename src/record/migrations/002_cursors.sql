-- Durable cursors of the record's consumers (record/cursor.h): the last event each has
-- processed, advanced in the same transaction as the consumer's own writes, so that after a
-- restart it resumes exactly where it stopped: nothing is lost and nothing is done twice.
CREATE TABLE record_cursors (
  name TEXT PRIMARY KEY,
  seq  INTEGER NOT NULL
);
