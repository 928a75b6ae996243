// POST and GET /api/v1/appeal-partners: the units and providers appeals may be dispatched to
// (partners.h).
#pragma once

#include "http/router.h"
#include "modules/appeals/settings.h"
#include "store/database.h"

namespace linli::appeals {

void AddPartnerRoutes(http::Router& r, store::Database& db, const AppealsConfig& config);

}  // namespace linli::appeals
