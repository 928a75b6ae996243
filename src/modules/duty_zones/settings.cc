#include "modules/duty_zones/settings.h"

namespace linli::duty_zones {

settings::Section<DutyZoneRules> DutyZoneRulesSection() {
  using R = DutyZoneRules;
  using settings::Number;
  return {"duty_zone_rules",
          "How many party members serve one duty zone.",
          {Number("min_members", &R::min_members, "fewest members serving a zone", 1),
           Number("max_members", &R::max_members, "most members serving a zone", 1)},
          [](DutyZoneRules& r, const std::string& where, settings::Errors& errors) {
            if (r.max_members < r.min_members)
              errors.push_back(where + ".max_members must be at least min_members");
          }};
}

}  // namespace linli::duty_zones
