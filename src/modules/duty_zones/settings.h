// The duty_zones module's settings, config.json section "duty_zone_rules": how many party
// members serve one duty zone (党员责任区, seed 003).
#pragma once

#include "core/settings.h"

namespace linli::duty_zones {

struct DutyZoneRules {
  int min_members = 2;
  int max_members = 3;
};

settings::Section<DutyZoneRules> DutyZoneRulesSection();

}  // namespace linli::duty_zones
