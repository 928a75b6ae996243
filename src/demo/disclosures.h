// Items made public (社区事项公开, seed 000) for the demo: a government-affairs notice of 八步街道,
// a notice and a month's record of community affairs of 灵峰社区, each published by the
// account that would publish it (subdistrict.babu, staff.lingfeng), so residents of 灵峰 see
// them on their phone.
#pragma once

#include "demo/builder.h"
#include "demo/sites.h"

namespace linli::demo {

// REQUIRES: CreateLogins has run (the items name their publishing accounts).
void BuildDisclosures(Builder& b, const Hezhou& h);

}  // namespace linli::demo
