// The roles granted to people, as the people module shows them (people::RoleSource): the
// accounts module owns the grants and provides this when its manifest is made.
#pragma once

#include <memory>

#include "modules/people/role_source.h"

namespace linli::accounts {

std::shared_ptr<const people::RoleSource> PersonRoles();

}  // namespace linli::accounts
