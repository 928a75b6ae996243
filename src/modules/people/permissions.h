// Who may do what with person records. Roles cover the area they are held on and all below.
//   read (masked):  staff, grid worker, subdistrict/district/system admin; anyone their own
//   create, update: staff, grid worker, subdistrict admin, system admin
//   reveal:         staff, grid worker, subdistrict admin, and the person themself; district
//                   and system admins see masks only (PIPL: the least that the role needs)
#pragma once

#include <span>

#include "auth/actor.h"
#include "modules/people/person.h"

namespace linli::people {

enum class Action { kRead, kWrite, kReveal };

bool Allowed(const auth::Actor& actor, Action action, const Person& p);
// Allowed(kWrite) for a person placed in the area with this path.
bool MayPlace(const auth::Actor& actor, const std::string& area_path);
std::span<const auth::Role> ReadRoles();

}  // namespace linli::people
