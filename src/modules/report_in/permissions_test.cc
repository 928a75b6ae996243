#include "modules/report_in/permissions.h"

#include <gtest/gtest.h>

namespace linli::report_in {
namespace {

using auth::Role;

auth::Actor OnArea(Role role, std::string area_path, int64_t person_id = 100) {
  auth::Actor a;
  a.account_id = 1;
  a.person_id = person_id;
  a.grants.push_back({role, std::nullopt, std::move(area_path), std::nullopt, ""});
  return a;
}

auth::Actor OnOrg(Role role, std::string org_path, int64_t person_id = 100) {
  auth::Actor a;
  a.account_id = 1;
  a.person_id = person_id;
  a.grants.push_back({role, std::nullopt, "", 1, std::move(org_path)});
  return a;
}

// Member 7 of the unit whose party organisation is /5/6/ reports in to community /10/20/.
TEST(ReportInPermissions, DecidesOnCommunityUnitAndPerson) {
  const Subject member{"/10/20/", "/5/6/", 7, false};
  const Subject here{"/10/20/", "/5/6/", 7, true};
  const Subject unit{"/10/20/", "/5/6/", 0, false};
  struct Case {
    auth::Actor actor;
    const Subject* subject;
    Action action;
    bool allowed;
  } cases[] = {
      // Reading.
      {OnArea(Role::kSystemAdmin, ""), &member, Action::kRead, true},
      {OnArea(Role::kDistrictAdmin, "/10/"), &member, Action::kRead, true},
      {OnArea(Role::kSubdistrictAdmin, "/10/"), &member, Action::kRead, true},
      {OnArea(Role::kStaff, "/10/20/"), &member, Action::kRead, true},
      {OnArea(Role::kStaff, "/10/21/"), &member, Action::kRead, false},
      {OnArea(Role::kGridWorker, "/10/20/"), &member, Action::kRead, false},
      {OnArea(Role::kMember, "/10/20/", 7), &member, Action::kRead, true},
      {OnArea(Role::kMember, "/10/20/", 8), &member, Action::kRead, false},
      {OnOrg(Role::kUnitRep, "/5/6/"), &member, Action::kRead, true},
      {OnOrg(Role::kUnitRep, "/5/"), &member, Action::kRead, true},
      {OnOrg(Role::kUnitRep, "/5/9/"), &member, Action::kRead, false},
      {OnOrg(Role::kMember, "/5/6/"), &member, Action::kRead, false},
      // Posts: the community's readers and members reported in to it.
      {OnArea(Role::kMember, "/10/20/", 8), &member, Action::kReadPost, false},
      {OnArea(Role::kMember, "/10/20/", 8), &here, Action::kReadPost, true},
      {OnArea(Role::kDistrictAdmin, "/10/"), &member, Action::kReadPost, true},
      // Submitting: the member themself or the community's writers; a unit by its rep too.
      {OnArea(Role::kMember, "/", 7), &member, Action::kSubmit, true},
      {OnArea(Role::kMember, "/10/20/", 8), &member, Action::kSubmit, false},
      {OnArea(Role::kStaff, "/10/20/"), &member, Action::kSubmit, true},
      {OnArea(Role::kDistrictAdmin, "/10/"), &member, Action::kSubmit, false},
      {OnOrg(Role::kUnitRep, "/5/6/"), &member, Action::kSubmit, false},
      {OnOrg(Role::kUnitRep, "/5/6/"), &member, Action::kSubmitUnit, true},
      {OnArea(Role::kStaff, "/10/20/"), &member, Action::kSubmitUnit, true},
      // Withdrawing: the member themself only; a unit's report-in by its rep only.
      {OnArea(Role::kMember, "/", 7), &member, Action::kWithdraw, true},
      {OnArea(Role::kStaff, "/10/20/"), &member, Action::kWithdraw, false},
      {OnArea(Role::kSystemAdmin, ""), &member, Action::kWithdraw, false},
      {OnOrg(Role::kUnitRep, "/5/6/"), &member, Action::kWithdraw, false},
      {OnOrg(Role::kUnitRep, "/5/6/"), &unit, Action::kWithdraw, true},
      {OnArea(Role::kStaff, "/10/20/"), &unit, Action::kWithdraw, false},
      {OnArea(Role::kStaff, "/10/21/"), &member, Action::kSubmitUnit, false},
      // Claiming and logging: logging is the member's own act only.
      {OnArea(Role::kMember, "/", 7), &member, Action::kClaim, true},
      {OnArea(Role::kStaff, "/10/20/"), &member, Action::kClaim, true},
      {OnArea(Role::kMember, "/", 7), &member, Action::kLogService, true},
      {OnArea(Role::kMember, "/", 8), &member, Action::kLogService, false},
      {OnArea(Role::kStaff, "/10/20/"), &member, Action::kLogService, false},
      {OnArea(Role::kSystemAdmin, ""), &member, Action::kLogService, false},
      // Deciding: the community's writers, never on their own record.
      {OnArea(Role::kStaff, "/10/20/"), &member, Action::kDecide, true},
      {OnArea(Role::kStaff, "/10/20/", 7), &member, Action::kDecide, false},
      {OnArea(Role::kSubdistrictAdmin, "/10/"), &member, Action::kDecide, true},
      {OnArea(Role::kDistrictAdmin, "/10/"), &member, Action::kDecide, false},
      {OnOrg(Role::kUnitRep, "/5/6/"), &member, Action::kDecide, false},
      // Acknowledging a sheet: the unit's rep only.
      {OnOrg(Role::kUnitRep, "/5/6/"), &member, Action::kAcknowledge, true},
      {OnOrg(Role::kUnitRep, "/5/9/"), &member, Action::kAcknowledge, false},
      {OnArea(Role::kSystemAdmin, ""), &member, Action::kAcknowledge, false},
      {OnArea(Role::kStaff, "/10/20/"), &member, Action::kAcknowledge, false},
      // Draft sheets: the community's readers only.
      {OnArea(Role::kDistrictAdmin, "/10/"), &member, Action::kReadDraft, true},
      {OnOrg(Role::kUnitRep, "/5/6/"), &member, Action::kReadDraft, false},
      {OnArea(Role::kMember, "/", 7), &member, Action::kReadDraft, false},
      // Figures.
      {OnArea(Role::kDistrictAdmin, "/10/"), &member, Action::kFigures, true},
      {OnArea(Role::kGridWorker, "/10/20/"), &member, Action::kFigures, false},
      {OnOrg(Role::kUnitRep, "/5/6/"), &member, Action::kFigures, false},
      // Units: read by everyone signed in, written by the area's managers.
      {OnArea(Role::kResident, "/10/20/30/"), &member, Action::kReadUnit, true},
      {auth::Actor{}, &member, Action::kReadUnit, false},
      {OnArea(Role::kDistrictAdmin, "/10/"), &member, Action::kWriteUnit, true},
      {OnArea(Role::kStaff, "/10/20/"), &member, Action::kWriteUnit, true},
      {OnOrg(Role::kUnitRep, "/5/6/"), &member, Action::kWriteUnit, false},
  };
  for (size_t i = 0; i < std::size(cases); ++i) {
    EXPECT_EQ(Allowed(cases[i].actor, cases[i].action, *cases[i].subject), cases[i].allowed)
        << "case " << i;
  }
}

TEST(ReportInPermissions, ListScopeJoinsAreaOrgAndSelf) {
  auth::Actor a = OnArea(Role::kStaff, "/10/20/", 42);
  a.grants.push_back({Role::kUnitRep, std::nullopt, "", 3, "/5/6/"});
  const ReadScope s = ScopeFor(a, "c.path", "o.path", "r.person_id");
  EXPECT_EQ(s.sql,
            "(((c.path >= ? AND c.path < ?)) OR ((o.path >= ? AND o.path < ?)) OR"
            " r.person_id = ?)");
  ASSERT_EQ(s.params.size(), 5U);
  EXPECT_EQ(std::get<std::string>(s.params[0]), "/10/20/");
  EXPECT_EQ(std::get<std::string>(s.params[1]), "/10/200");
  EXPECT_EQ(std::get<std::string>(s.params[2]), "/5/6/");
  EXPECT_EQ(std::get<std::string>(s.params[3]), "/5/60");
  EXPECT_EQ(std::get<int64_t>(s.params[4]), 42);

  const ReadScope admin = ScopeFor(OnArea(Role::kSystemAdmin, ""), "c.path", "o.path", "p");
  EXPECT_EQ(admin.sql, "(1=1)");
  EXPECT_TRUE(admin.params.empty());

  const ReadScope member = ScopeFor(OnArea(Role::kMember, "/10/", 9), "c.path", "o.path", "p");
  EXPECT_EQ(member.sql, "(1=0 OR p = ?)");
}

}  // namespace
}  // namespace linli::report_in
