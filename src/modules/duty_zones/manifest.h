// The duty_zones module.
#pragma once

#include "modules/module.h"

namespace linli::duty_zones {

Manifest Module(Services& services);

}  // namespace linli::duty_zones
