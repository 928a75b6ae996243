// The report-in commands run against a migrated database with the demo data, without a server
// or a login (app::TestWorld): a member reports in, the community confirms with a receipt
// number from its series, and the year's feedback sheet is generated from the records.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include "app/test_world.h"
#include "core/clock.h"
#include "modules/orgs/commands.h"
#include "modules/report_in/feedback_sheets.h"
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
  EXPECT_EQ(confirmed->report_in.receipt_no, fmt::format("RI-{}-{}-0001", year, community_));
  auto twice = Confirm(world_->C(), staff, submitted->report_in.id);
  ASSERT_FALSE(twice.ok());
  EXPECT_EQ(twice.error().code, Code::kConflict);

  auto sheets =
      Generate(world_->C(), staff, {community_, std::stoll(year), std::nullopt, std::nullopt});
  ASSERT_TRUE(sheets.ok()) << sheets.error().detail;
  ASSERT_EQ(sheets->sheets.size(), 1U);
  const Sheet& s = sheets->sheets.front();
  EXPECT_EQ(s.status, "draft");
  EXPECT_EQ(s.unit_id, unit_);
  EXPECT_EQ(s.report_in_id, submitted->report_in.id);
  EXPECT_EQ(s.receipt_no, confirmed->report_in.receipt_no);
}

}  // namespace
}  // namespace linli::report_in
