// Use cases of duty zones. Each checks permission on the grid, validates its rules, writes in
// one transaction with its event, and returns the zone as it now is.
#pragma once

#include "auth/actor.h"
#include "core/result.h"
#include "modules/duty_zones/forms.h"
#include "modules/duty_zones/settings.h"
#include "modules/duty_zones/zone.h"
#include "store/database.h"

namespace linli::duty_zones {

// Rules: the grid is an area the caller may see (404 naming /grid_id), of kind grid (422
// /grid_id), that the caller may write in (403);
// the number of members lies within the configured bounds (422 /member_ids); each member is a
// person the caller can see (directly or through their party organisation) with a party
// membership (422 /member_ids/N); the name is free within the grid (409 /name).
Result<ZoneView> CreateZone(store::Connection& c, const auth::Actor& actor,
                            const DutyZoneRules& rules, const CreateZoneForm& f);
// The same rules for whatever the form changes; member_ids replaces the whole list.
Result<ZoneView> UpdateZone(store::Connection& c, const auth::Actor& actor,
                            const DutyZoneRules& rules, int64_t id, const UpdateZoneForm& f);
Status DeleteZone(store::Connection& c, const auth::Actor& actor, int64_t id);

}  // namespace linli::duty_zones
