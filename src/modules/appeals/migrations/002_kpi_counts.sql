-- The appeal KPI counters (modules/appeals/kpi_counts.h): for each area on an appeal's path, the
-- CST day it was received ('YYYY-MM-DD') and a metric of kpi.h, how many appeals are in the set
-- now. Kept in the transaction of each step; `linli verify` recomputes them.
CREATE TABLE appeal_kpi_counts (
  area_id  INTEGER NOT NULL,
  day      TEXT NOT NULL,
  metric   TEXT NOT NULL,
  n        INTEGER NOT NULL,
  PRIMARY KEY (area_id, day, metric)
) WITHOUT ROWID;
