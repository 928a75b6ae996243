#include "modules/duty_zones/size_rule.h"

#include <fmt/format.h>

namespace linli::duty_zones {

Status CheckMemberCount(size_t count, const DutyZoneRules& rules) {
  const auto n = static_cast<int64_t>(count);
  if (n >= rules.min_members && n <= rules.max_members) return Status::Ok();
  return Error::Rule("/member_ids",
                     fmt::format("a duty zone is served by {} to {} party members; {} given",
                                 rules.min_members, rules.max_members, count));
}

}  // namespace linli::duty_zones
