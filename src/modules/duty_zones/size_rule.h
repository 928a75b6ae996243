// How many members serve a duty zone: from min_members to max_members (config, 2 to 3 by
// default). A pure rule, tested without a database.
#pragma once

#include <cstddef>

#include "core/result.h"
#include "modules/duty_zones/settings.h"

namespace linli::duty_zones {

// Ok when `count` lies in [rules.min_members, rules.max_members]; otherwise a 422 naming
// /member_ids.
Status CheckMemberCount(size_t count, const DutyZoneRules& rules);

}  // namespace linli::duty_zones
