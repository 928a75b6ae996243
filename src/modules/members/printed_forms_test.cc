// The members module's printed forms on their A4 pages (一表双卡 and the letters), each with the
// seal and the lines of its paper original.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "modules/members/cards.h"
#include "modules/members/roster.h"
#include "modules/members/transfers.h"
#include "printing/page.h"

namespace linli::members {
namespace {

bool Has(const std::string& html, std::string_view text) {
  return html.find(text) != std::string::npos;
}

size_t Count(const std::string& html, std::string_view text) {
  size_t n = 0;
  for (size_t at = html.find(text); at != std::string::npos; at = html.find(text, at + 1)) ++n;
  return n;
}

std::string Render(const printing::Form& f) {
  auto html = printing::RenderPage(f);
  EXPECT_TRUE(html) << html.error().detail;
  return html ? *html : std::string();
}

Transfer ALetter() {
  Transfer t;
  t.id = 9;
  t.person_name = "李红";
  t.from_org_name = "灵峰社区第一支部";
  t.to_org_name = "丹东路<b>社区</b>支部";
  t.months_away = 12;
  t.letter = "transfer";
  t.letter_no = "ZZ-2026-4-0001";
  t.reason = "迁居";
  t.status = "issued";
  t.issued_at = 1780000000000;  // 2026-05-29 China Standard Time
  return t;
}

TEST(PrintedForms, TheTransferLetterHasItsStubItsLetterAndItsReturnSlip) {
  auto form = LetterPage(ALetter());
  ASSERT_TRUE(form) << form.error().detail;
  const std::string html = Render(*form);
  EXPECT_TRUE(Has(html, "<h1>中国共产党党员组织关系介绍信（存根）</h1>"));
  EXPECT_TRUE(Has(html, "<h1>中国共产党党员组织关系介绍信</h1>"));
  EXPECT_TRUE(Has(html, "<h1>中国共产党党员组织关系介绍信（回执）</h1>"));
  EXPECT_EQ(Count(html, "编号 ZZ-2026-4-0001"), 3U);  // on each of the three parts
  EXPECT_TRUE(Has(html, "组织关系由灵峰社区第一支部转到丹东路&lt;b&gt;社区&lt;/b&gt;支部。"));
  EXPECT_TRUE(Has(html, "<p class=\"to\">丹东路&lt;b&gt;社区&lt;/b&gt;支部：</p>"));
  EXPECT_FALSE(Has(html, "<b>社区"));
  EXPECT_TRUE(Has(html, "<th>外出时间</th><td>12 个月</td>"));
  EXPECT_TRUE(Has(html, "<th>状态</th><td>已开具，待接收</td>"));
  // The letter is sealed by the issuing organisation and dated; the stub is dated only.
  EXPECT_TRUE(Has(html, "<span>灵峰社区第一支部</span><span>（盖章）</span>"));
  EXPECT_EQ(Count(html, "<p class=\"date\">2026-05-29</p>"), 2U);
  // The return slip: to the issuing organisation, from the receiving one, signed by whoever
  // handles it there, dated when it is received.
  EXPECT_TRUE(Has(html, "<p class=\"to\">灵峰社区第一支部：</p>"));
  EXPECT_TRUE(Has(html, "李红同志的党员组织关系已转达我处，特此回复。"));
  EXPECT_TRUE(Has(html, "<span>丹东路&lt;b&gt;社区&lt;/b&gt;支部</span><span>（盖章）</span>"));
  EXPECT_TRUE(Has(html, "经办人（签字）："));
  EXPECT_TRUE(Has(html, "<p class=\"date\">年　　月　　日</p>"));
}

TEST(PrintedForms, AnAcceptedLettersReturnSlipIsDated) {
  Transfer t = ALetter();
  t.status = "accepted";
  t.decided_at = t.issued_at + 86'400'000;
  auto form = LetterPage(t);
  ASSERT_TRUE(form);
  const std::string html = Render(*form);
  EXPECT_TRUE(Has(html, "<th>状态</th><td>已接收</td>"));
  EXPECT_TRUE(Has(html, "<p class=\"date\">2026-05-30</p>"));
  EXPECT_FALSE(Has(html, "年　　月　　日"));
}

TEST(PrintedForms, TheCertificateLetterIsSealedByTheIssuingOrganisation) {
  Transfer t = ALetter();
  t.letter = "certificate";
  t.months_away = 6;
  t.status = "cancelled";
  t.cancel_reason = "<目的地>有误";
  auto form = LetterPage(t);
  ASSERT_TRUE(form);
  const std::string html = Render(*form);
  EXPECT_TRUE(Has(html, "<h1>中国共产党党员证明信</h1>"));
  EXPECT_FALSE(Has(html, "存根"));
  EXPECT_TRUE(Has(html, "兹证明李红同志系中共党员，党员组织关系在灵峰社区第一支部。"));
  EXPECT_TRUE(Has(html, "已撤销：&lt;目的地&gt;有误"));
  EXPECT_TRUE(Has(html, "<span>灵峰社区第一支部</span><span>（盖章）</span>"));
  EXPECT_TRUE(Has(html, "<p class=\"date\">2026-05-29</p>"));
}

TEST(PrintedForms, NoLetterNoPage) {
  Transfer t = ALetter();
  t.letter = "none";
  auto form = LetterPage(t);
  ASSERT_FALSE(form);
  EXPECT_EQ(form.error().code, Code::kNotFound);
}

orgs::Org AnOrg() {
  orgs::Org o;
  o.id = 4;
  o.name = "灵峰社区第一支部";
  o.area_name = "灵峰社区";
  return o;
}

TEST(PrintedForms, TheRosterHasTheLinesOfWhoFilledAndCheckedIt) {
  Roster r{AnOrg(), {}, 0, false};
  const std::string html = Render(RosterPage(r));
  EXPECT_TRUE(Has(html, "<h1>党员基本情况一览表</h1>"));
  EXPECT_TRUE(Has(html, "<th>序号</th><th>姓名</th>"));
  EXPECT_TRUE(Has(html, "填表人（签字）："));
  EXPECT_TRUE(Has(html, "审核人（签字）："));
  EXPECT_TRUE(Has(html, "<span>灵峰社区第一支部</span><span>（盖章）</span>"));
  EXPECT_TRUE(Has(html, "<p class=\"date\">" + LocalDate(NowMs()) + "</p>"));
}

TEST(PrintedForms, TheTwoCardsAreSignedAndSealedByTheOrganisation) {
  MemberCard m;
  m.member.member.person.name = "李<红>";
  m.member.member.status = "full";
  m.member.org = AnOrg();
  m.year = 2026;
  const std::string member = Render(MemberCardPage(m));
  EXPECT_TRUE(Has(member, "<h1>党员登记卡</h1>"));
  EXPECT_TRUE(Has(member, "<th>姓名</th><td>李&lt;红&gt;</td>"));
  EXPECT_TRUE(Has(member, "<th>报到社区</th><td>未报到</td>"));
  EXPECT_TRUE(Has(member, "填卡人（签字）："));
  EXPECT_TRUE(Has(member, "党组织书记（签字）："));
  EXPECT_TRUE(Has(member, "<span>灵峰社区第一支部</span><span>（盖章）</span>"));

  OrgCard o{AnOrg(),
            2026,
            {},
            {3, 2, 1},
            {{1, "theme_day", "2026-05-01", "学习<党章>", true, {3, 0, 0}}}};
  const std::string org = Render(OrgCardPage(o));
  EXPECT_TRUE(Has(org, "<h1>党组织活动登记卡</h1>"));
  EXPECT_TRUE(Has(org, "<th>党员人数</th><td>3 名（正式 2，预备 1）</td>"));
  EXPECT_TRUE(Has(org, "<td>2026-05-01</td><td>主题党日</td><td>学习&lt;党章&gt;</td>"));
  EXPECT_TRUE(Has(org, "填卡人（签字）："));
  EXPECT_TRUE(Has(org, "<span>灵峰社区第一支部</span><span>（盖章）</span>"));
}

}  // namespace
}  // namespace linli::members
