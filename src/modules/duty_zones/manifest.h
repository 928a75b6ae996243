// The duty_zones module: party member duty zones (党员责任区, DOMAIN.md part 1) under
// /api/v1/duty-zones; each covers a grid and is served by a configured number of members.
#pragma once

#include "modules/module.h"

namespace linli::duty_zones {

Manifest Module(Services& services);

}  // namespace linli::duty_zones
