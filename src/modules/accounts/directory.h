// Who holds which role where, for other modules (the accounts module's read interface).
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "store/database.h"

namespace linli::accounts {

// The enabled accounts of the supervisors (subdistrict, district and system admins) granted on
// any of the areas `area_ids`, each once, in no particular order.
std::vector<int64_t> SupervisorAccountsOn(store::Connection& c, std::span<const int64_t> area_ids);

}  // namespace linli::accounts
