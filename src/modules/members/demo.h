// The members module's demo rows (issue 5): profiles (application and full-membership dates,
// education, a mobile member) for the members of 灵峰社区's first branch, their dues bases and
// payments of the reference year with arrears after a few months, and two transfers to
// 丹东路社区 (one accepted with a transfer letter, one certificate letter still issued).
#pragma once

#include "demo/world.h"

namespace linli::members {

void DemoRows(demo::World& w);

}  // namespace linli::members
