// The appeals module.
#pragma once

#include "modules/module.h"

namespace linli::appeals {

Manifest Module(Services& services);

}  // namespace linli::appeals
