#include "modules/org_life/permissions.h"

#include <gtest/gtest.h>

#include "auth/actor_for_test.h"

namespace linli::org_life {
namespace {

using auth::Role;

// A branch with path /1/2/ sitting in area /10/20/30/ (a grid of community /10/20/).
TEST(OrgLifePermissions, DecidesOnTheOrganisation) {
  orgs::Org branch;
  branch.id = 2;
  branch.path = "/1/2/";
  branch.area_path = "/10/20/30/";
  struct Case {
    auth::Actor actor;
    bool read;
    bool record;
  } cases[] = {
      {auth::ActorWith(Role::kSystemAdmin, ""), true, true},
      {auth::ActorWith(Role::kDistrictAdmin, "/10/"), true, false},  // oversees, does not record
      {auth::ActorWith(Role::kSubdistrictAdmin, "/10/"), true, true},
      {auth::ActorWith(Role::kStaff, "/10/20/"), true, true},
      {auth::ActorWith(Role::kStaff, "/10/21/"), false, false},  // another community
      {auth::ActorWith(Role::kStaff, "", "/1/2/"), true, true},  // staff role held on the branch
      {auth::ActorWith(Role::kStaff, "", "/1/"), true, true},    // ... or on the committee above
      {auth::ActorWith(Role::kStaff, "", "/1/3/"), false, false},
      {auth::ActorWith(Role::kMember, "", "/1/2/"), true,
       false},  // a member reads, does not record
      {auth::ActorWith(Role::kMember, "", "/1/"), true, false},
      {auth::ActorWith(Role::kMember, "", "/1/3/"), false, false},
      {auth::ActorWith(Role::kMember, "/10/20/30/"), false, false},  // a member role on an area: no
      {auth::ActorWith(Role::kGridWorker, "/10/20/30/"), false, false},
      {auth::ActorWith(Role::kResident, "/10/20/30/"), false, false},
      {auth::Actor{}, false, false},
  };
  for (size_t i = 0; i < std::size(cases); ++i) {
    EXPECT_EQ(Allowed(cases[i].actor, Action::kRead, branch), cases[i].read) << "case " << i;
    EXPECT_EQ(Allowed(cases[i].actor, Action::kRecord, branch), cases[i].record) << "case " << i;
  }
}

}  // namespace
}  // namespace linli::org_life
