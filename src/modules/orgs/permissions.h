// Who may do what with party organisations. A role held on an area covers the organisations
// sitting in that area and below it; a role held on an organisation covers it and those below.
//   read:  any role covering the organisation's area or the organisation itself (a member role
//          held on the organisation included)
//   write (create, update, move, members): system/district/subdistrict admin and staff covering
//          the area the organisation sits in; a role held on an organisation does not give write
// A caller who cannot read a subject is answered 404, not 403.
#pragma once

#include <span>
#include <string>

#include "auth/actor.h"
#include "modules/orgs/org.h"

namespace linli::orgs {

enum class Action { kRead, kWrite };

bool Allowed(const auth::Actor& actor, Action action, const Org& subject);
// Allowed(kWrite) for an organisation sitting in the area with this path.
bool MayWriteIn(const auth::Actor& actor, const std::string& area_path);
// Roles that may read organisations (every role).
std::span<const auth::Role> ReadRoles();

}  // namespace linli::orgs
