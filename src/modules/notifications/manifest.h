// The notifications module: the in-app inbox (assigned to you; overdue in your scope, for the
// supervising roles) and the outbound webhook, both fed from the record by one consumer with a
// durable cursor, so an acknowledged write's notification survives a crash or restart.
#pragma once

#include "modules/module.h"

namespace linli::notifications {

Manifest Module(Services& services);

}  // namespace linli::notifications
