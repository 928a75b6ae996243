// Read side of the duty_zones module; every query is filtered by the actor's scope on the grid.
#pragma once

#include <optional>
#include <vector>

#include "auth/actor.h"
#include "core/result.h"
#include "modules/duty_zones/zone.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::duty_zones {

// A zone the actor may read; a 404 otherwise, so that zones outside one's scope are not
// revealed to exist.
Result<Zone> VisibleZone(store::Connection& c, const auth::Actor& actor, int64_t id);

struct ZoneFilter {
  std::optional<int64_t> grid_id;
  std::optional<int64_t> area_id;  // zones on grids in this area or below it
};

struct ZonePage {
  std::vector<ZoneView> items;
  int64_t total = 0;
};

// A filter naming an unknown area is a 400 naming ?area_id.
Result<ZonePage> ListZones(store::Connection& c, const auth::Actor& actor, const ZoneFilter& f,
                           const store::Page& page);
Result<ZoneView> GetZone(store::Connection& c, const auth::Actor& actor, int64_t id);

}  // namespace linli::duty_zones
