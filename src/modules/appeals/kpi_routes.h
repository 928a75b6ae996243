// GET /api/v1/kpis/appeals: the figures of kpi.h for an area and a period, each with the
// appeals list URLs that show exactly the appeals behind it.
#pragma once

#include "http/router.h"
#include "store/database.h"

namespace linli::appeals {

// Readers: staff, grid worker, subdistrict/district/system admin, for areas their roles cover
// (another area is a 404, as if it did not exist); anyone else is refused with a 403.
void AddKpiRoutes(http::Router& r, store::Database& db);

}  // namespace linli::appeals
