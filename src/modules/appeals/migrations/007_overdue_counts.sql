-- "Overdue now" as a counter (kpi.h Metric::kOverdueOpen): per area and day (and month) of
-- receipt, the appeals of that cohort still open with a deadline missed. The KPI sums an area's
-- month rows instead of counting its open overdue appeals, so its cost no longer grows with them.
-- The scheduler and the steps keep the column in their transactions from now on; `linli verify`
-- recomputes it with the other counters.
ALTER TABLE appeal_kpi_days ADD COLUMN overdue_open INTEGER NOT NULL DEFAULT 0;
ALTER TABLE appeal_kpi_months ADD COLUMN overdue_open INTEGER NOT NULL DEFAULT 0;

-- The appeals open and overdue now (kpi.h kOverdueCondition word for word), each counted at
-- every area on its path ("/1/10/132/" holds 1, 10 and 132) on the day it was received, China
-- Standard Time (kpi_counts.cc kDayOfCreated).
INSERT INTO appeal_kpi_days (area_id, day, overdue_open)
WITH RECURSIVE
  open_overdue (path, day, n) AS (
    SELECT a.area_path, strftime('%Y-%m-%d', (a.created_at + 28800000) / 1000, 'unixepoch'),
           count(*)
    FROM appeals a
    WHERE a.overdue_at IS NOT NULL AND a.state IN
      ('received', 'accepted', 'dispatched', 'taken', 'on_site', 'escalated')
    GROUP BY 1, 2
  ),
  seg (rest, id, day, n) AS (
    SELECT substr(path, 2), NULL, day, n FROM open_overdue
    UNION ALL
    SELECT substr(rest, instr(rest, '/') + 1),
           CAST(substr(rest, 1, instr(rest, '/') - 1) AS INTEGER), day, n
    FROM seg WHERE instr(rest, '/') > 0
  )
SELECT id, day, sum(n) FROM seg WHERE id IS NOT NULL GROUP BY id, day
ON CONFLICT (area_id, day) DO UPDATE SET overdue_open = excluded.overdue_open;

-- The month rows from the day rows.
INSERT INTO appeal_kpi_months (area_id, month, overdue_open)
SELECT area_id, substr(day, 1, 7), sum(overdue_open) FROM appeal_kpi_days
WHERE overdue_open > 0 GROUP BY area_id, substr(day, 1, 7)
ON CONFLICT (area_id, month) DO UPDATE SET overdue_open = excluded.overdue_open;
