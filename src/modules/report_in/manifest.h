// The report_in module.
#pragma once

#include "modules/module.h"

namespace linli::report_in {

Manifest Module(Services& services);

}  // namespace linli::report_in
