-- The appeal KPI counters as one row per area and day, and one per area and month, with a
-- column per metric of kpi.h (modules/appeals/kpi_counts.h). A step of an appeal updates two
-- rows per area on its path; a year of a district sums 12 month rows instead of 4,000 day and
-- metric rows. Carried over from appeal_kpi_counts, which they replace.
CREATE TABLE appeal_kpi_days (
  area_id                 INTEGER NOT NULL,
  day                     TEXT NOT NULL,   -- 'YYYY-MM-DD', China Standard Time
  received                INTEGER NOT NULL DEFAULT 0,
  responded_in_time       INTEGER NOT NULL DEFAULT 0,
  on_site_clocked         INTEGER NOT NULL DEFAULT 0,
  on_site_in_time         INTEGER NOT NULL DEFAULT 0,
  resolution_base         INTEGER NOT NULL DEFAULT 0,
  resolved                INTEGER NOT NULL DEFAULT 0,
  rated                   INTEGER NOT NULL DEFAULT 0,
  satisfied               INTEGER NOT NULL DEFAULT 0,
  basically_satisfied     INTEGER NOT NULL DEFAULT 0,
  not_satisfied           INTEGER NOT NULL DEFAULT 0,
  satisfied_or_basically  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (area_id, day)
) WITHOUT ROWID;

CREATE TABLE appeal_kpi_months (
  area_id                 INTEGER NOT NULL,
  month                   TEXT NOT NULL,   -- 'YYYY-MM', China Standard Time
  received                INTEGER NOT NULL DEFAULT 0,
  responded_in_time       INTEGER NOT NULL DEFAULT 0,
  on_site_clocked         INTEGER NOT NULL DEFAULT 0,
  on_site_in_time         INTEGER NOT NULL DEFAULT 0,
  resolution_base         INTEGER NOT NULL DEFAULT 0,
  resolved                INTEGER NOT NULL DEFAULT 0,
  rated                   INTEGER NOT NULL DEFAULT 0,
  satisfied               INTEGER NOT NULL DEFAULT 0,
  basically_satisfied     INTEGER NOT NULL DEFAULT 0,
  not_satisfied           INTEGER NOT NULL DEFAULT 0,
  satisfied_or_basically  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (area_id, month)
) WITHOUT ROWID;

INSERT INTO appeal_kpi_days
SELECT area_id, day,
  sum(CASE metric WHEN 'received' THEN n ELSE 0 END),
  sum(CASE metric WHEN 'responded_in_time' THEN n ELSE 0 END),
  sum(CASE metric WHEN 'on_site_clocked' THEN n ELSE 0 END),
  sum(CASE metric WHEN 'on_site_in_time' THEN n ELSE 0 END),
  sum(CASE metric WHEN 'resolution_base' THEN n ELSE 0 END),
  sum(CASE metric WHEN 'resolved' THEN n ELSE 0 END),
  sum(CASE metric WHEN 'rated' THEN n ELSE 0 END),
  sum(CASE metric WHEN 'satisfied' THEN n ELSE 0 END),
  sum(CASE metric WHEN 'basically_satisfied' THEN n ELSE 0 END),
  sum(CASE metric WHEN 'not_satisfied' THEN n ELSE 0 END),
  sum(CASE metric WHEN 'satisfied_or_basically' THEN n ELSE 0 END)
FROM appeal_kpi_counts GROUP BY area_id, day;

INSERT INTO appeal_kpi_months
SELECT area_id, substr(day, 1, 7), sum(received), sum(responded_in_time), sum(on_site_clocked),
  sum(on_site_in_time), sum(resolution_base), sum(resolved), sum(rated), sum(satisfied),
  sum(basically_satisfied), sum(not_satisfied), sum(satisfied_or_basically)
FROM appeal_kpi_days GROUP BY area_id, substr(day, 1, 7);

DROP TABLE appeal_kpi_counts;

-- Overdue now (kpi::OverdueNow, the list's ?overdue=true): the open appeals with a deadline
-- missed, by place; the condition is kpi.h's kOverdueCondition word for word, so the planner
-- uses this index for it.
CREATE INDEX appeals_overdue_open ON appeals (area_path) WHERE overdue_at IS NOT NULL
  AND state IN ('received', 'accepted', 'dispatched', 'taken', 'on_site', 'escalated');
