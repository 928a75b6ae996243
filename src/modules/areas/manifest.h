// The areas module: the area tree (DOMAIN.md part 1) under /api/v1/areas.
#pragma once

#include "modules/module.h"

namespace linli::areas {

Manifest Module(Services& services);

}  // namespace linli::areas
