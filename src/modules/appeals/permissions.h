// Who may do what with appeals. Roles cover the area they are held on and all below it.
//   read:    staff, grid worker, subdistrict/district/system admin covering the place; the
//            resident; its assignee (the person; for a unit, a unit rep of the unit's party
//            organisation; for a provider, one of the people listed for it)
//   register units and providers appeals may be dispatched to (partners.h): staff,
//            subdistrict admin, system admin covering the community
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
// The actor acts for the appeal's assignee (see the read rule above).
bool IsAssignee(const auth::Actor& actor, const Appeal& a);
bool MayManagePartners(const auth::Actor& actor, const std::string& community_path);

}  // namespace linli::appeals
