#include "modules/orgs/permissions.h"

#include <gtest/gtest.h>

namespace linli::orgs {
namespace {

using auth::Role;

auth::Actor With(Role role, std::string area_path, std::string org_path = "") {
  auth::Actor a;
  a.account_id = 1;
  a.grants.push_back({role, std::nullopt, std::move(area_path), std::nullopt, std::move(org_path)});
  return a;
}

// A branch with path /1/2/ sitting in area /10/20/30/ (a grid of community /10/20/).
TEST(OrgPermissions, DecidesOnTheAreaAndTheOrg) {
  Org branch;
  branch.id = 2;
  branch.path = "/1/2/";
  branch.area_path = "/10/20/30/";
  struct Case {
    auth::Actor actor;
    bool read;
    bool write;
  } cases[] = {
      {With(Role::kSystemAdmin, ""), true, true},
      {With(Role::kDistrictAdmin, "/10/"), true, true},
      {With(Role::kSubdistrictAdmin, "/10/"), true, true},
      {With(Role::kStaff, "/10/20/"), true, true},
      {With(Role::kStaff, "/10/21/"), false, false},  // another community
      {With(Role::kGridWorker, "/10/20/30/"), true, false},
      {With(Role::kResident, "/10/20/30/"), true, false},
      {With(Role::kResident, "/10/20/31/"), false, false},
      {With(Role::kMember, "", "/1/2/"), true, false},   // member role on the branch
      {With(Role::kMember, "", "/1/"), true, false},     // on the committee above
      {With(Role::kMember, "", "/1/3/"), false, false},  // on a sibling branch
      {With(Role::kStaff, "", "/1/"), true, false},      // an org grant never gives write
      {auth::Actor{}, false, false},
  };
  for (size_t i = 0; i < std::size(cases); ++i) {
    EXPECT_EQ(Allowed(cases[i].actor, Action::kRead, branch), cases[i].read) << "case " << i;
    EXPECT_EQ(Allowed(cases[i].actor, Action::kWrite, branch), cases[i].write) << "case " << i;
  }
}

}  // namespace
}  // namespace linli::orgs
