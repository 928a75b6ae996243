// The orgs module.
#pragma once

#include "modules/module.h"

namespace linli::orgs {

Manifest Module(Services& services);

}  // namespace linli::orgs
