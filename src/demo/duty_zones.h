// Party member duty zones (党员责任区, seed 003) in 灵峰社区: two in each grid, named after the
// grid's estate, served by 3 and 2 members of the grid's branch.
#pragma once

#include "demo/builder.h"
#include "demo/party.h"
#include "demo/sites.h"

namespace linli::demo {

// REQUIRES: `lingfeng` was built for `h` (its members carry their grids).
void BuildLingfengDutyZones(Builder& b, const Hezhou& h, const LocalParty& lingfeng);

}  // namespace linli::demo
