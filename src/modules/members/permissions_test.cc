#include "modules/members/permissions.h"

#include <gtest/gtest.h>

#include "auth/actor_for_test.h"

namespace linli::members {
namespace {

using auth::ActorWith;
using auth::Role;

// Member 7, living in /1/2/5/, held by organisation /3/4/ sitting in area /1/2/, working at a
// unit whose organisation is /8/.
TEST(MembersPermissions, ReadAndManageByOrganisationPersonAndUnit) {
  const MemberPlace place{7, "/1/2/5/", "/1/2/", "/3/4/", "/8/"};
  auto self = ActorWith(Role::kMember, "/9/");
  self.person_id = 7;
  struct Case {
    auth::Actor actor;
    Action action;
    bool allowed;
  } cases[] = {
      {self, Action::kRead, true},
      {self, Action::kManage, false},
      {ActorWith(Role::kStaff, "/1/2/"), Action::kRead, true},
      {ActorWith(Role::kStaff, "/1/2/"), Action::kManage, true},
      {ActorWith(Role::kStaff, "/1/6/"), Action::kRead, false},
      {ActorWith(Role::kStaff, "", "/3/"), Action::kManage, true},  // held on an org above
      {ActorWith(Role::kStaff, "", "/3/9/"), Action::kManage, false},
      {ActorWith(Role::kSystemAdmin, ""), Action::kManage, true},
      {ActorWith(Role::kDistrictAdmin, "/1/"), Action::kManage, true},
      // Grid workers read the person of their area, but do not manage the membership.
      {ActorWith(Role::kGridWorker, "/1/2/5/"), Action::kRead, true},
      {ActorWith(Role::kGridWorker, "/1/2/5/"), Action::kManage, false},
      // The work unit's rep reads its member's record only.
      {ActorWith(Role::kUnitRep, "", "/8/"), Action::kRead, true},
      {ActorWith(Role::kUnitRep, "", "/8/"), Action::kManage, false},
      {ActorWith(Role::kUnitRep, "", "/9/"), Action::kRead, false},
      {ActorWith(Role::kMember, "", "/3/4/"), Action::kRead, false},
      {ActorWith(Role::kResident, "/1/2/5/"), Action::kRead, false},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Allowed(c.actor, c.action, place), c.allowed)
        << auth::RoleName(c.actor.grants[0].role) << " " << c.actor.grants[0].area_path << "|"
        << c.actor.grants[0].org_path << " action " << static_cast<int>(c.action);
  }
}

}  // namespace
}  // namespace linli::members
