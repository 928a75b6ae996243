// Who serves the duty zones of a place, for other modules (the duty_zones module's read
// interface): the dispatch rules and the assignee picker of the appeals module.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"

namespace linli::duty_zones {

// True when the person serves a duty zone on a grid at or below the area `path`.
bool ServesUnder(store::Connection& c, int64_t person_id, std::string_view path);

struct Serving {
  int64_t zone_id = 0;
  std::string zone_name;
  int64_t person_id = 0;
};
// The members serving the zones of grid `grid_id`, by zone name, then person.
std::vector<Serving> ServingOnGrid(store::Connection& c, int64_t grid_id);

}  // namespace linli::duty_zones
