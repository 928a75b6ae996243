// The org_life module: the plan of 三会一课 and the other kinds of org life per organisation,
// recorded meetings with attendance, coverage (组织生活全覆盖) measured from them, and the yearly
// member appraisal (民主评议党员). Builds on the orgs module's tree and members.
#pragma once

#include "modules/module.h"

namespace linli::org_life {

Manifest Module(Services& services);

}  // namespace linli::org_life
