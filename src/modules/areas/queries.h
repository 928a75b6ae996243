// Read side of the areas module; every query is filtered by the actor's scope.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/areas/area.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::areas {

struct AreaFilter {
  std::optional<int64_t> parent_id;
  std::optional<std::string> kind;
  std::optional<std::string> q;  // part of the name
};

struct AreaPage {
  std::vector<Area> items;
  int64_t total = 0;
};

AreaPage ListAreas(store::Connection& c, const auth::Actor& actor, const AreaFilter& f,
                   const store::Page& page);
// One area the actor may see, with the areas above it.
Result<std::pair<Area, std::vector<Area>>> GetArea(store::Connection& c, const auth::Actor& actor,
                                                   int64_t id);
// The area and everything below it down to `max_depth` levels that the actor's scope covers,
// in path order; at most `limit` rows (truncated is then true).
struct Subtree {
  std::vector<Area> items;
  bool truncated = false;
};
Result<Subtree> GetSubtree(store::Connection& c, const auth::Actor& actor, int64_t id,
                           int64_t max_depth, int64_t limit);

}  // namespace linli::areas
