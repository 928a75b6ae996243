#include "modules/duty_zones/permissions.h"

#include <gtest/gtest.h>

#include "auth/actor_for_test.h"

namespace linli::duty_zones {
namespace {

using auth::Role;

// A zone on grid /10/20/30/ of community /10/20/.
TEST(DutyZonePermissions, DecidesOnTheGrid) {
  const std::string grid = "/10/20/30/";
  struct Case {
    auth::Actor actor;
    bool read;
    bool write;
  } cases[] = {
      {auth::ActorWith(Role::kSystemAdmin, ""), true, true},
      {auth::ActorWith(Role::kSubdistrictAdmin, "/10/"), true, true},
      {auth::ActorWith(Role::kDistrictAdmin, "/10/"), true, false},
      {auth::ActorWith(Role::kStaff, "/10/20/"), true, true},
      {auth::ActorWith(Role::kStaff, "/10/21/"), false, false},
      {auth::ActorWith(Role::kGridWorker, "/10/20/30/"), true, false},
      {auth::ActorWith(Role::kGridWorker, "/10/20/31/"), false, false},
      {auth::ActorWith(Role::kMember, "/10/20/"), true, false},
      {auth::ActorWith(Role::kResident, "/10/20/30/"), false, false},
      {auth::ActorWith(Role::kVolunteer, "/10/"), false, false},
  };
  for (size_t i = 0; i < std::size(cases); ++i) {
    EXPECT_EQ(Allowed(cases[i].actor, Action::kRead, grid), cases[i].read) << "case " << i;
    EXPECT_EQ(Allowed(cases[i].actor, Action::kWrite, grid), cases[i].write) << "case " << i;
  }
}

}  // namespace
}  // namespace linli::duty_zones
