// The stored KPI counters (appeal_kpi_days, appeal_kpi_months): for every area on an appeal's
// path (its own place and each level above it: building, grid, community, subdistrict,
// district, city ...) and the day it was received (China Standard Time), a row with a column per
// metric of kpi.h counting the appeals of that cohort in the set now; the same again per month.
// A command keeps them in step inside its own transaction: it takes the appeal's Snapshot
// before its writes and calls Update after them, which adds the difference to the day row and
// the month row of each area. A district's figures are a sum of its month rows for the whole
// months of the period and of its day rows for the days at either end, never a scan of appeals;
// its "overdue now" is the overdue_open column of all its month rows. A write outside a step that
// changes an appeal's state or overdue_at (the scheduler raising a missed deadline) takes the
// Snapshot and calls Update too.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "modules/appeals/kpi.h"
#include "store/database.h"

namespace linli::appeals::kpi {

// Which sets of kpi.h the appeal is in now (each 0 or 1); all 0 for an appeal not yet written.
Counts Snapshot(store::Connection& c, int64_t appeal_id);
// Adds Snapshot(now) - `before` to the counters of every area on the appeal's path, on the day
// it was received. REQUIRES: inside the write transaction that changed the appeal.
void Update(store::Connection& c, int64_t appeal_id, const Counts& before);

// The counters of the area's cohort received on days [from, to) (ms; nullopt: unbounded).
// REQUIRES: `from_ms` and `to_ms` are starts of local days (LocalDayStartMs).
Counts Sum(store::Connection& c, int64_t area_id, std::optional<int64_t> from_ms,
           std::optional<int64_t> to_ms);
// Appeals placed in the area or below it still open with a deadline missed, whenever received
// (the list's ?overdue=true): the sum of the area's overdue_open counters over every month.
int64_t OverdueNow(store::Connection& c, int64_t area_id);

// A counter whose stored value differs from the one recomputed from the appeals and their
// timelines (both written with the events of each step).
struct Difference {
  int64_t area_id = 0;
  std::string kind;    // "day" or "month"
  std::string period;  // "YYYY-MM-DD" or "YYYY-MM"
  std::string metric;
  int64_t stored = 0;
  int64_t recomputed = 0;
};
// Recomputes every counter, area by area (memory bounded by one area's rows), and returns
// those that differ (a missing row counts as 0).
std::vector<Difference> Recheck(store::Connection& c);

}  // namespace linli::appeals::kpi
