// The stored KPI counters (appeal_kpi_counts): for every area on an appeal's path (its own place
// and each level above it: building, grid, community, subdistrict, district, city ...), the day
// it was received (China Standard Time) and each metric of kpi.h, how many appeals of that
// cohort are in the set now. A command keeps them in step inside its own transaction: it takes
// the appeal's Snapshot before its writes and calls Update after them, which adds the
// difference. A district's figures are then a sum over its day rows, never a scan of appeals.
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
Counts Sum(store::Connection& c, int64_t area_id, std::optional<int64_t> from_ms,
           std::optional<int64_t> to_ms);
// Appeals placed at or below `area_path` still open with a deadline missed (index range on
// state and path; only open appeals are read).
int64_t OverdueNow(store::Connection& c, const std::string& area_path);

// A counter whose stored value differs from the one recomputed from the appeals and their
// timelines (both written with the events of each step).
struct Difference {
  int64_t area_id = 0;
  std::string day;
  std::string metric;
  int64_t stored = 0;
  int64_t recomputed = 0;
};
// Recomputes every counter and returns those that differ (a missing row counts as 0).
std::vector<Difference> Recheck(store::Connection& c);

}  // namespace linli::appeals::kpi
