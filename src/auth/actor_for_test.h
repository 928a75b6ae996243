// For tests of permissions: an actor holding one role at one place.
#pragma once

#include <string>
#include <utility>

#include "auth/actor.h"

namespace linli::auth {

// An actor (account 1) holding `role` on the area with `area_path` and/or the party
// organisation with `org_path`; both empty means everywhere.
inline Actor ActorWith(Role role, std::string area_path, std::string org_path = "") {
  Actor a;
  a.account_id = 1;
  a.grants.push_back({role, std::nullopt, std::move(area_path), std::nullopt, std::move(org_path)});
  return a;
}

}  // namespace linli::auth
