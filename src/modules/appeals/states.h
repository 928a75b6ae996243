// Appeals' state and category now, for other modules (the appeals module's read interface).
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>

#include "store/database.h"

namespace linli::appeals {

struct StateNow {
  std::string state;
  std::string category;
};

// The state and category of each of the appeals `ids` that exists.
std::map<int64_t, StateNow> StatesOf(store::Connection& c, std::span<const int64_t> ids);

}  // namespace linli::appeals
