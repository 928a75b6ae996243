// The people module.
#pragma once

#include "modules/module.h"

namespace linli::people {

Manifest Module(Services& services);

}  // namespace linli::people
