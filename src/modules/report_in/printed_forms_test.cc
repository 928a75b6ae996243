// The report-in module's printed forms on their A4 pages, each with the seal and the lines of
// its paper original.
#include <gtest/gtest.h>

#include "modules/report_in/feedback_sheets.h"
#include "modules/report_in/receipt.h"
#include "printing/page.h"

namespace linli::report_in {
namespace {

bool Has(const std::string& html, std::string_view text) {
  return html.find(text) != std::string::npos;
}

Receipt AReceipt() {
  Receipt r;
  r.receipt_no = "HZ-2026-0007";
  r.kind = "member";
  r.member_id = 3;
  r.member_name = "王<b>芳</b>";
  r.member_org = "区住建局机关第一支部";
  r.unit_name = "区住建局";
  r.unit_org_name = "区住建局机关党委";
  r.community_name = "灵峰社区";
  r.community_org = "灵峰社区党委";
  r.note = "周末可参加服务";
  r.submitted_on = "2026-03-02";
  r.confirmed_on = "2026-03-05";
  return r;
}

TEST(PrintedForms, TheReceiptCardIsAddressedToTheUnitAndSealedByTheCommunity) {
  auto html = printing::RenderPage(ToPage(AReceipt()));
  ASSERT_TRUE(html) << html.error().detail;
  EXPECT_TRUE(Has(*html, "<h1>报到回执卡</h1>"));
  EXPECT_TRUE(Has(*html, "编号：HZ-2026-0007"));
  EXPECT_TRUE(Has(*html, "<p class=\"to\">区住建局机关党委：</p>"));
  EXPECT_TRUE(Has(*html, "你单位党员王&lt;b&gt;芳&lt;/b&gt;同志已于2026-03-02到灵峰社区报到"));
  EXPECT_FALSE(Has(*html, "<b>芳"));
  EXPECT_TRUE(Has(*html, "<th>社区党组织</th><td>灵峰社区党委</td>"));
  EXPECT_TRUE(Has(*html, "<h2>报到说明</h2><p class=\"text\">周末可参加服务</p>"));
  EXPECT_TRUE(Has(*html, "<span>灵峰社区党委</span><span>（盖章）</span>"));
  EXPECT_TRUE(Has(*html, "<p class=\"date\">2026-03-05</p>"));
  EXPECT_TRUE(Has(*html, "经办人（签字）："));
}

TEST(PrintedForms, AUnitsReceiptNamesTheUnitAndNoMember) {
  Receipt r = AReceipt();
  r.kind = "unit";
  r.member_id.reset();
  r.member_name.reset();
  r.member_org.reset();
  r.community_org.reset();
  auto html = printing::RenderPage(ToPage(r));
  ASSERT_TRUE(html) << html.error().detail;
  EXPECT_TRUE(Has(*html, "你单位已于2026-03-02到灵峰社区报到"));
  EXPECT_FALSE(Has(*html, "党员姓名"));
  // With no party organisation of its own, the community's name is on the seal.
  EXPECT_TRUE(Has(*html, "<span>灵峰社区</span><span>（盖章）</span>"));
}

Sheet ASheet() {
  Sheet s;
  s.year = 2026;
  s.status = "sent";
  s.person_name = "王芳";
  s.unit_name = "区住建局";
  s.org_name = "区住建局机关党委";
  s.community_name = "灵峰社区";
  s.community_org = "灵峰社区党委";
  s.receipt_no = "HZ-2026-0007";
  s.services = 3;
  s.minutes = 270;
  s.posts = 1;
  s.evaluation = "服务<认真>";
  s.sent_at = 1780000000000;  // 2026-05-29 China Standard Time
  s.lines = {{1, "助老服务", "volunteering", 3, 270}};
  return s;
}

TEST(PrintedForms, TheFeedbackSheetIsSignedBySecretaryAndSealedByTheCommunity) {
  auto html = printing::RenderPage(ToPage(ASheet()));
  ASSERT_TRUE(html) << html.error().detail;
  EXPECT_TRUE(Has(*html, "<h1>社区表现情况反馈单</h1>"));
  EXPECT_TRUE(Has(*html, "2026年度"));
  EXPECT_TRUE(Has(*html, "<p class=\"to\">区住建局机关党委：</p>"));
  EXPECT_TRUE(Has(*html, "现将你单位党员王芳同志2026年度在灵峰社区的表现情况反馈如下"));
  EXPECT_TRUE(Has(*html, "<th>服务时长（小时）</th><td>4.5</td>"));
  EXPECT_TRUE(Has(*html, "<td>助老服务</td><td>volunteering</td><td>3</td><td>4.5</td>"));
  EXPECT_TRUE(Has(*html, "<h2>社区评价</h2><p class=\"text\">服务&lt;认真&gt;</p>"));
  EXPECT_TRUE(Has(*html, "社区党组织书记（签字）："));
  EXPECT_TRUE(Has(*html, "<span>灵峰社区党委</span><span>（盖章）</span>"));
  EXPECT_TRUE(Has(*html, "<p class=\"date\">2026-05-29</p>"));
}

TEST(PrintedForms, ADraftSheetLeavesTheDateToBeWritten) {
  Sheet s = ASheet();
  s.status = "draft";
  s.sent_at.reset();
  s.community_org.reset();
  auto html = printing::RenderPage(ToPage(s));
  ASSERT_TRUE(html) << html.error().detail;
  EXPECT_TRUE(Has(*html, "<th>状态</th><td>草稿</td>"));
  EXPECT_TRUE(Has(*html, "<p class=\"date\">年　　月　　日</p>"));
  EXPECT_TRUE(Has(*html, "<span>灵峰社区党组织</span><span>（盖章）</span>"));
}

}  // namespace
}  // namespace linli::report_in
