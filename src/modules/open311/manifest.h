// The open311 module: Open311 GeoReport v2 at /open311/v2/ (JSON only), over the appeals.
#pragma once

#include "modules/module.h"

namespace linli::open311 {

Manifest Module(Services& services);

}  // namespace linli::open311
