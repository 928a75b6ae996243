#include "modules/org_life/permissions.h"

#include <gtest/gtest.h>

namespace linli::org_life {
namespace {

using auth::Role;

auth::Actor With(Role role, std::string area_path, std::string org_path = "") {
  auth::Actor a;
  a.account_id = 1;
  a.grants.push_back({role, std::nullopt, std::move(area_path), std::nullopt, std::move(org_path)});
  return a;
}

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
      {With(Role::kSystemAdmin, ""), true, true},
      {With(Role::kDistrictAdmin, "/10/"), true, false},  // oversees, does not record
      {With(Role::kSubdistrictAdmin, "/10/"), true, true},
      {With(Role::kStaff, "/10/20/"), true, true},
      {With(Role::kStaff, "/10/21/"), false, false},  // another community
      {With(Role::kStaff, "", "/1/2/"), true, true},  // staff role held on the branch
      {With(Role::kStaff, "", "/1/"), true, true},    // ... or on the committee above
      {With(Role::kStaff, "", "/1/3/"), false, false},
      {With(Role::kMember, "", "/1/2/"), true, false},  // a member reads, does not record
      {With(Role::kMember, "", "/1/"), true, false},
      {With(Role::kMember, "", "/1/3/"), false, false},
      {With(Role::kMember, "/10/20/30/"), false, false},  // a member role on an area: no
      {With(Role::kGridWorker, "/10/20/30/"), false, false},
      {With(Role::kResident, "/10/20/30/"), false, false},
      {auth::Actor{}, false, false},
  };
  for (size_t i = 0; i < std::size(cases); ++i) {
    EXPECT_EQ(Allowed(cases[i].actor, Action::kRead, branch), cases[i].read) << "case " << i;
    EXPECT_EQ(Allowed(cases[i].actor, Action::kRecord, branch), cases[i].record) << "case " << i;
  }
}

}  // namespace
}  // namespace linli::org_life
