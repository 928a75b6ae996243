// The orgs module: the party organisation tree and its members (DOMAIN.md part 1) under
// /api/v1/orgs, with the formation checks computed from the member rows.
#pragma once

#include "modules/module.h"

namespace linli::orgs {

Manifest Module(Services& services);

}  // namespace linli::orgs
