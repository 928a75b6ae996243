// The report-in module's demo rows (DOMAIN.md part 2, seed 003): two work units stationed in
// 灵峰社区 with their party organisations, 贺州市劳动和社会保障局 (机关党委) and 贺州市市政局
// (机关党支部), each with three members living elsewhere; four of their in-service members living
// in 灵峰 reported in (three confirmed with
// receipts, one awaiting the community), the 劳动和社会保障局 reported in as a unit, and its
// representative's login `unit.lingfeng`; three open service posts of 灵峰社区 to claim.
// The demo login member.lingfeng is left unreported, so its first report-in can be tried.
#pragma once

#include "demo/world.h"

namespace linli::report_in {

// REQUIRES: 灵峰社区 has at least four adult residents who are not party members.
void DemoRows(demo::World& w);

}  // namespace linli::report_in
