// Who may do what with disclosures, decided on the area an item is published in.
//   read (published items): anyone holding a role in the area or below it — a resident of a
//          household reads what its community, subdistrict and district publish — and anyone
//          holding a role covering the area (staff above it)
//   write (publish, withdraw; read withdrawn items): staff, subdistrict, district and system
//          admin covering the area
#pragma once

#include <span>
#include <string>

#include "auth/actor.h"

namespace linli::disclosures {

enum class Action { kRead, kWrite };

bool Allowed(const auth::Actor& actor, Action action, const std::string& area_path);
std::span<const auth::Role> ReadRoles();  // every role
std::span<const auth::Role> WriteRoles();

}  // namespace linli::disclosures
