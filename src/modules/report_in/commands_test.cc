// The report-in commands run against a migrated database with the demo data, without a server
// or a login (app::TestWorld): a member reports in, the community confirms with a receipt
// number from its series, and the year's feedback sheet is generated from the records; and the
// rules of submitting, declining and withdrawing, each answered with the field it is about.
#include <algorithm>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "app/test_world.h"
#include "core/clock.h"
#include "modules/orgs/commands.h"
#include "modules/report_in/feedback_sheets.h"
#include "modules/report_in/forms.h"
#include "modules/report_in/report_ins.h"
#include "modules/report_in/work_units.h"

namespace linli::report_in {
namespace {

class ReportInCommandsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    world_ = app::TestWorld::Open("report-in-commands");
    const auth::Actor admin = world_->ActorOf("sysadmin");
    orgs::CreateOrgForm org;
    org.kind = "committee";
    org.name = "区民政局机关党委";
    org.area_id = world_->AreaId("subdistrict", "八步街道");
    auto o = orgs::CreateOrg(world_->C(), admin, org);
    ASSERT_TRUE(o.ok()) << o.error().detail;
    auto u = CreateUnit(world_->C(), admin, {"区民政局", "government", o->id});
    ASSERT_TRUE(u.ok()) << u.error().detail;
    unit_ = u->id;
    community_ = world_->AreaId("community", "灵峰社区");
  }
  static void TearDownTestSuite() { world_.reset(); }

  static int64_t NewMember() { return world_->NewPartyMember(community_, community_); }
  static int64_t LastSeq() { return world_->LastSeq(); }
  static std::string PointerOf(const Error& e) { return app::TestWorld::PointerOf(e); }

  static inline std::unique_ptr<app::TestWorld> world_;
  static inline int64_t unit_ = 0;
  static inline int64_t community_ = 0;
};

TEST_F(ReportInCommandsTest, MemberReportsInTheCommunityConfirmsAndTheSheetFollows) {
  const auth::Actor member = world_->ActorOf("member.lingfeng");
  const auth::Actor staff = world_->ActorOf("staff.lingfeng");
  ReportInForm f;
  f.unit_id = unit_;
  f.note = "可参加周末的楼道清理";
  auto submitted = Submit(world_->C(), member, f);
  ASSERT_TRUE(submitted.ok()) << submitted.error().detail;
  EXPECT_EQ(submitted->report_in.status, "submitted");
  EXPECT_EQ(submitted->report_in.community_id, community_) << "the community of residence";

  // Only the community decides: the member cannot confirm their own.
  auto self = Confirm(world_->C(), member, submitted->report_in.id);
  ASSERT_FALSE(self.ok());
  EXPECT_EQ(self.error().code, Code::kForbidden);

  auto confirmed = Confirm(world_->C(), staff, submitted->report_in.id);
  ASSERT_TRUE(confirmed.ok()) << confirmed.error().detail;
  EXPECT_EQ(confirmed->report_in.status, "confirmed");
  const std::string year = LocalDate(NowMs()).substr(0, 4);
  // The next number of the community's series of the year (the demo confirmed some already).
  const std::string prefix = fmt::format("RI-{}-{}-", year, community_);
  ASSERT_TRUE(confirmed->report_in.receipt_no.has_value());
  EXPECT_EQ(confirmed->report_in.receipt_no->rfind(prefix, 0), 0U)
      << *confirmed->report_in.receipt_no;
  EXPECT_EQ(std::stoi(confirmed->report_in.receipt_no->substr(prefix.size())),
            world_->C().QueryInt("SELECT count(*) FROM report_ins WHERE receipt_no LIKE ? || '%'",
                                 {prefix}));
  auto twice = Confirm(world_->C(), staff, submitted->report_in.id);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, Code::kConflict);

  auto sheets =
      Generate(world_->C(), staff, {community_, std::stoll(year), std::nullopt, std::nullopt});
  ASSERT_TRUE(sheets.ok()) << sheets.error().detail;
  const auto mine = std::find_if(sheets->sheets.begin(), sheets->sheets.end(), [&](const Sheet& s) {
    return s.report_in_id == submitted->report_in.id;
  });
  ASSERT_NE(mine, sheets->sheets.end()) << "a sheet for each confirmed report-in of the year";
  const Sheet& s = *mine;
  EXPECT_EQ(s.status, "draft");
  EXPECT_EQ(s.unit_id, unit_);
  EXPECT_EQ(s.report_in_id, submitted->report_in.id);
  EXPECT_EQ(s.receipt_no, confirmed->report_in.receipt_no);
}

TEST_F(ReportInCommandsTest, SubmitNamesTheFieldItRefuses) {
  const auth::Actor member = world_->ActorOf("member.lingfeng");
  ReportInForm f;
  f.unit_id = unit_;
  // Not a party member.
  auto resident = Submit(world_->C(), world_->ActorOf("resident.lingfeng"), f);
  ASSERT_FALSE(resident.ok());
  EXPECT_EQ(resident.error().code, Code::kUnprocessable);
  EXPECT_EQ(PointerOf(resident.error()), "/person_id");
  // For somebody else, as a member.
  ReportInForm other = f;
  other.person_id = world_->ActorOf("staff.lingfeng").person_id;
  auto forOther = Submit(world_->C(), member, other);
  ASSERT_FALSE(forOther.ok());
  EXPECT_EQ(forOther.error().code, Code::kForbidden);
  EXPECT_EQ(PointerOf(forOther.error()), "/person_id");
  ReportInForm noUnit = f;
  noUnit.unit_id = 999999;
  auto unknown = Submit(world_->C(), member, noUnit);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, Code::kNotFound);
  EXPECT_EQ(PointerOf(unknown.error()), "/unit_id");
  // A subdistrict is not a community.
  ReportInForm above = f;
  above.community_id =
      world_->C().QueryInt("SELECT parent_id FROM areas WHERE id = ?", {community_});
  auto notCommunity = Submit(world_->C(), member, above);
  ASSERT_FALSE(notCommunity.ok());
  EXPECT_EQ(notCommunity.error().code, Code::kUnprocessable);
  EXPECT_EQ(PointerOf(notCommunity.error()), "/community_id");
  // An unknown member of the body is refused when the form is read.
  auto colour = ParseReportIn(fmt::format(R"({{"unit_id": {}, "colour": "red"}})", unit_));
  ASSERT_FALSE(colour.ok());
  EXPECT_EQ(colour.error().code, Code::kInvalid);
  EXPECT_EQ(PointerOf(colour.error()), "/colour");
}

TEST_F(ReportInCommandsTest, DeclinedWithAReasonHasNoReceipt) {
  const auth::Actor staff = world_->ActorOf("staff.lingfeng");
  ReportInForm f;
  f.unit_id = unit_;
  f.person_id = NewMember();
  auto ri = Submit(world_->C(), staff, f);
  ASSERT_TRUE(ri.ok()) << ri.error().detail;
  auto noReason = ParseReason("{}");
  ASSERT_FALSE(noReason.ok());
  EXPECT_EQ(noReason.error().code, Code::kInvalid);
  EXPECT_EQ(PointerOf(noReason.error()), "/reason");
  auto declined = Decline(world_->C(), staff, ri->report_in.id, {"非本社区居民"});
  ASSERT_TRUE(declined.ok()) << declined.error().detail;
  EXPECT_EQ(declined->report_in.status, "declined");
  EXPECT_EQ(declined->report_in.decline_reason, "非本社区居民");
  EXPECT_FALSE(declined->report_in.receipt_no.has_value());
}

TEST_F(ReportInCommandsTest, OnlyTheMemberWithdrawsAndNeverOnceConfirmed) {
  const auth::Actor staff = world_->ActorOf("staff.lingfeng");
  ReportInForm f;
  f.unit_id = unit_;
  f.person_id = NewMember();
  auto ri = Submit(world_->C(), staff, f);
  ASSERT_TRUE(ri.ok()) << ri.error().detail;
  // Staff submitted it for the member, but only the member withdraws it.
  auto byStaff = Withdraw(world_->C(), staff, ri->report_in.id);
  ASSERT_FALSE(byStaff.ok());
  EXPECT_EQ(byStaff.error().code, Code::kForbidden);
  ASSERT_TRUE(Confirm(world_->C(), staff, ri->report_in.id).ok());
  const int64_t before = LastSeq();
  auto byAdmin = Withdraw(world_->C(), world_->ActorOf("sysadmin"), ri->report_in.id);
  ASSERT_FALSE(byAdmin.ok());
  EXPECT_EQ(byAdmin.error().code, Code::kForbidden);
  EXPECT_EQ(LastSeq(), before) << "a refused withdrawal writes nothing";
  auto unknown = Withdraw(world_->C(), staff, 999999);
  ASSERT_FALSE(unknown.ok());
  EXPECT_EQ(unknown.error().code, Code::kNotFound);
}

}  // namespace
}  // namespace linli::report_in
