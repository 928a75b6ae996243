// The members module (DOMAIN.md part 4; issue 5 items 1 and 5): the member profile beside the
// membership, the roster and the two cards (一表双卡) as views, printable pages and Excel
// exports, membership transfers with their letters, and dues (党费) with arrears. Builds on
// orgs (memberships), people, report_in (work units, report-ins, service hours) and org_life
// (meetings, attendance, appraisals).
#pragma once

#include "modules/module.h"

namespace linli::members {

Manifest Module(Services& services);

}  // namespace linli::members
