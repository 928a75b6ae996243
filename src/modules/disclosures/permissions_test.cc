#include "modules/disclosures/permissions.h"

#include <gtest/gtest.h>

#include "auth/actor_for_test.h"

namespace linli::disclosures {
namespace {

using auth::Role;

// An item published in community /10/20/ of subdistrict /10/.
TEST(DisclosurePermissions, ReadersLiveBelowOrWorkAbove) {
  const std::string community = "/10/20/";
  struct Case {
    auth::Actor actor;
    bool read;
    bool write;
  } cases[] = {
      {auth::ActorWith(Role::kSystemAdmin, ""), true, true},
      {auth::ActorWith(Role::kDistrictAdmin, "/"), true, true},
      {auth::ActorWith(Role::kSubdistrictAdmin, "/10/"), true, true},
      {auth::ActorWith(Role::kStaff, "/10/20/"), true, true},
      {auth::ActorWith(Role::kStaff, "/10/21/"), false, false},
      {auth::ActorWith(Role::kStaff, "/10/20/30/"), true, false},  // a grid's staff read it
      {auth::ActorWith(Role::kResident, "/10/20/30/40/"), true, false},
      {auth::ActorWith(Role::kResident, "/10/21/31/41/"), false, false},
      {auth::ActorWith(Role::kGridWorker, "/10/20/30/"), true, false},
      {auth::ActorWith(Role::kMember, "/10/20/"), true, false},
      {auth::ActorWith(Role::kVolunteer, "/11/"), false, false},
  };
  for (size_t i = 0; i < std::size(cases); ++i) {
    EXPECT_EQ(Allowed(cases[i].actor, Action::kRead, community), cases[i].read) << "case " << i;
    EXPECT_EQ(Allowed(cases[i].actor, Action::kWrite, community), cases[i].write) << "case " << i;
  }
}

// An item of subdistrict /10/ reaches the residents of every community in it.
TEST(DisclosurePermissions, AnItemAboveReachesEveryHouseholdBelow) {
  EXPECT_TRUE(Allowed(auth::ActorWith(Role::kResident, "/10/21/31/41/"), Action::kRead, "/10/"));
  EXPECT_FALSE(Allowed(auth::ActorWith(Role::kResident, "/11/21/31/41/"), Action::kRead, "/10/"));
}

}  // namespace
}  // namespace linli::disclosures
