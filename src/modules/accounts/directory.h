// Who holds which role where, for other modules (the accounts module's read interface).
#pragma once

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace linli::accounts {

// The enabled accounts of the supervisors (subdistrict, district and system admins) granted on
// any of the areas `area_ids`, each once, in no particular order.
std::vector<int64_t> SupervisorAccountsOn(store::Connection& c, std::span<const int64_t> area_ids);

// True when the person holds a worker's role (grid worker, staff, subdistrict admin) on an area
// that covers the place `area_path`, or on one within the community `community_path`.
bool WorksAt(store::Connection& c, int64_t person_id, std::string_view area_path,
             std::string_view community_path);

// The people granted the grid worker's role on grid `grid_id`, by id.
std::vector<int64_t> GridWorkersOf(store::Connection& c, int64_t grid_id);

}  // namespace linli::accounts
