// The duty_zones module's demo rows: party member duty zones (党员责任区, seed 003) in
// 灵峰社区, two in each grid, named after the grid's estate, served by 3 and 2 members of the
// grid's branch.
#pragma once

#include "demo/world.h"

namespace linli::duty_zones {

void DemoRows(demo::World& w);

}  // namespace linli::duty_zones
