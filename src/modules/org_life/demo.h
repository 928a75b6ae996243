// The org-life module's demo rows: a quarter of 三会一课 for 灵峰社区's first branch, April to
// June 2025 (the quarter before the demo's reference day, 1 July 2025; fixed, so the demo is
// the same on every load): the quarter's general meeting, a party lecture, a theme day each
// month, and each of its groups' monthly group meetings, with attendance (one member absent or
// excused at some of them, so the coverage shows a gap to follow).
#pragma once

#include "demo/world.h"

namespace linli::org_life {

void DemoRows(demo::World& w);

}  // namespace linli::org_life
