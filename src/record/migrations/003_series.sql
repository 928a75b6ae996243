-- Counters of the numbers people read (receipt and letter numbers, record/series.h): the last
-- number issued in each series, taken in the transaction that issues the next one. A module
-- whose numbers were issued before this table existed backfills its series in its own
-- migration, so that numbering goes on after the highest number already issued.
CREATE TABLE record_series (
  series TEXT PRIMARY KEY,
  issued INTEGER NOT NULL
);
