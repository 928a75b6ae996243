// The accounts module's demo rows: the nine demo logins, all with the password kDemoPassword,
// each a person with a name:
//   sysadmin            system_admin (everywhere)
//   district.babu       district_admin on 八步区
//   subdistrict.babu    subdistrict_admin on 八步街道
//   staff.lingfeng      staff on 灵峰社区
//   grid.lingfeng       grid_worker on 灵峰社区's first grid
//   member.lingfeng     member on a 灵峰 branch; a resident of 灵峰 (resident on the household)
//   resident.lingfeng   resident on their household in 灵峰
//   staff.dandonglu     staff on 丹东路社区
//   resident.dandonglu  resident on their household in 丹东路
// Only these accounts (and the logins other modules add with DemoLogin) have passwords, so the
// seed hashes with argon2id once for each.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

#include "auth/actor.h"
#include "demo/world.h"

namespace linli::accounts {

// REQUIRES: lingfeng.members is not empty and both communities have an adult resident who is
// not a member.
void DemoRows(demo::World& w);

// A demo login `login` (password kDemoPassword) for `person`, holding `role` on the area or the
// organisation given: for the demo rows of modules whose logins need their own records first
// (a work unit's representative needs the unit's organisation).
void DemoLogin(demo::Builder& b, int64_t person, std::string_view login, auth::Role role,
               std::optional<int64_t> area, std::optional<int64_t> org = std::nullopt);

}  // namespace linli::accounts
