// Who may do what with duty zones, decided on the grid the zone covers.
//   read:  staff, subdistrict/district/system admin, grid worker and member covering the grid
//          (a member role held on a party organisation covers the area it sits in: pass the
//          actor through orgs::WithOrgAreas first)
//   write (create, update, delete): staff, subdistrict admin, system admin covering the grid
#pragma once

#include <span>
#include <string>

#include "auth/actor.h"

namespace linli::duty_zones {

enum class Action { kRead, kWrite };

bool Allowed(const auth::Actor& actor, Action action, const std::string& grid_path);
std::span<const auth::Role> ReadRoles();

}  // namespace linli::duty_zones
