// The org_life module.
#pragma once

#include "modules/module.h"

namespace linli::org_life {

Manifest Module(Services& services);

}  // namespace linli::org_life
