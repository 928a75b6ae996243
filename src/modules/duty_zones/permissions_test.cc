#include "modules/duty_zones/permissions.h"

#include <gtest/gtest.h>

namespace linli::duty_zones {
namespace {

using auth::Role;

auth::Actor With(Role role, std::string area_path) {
  auth::Actor a;
  a.account_id = 1;
  a.grants.push_back({role, std::nullopt, std::move(area_path), std::nullopt, ""});
  return a;
}

// A zone on grid /10/20/30/ of community /10/20/.
TEST(DutyZonePermissions, DecidesOnTheGrid) {
  const std::string grid = "/10/20/30/";
  struct Case {
    auth::Actor actor;
    bool read;
    bool write;
  } cases[] = {
      {With(Role::kSystemAdmin, ""), true, true},
      {With(Role::kSubdistrictAdmin, "/10/"), true, true},
      {With(Role::kDistrictAdmin, "/10/"), true, false},
      {With(Role::kStaff, "/10/20/"), true, true},
      {With(Role::kStaff, "/10/21/"), false, false},
      {With(Role::kGridWorker, "/10/20/30/"), true, false},
      {With(Role::kGridWorker, "/10/20/31/"), false, false},
      {With(Role::kMember, "/10/20/"), true, false},
      {With(Role::kResident, "/10/20/30/"), false, false},
      {With(Role::kVolunteer, "/10/"), false, false},
  };
  for (size_t i = 0; i < std::size(cases); ++i) {
    EXPECT_EQ(Allowed(cases[i].actor, Action::kRead, grid), cases[i].read) << "case " << i;
    EXPECT_EQ(Allowed(cases[i].actor, Action::kWrite, grid), cases[i].write) << "case " << i;
  }
}

}  // namespace
}  // namespace linli::duty_zones
