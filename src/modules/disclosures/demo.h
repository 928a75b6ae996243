// The disclosures module's demo rows: items made public (社区事项公开, seed 000): a
// government-affairs notice of 八步街道, a notice and a month's record of community affairs of
// 灵峰社区, each published by the account that would publish it (subdistrict.babu,
// staff.lingfeng), so residents of 灵峰 see them on their phone. REQUIRES: the accounts
// module's demo rows are written (the items name their publishing accounts).
#pragma once

#include "demo/world.h"

namespace linli::disclosures {

void DemoRows(demo::World& w);

}  // namespace linli::disclosures
