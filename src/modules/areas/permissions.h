// Who may do what with areas. A role held on an area covers that area and all below it.
//   read:   any role covering the area, or an area above one the actor's roles cover
//   create: system/district/subdistrict admin, staff, grid worker, under a parent they cover
//   update, move: system/district/subdistrict admin, staff, on an area they cover (a move
//           also needs the new parent covered)
#pragma once

#include "auth/actor.h"
#include "modules/areas/area.h"

namespace linli::areas {

enum class Action { kRead, kCreate, kUpdate, kMove };

bool Allowed(const auth::Actor& actor, Action action, const Area& subject);
// Roles that may read areas (every role).
std::span<const auth::Role> ReadRoles();

}  // namespace linli::areas
