// Who may do what with appeals. Roles cover the area they are held on and all below it.
//   read:    staff, grid worker, subdistrict/district/system admin covering the place; the
//            resident; the person it is dispatched to
//   raise on a resident's behalf (any channel but online): staff, grid worker, subdistrict
//            admin, system admin covering the place
//   raise one's own (online): a resident, on a place in the community they live in
//   a step:  the party flow.h names for it (Party below)
#pragma once

#include <span>

#include "auth/actor.h"
#include "modules/appeals/appeal.h"
#include "modules/appeals/flow.h"

namespace linli::appeals {

// True when `actor` is `party` for `a`. kSystem is only the system actor.
bool Is(const auth::Actor& actor, Party party, const Appeal& a);
bool MayRead(const auth::Actor& actor, const Appeal& a);
// Raising on behalf of a resident, for a place with this path.
bool MayRaiseFor(const auth::Actor& actor, const std::string& area_path);
std::span<const auth::Role> ReadRoles();

}  // namespace linli::appeals
