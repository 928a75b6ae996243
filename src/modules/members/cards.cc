#include "modules/members/cards.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/members/permissions.h"
#include "modules/members/roster.h"
#include "modules/orgs/queries.h"
#include "modules/report_in/report_ins.h"
#include "modules/report_in/service_records.h"

namespace linli::members {
namespace {

constexpr int64_t kMaxTransfers = 50;

std::string Or(const std::optional<std::string>& v) { return v ? *v : std::string(); }

std::string KindName(std::string_view k) {
  if (k == "general_meeting") return "支部党员大会";
  if (k == "committee_meeting") return "支委会";
  if (k == "group_meeting") return "党小组会";
  if (k == "party_lecture") return "党课";
  if (k == "theme_day") return "主题党日";
  if (k == "life_review") return "组织生活会";
  if (k == "member_appraisal") return "民主评议党员";
  return std::string(k);
}

std::string OutcomeName(std::string_view o) {
  if (o == "excellent") return "优秀";
  if (o == "qualified") return "合格";
  if (o == "basically_qualified") return "基本合格";
  if (o == "unqualified") return "不合格";
  return std::string(o);
}

std::string LetterName(std::string_view l) {
  if (l == "transfer") return "组织关系介绍信";
  if (l == "certificate") return "党员证明信";
  return "无需介绍信";
}

}  // namespace

Result<MemberCard> GetMemberCard(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, int64_t person_id, int64_t year) {
  const std::string first = fmt::format("{}-01-01", year);
  const std::string last = fmt::format("{}-12-31", year);
  std::string last_month = fmt::format("{}-12", year);
  if (last_month > ThisMonth()) last_month = ThisMonth();
  auto dues =
      GetMemberDues(c, actor, rules, person_id,
                    {fmt::format("{}-01", year), std::max(last_month, fmt::format("{}-01", year))});
  if (!dues) return dues.error();
  store::Tx tx(c, store::Tx::kRead);
  MemberCard card{dues->member, year,         std::nullopt, std::nullopt, 0, 0,
                  {},           std::nullopt, {},           dues->totals};
  if (auto ri = report_in::ConfirmedOf(c, person_id)) {
    card.reported_in_to = ri->community_name;
    card.receipt_no = ri->receipt_no;
  }
  const report_in::ServiceTotals service = report_in::ConfirmedServiceOf(c, person_id, first, last);
  card.services = service.records;
  card.service_minutes = service.minutes;
  card.org_life = org_life::AttendanceOf(c, person_id, first, last);
  card.appraisal = org_life::AppraisalOutcomeOf(c, person_id, year);
  TransferFilter tf;
  tf.person_id = person_id;
  auto transfers = ListTransfers(c, actor, tf, {1, kMaxTransfers});
  if (transfers) card.transfers = std::move(transfers->items);
  tx.Commit();
  return card;
}

printing::Form MemberCardPage(const MemberCard& card) {
  const MemberView& v = card.member;
  const people::Person& p = v.member.person;
  printing::Form page;
  page.templ = "members/member_card";
  page.title = "党员登记卡";
  page.number = fmt::format("{} 年度", card.year);
  std::string unit = Or(v.profile.unit_name);
  if (v.profile.post) unit += (unit.empty() ? "" : " ") + *v.profile.post;
  page.rows = {{"姓名", p.name},
               {"性别", GenderName(Or(p.gender))},
               {"出生年月", p.birth_date ? p.birth_date->substr(0, 7) : ""},
               {"身份证号", Or(p.id_number_mask)},
               {"联系电话", Or(p.phone_mask)},
               {"学历", EducationName(Or(v.profile.education))},
               {"党员身份", StatusName(v.member.status)},
               {"申请入党时间", Or(v.profile.applied_on)},
               {"入党时间", Or(v.member.joined_on)},
               {"转正时间", Or(v.profile.full_on)},
               {"所在党组织", v.org.name},
               {"工作单位及职务", unit},
               {"单位党组织", v.profile.unit_org_name ? *v.profile.unit_org_name : ""},
               {"党员类别", v.basis ? CategoryName(v.basis->category) : ""},
               {"流动党员", v.profile.mobile ? "是（" + Or(v.profile.mobile_to) + "，自 " +
                                                   Or(v.profile.mobile_since) + "）"
                                             : "否"},
               {"报到社区", card.reported_in_to
                                ? *card.reported_in_to + "（回执 " + Or(card.receipt_no) + "）"
                                : "未报到"},
               {"社区服务", fmt::format("{} 次，{:.2f} 小时（已确认）", card.services,
                                        static_cast<double>(card.service_minutes) / 60.0)},
               {"组织生活", fmt::format("出席 {} 次，缺席 {} 次，请假 {} 次", card.org_life.present,
                                        card.org_life.absent, card.org_life.excused)},
               {"民主评议", card.appraisal ? OutcomeName(*card.appraisal) : "未评议"},
               {"党费", fmt::format("应交 {}，已交 {}，欠交 {}（{} 个月）", Yuan(card.dues.due_fen),
                                    Yuan(card.dues.paid_fen), Yuan(card.dues.owed_fen),
                                    card.dues.months_owed)}};
  if (!card.transfers.empty()) {
    page.table_head = {"组织关系转接", "转出", "转入", "介绍信", "状态"};
    for (const auto& t : card.transfers) {
      page.table_rows.push_back(
          {LocalDate(t.issued_at), t.from_org_name, t.to_org_name, LetterName(t.letter), t.status});
    }
  }
  page.seal = v.org.name;
  page.date = LocalDate(NowMs());
  page.signatures = {"填卡人", "党组织书记"};
  return page;
}

Result<OrgCard> GetOrgCard(store::Connection& c, const auth::Actor& actor, int64_t org_id,
                           int64_t year) {
  store::Tx tx(c, store::Tx::kRead);
  auto o = orgs::VisibleOrg(c, actor, org_id);
  if (!o) return o.error();
  if (!MayManage(actor, o->area_path, o->path)) {
    return Error::Forbidden("only the organisation's managers see its activity card");
  }
  OrgCard card{*o, year, orgs::DirectCounts(c, *o), orgs::SubtreeCounts(c, *o), {}};
  card.meetings =
      org_life::MeetingsOf(c, org_id, fmt::format("{}-01-01", year), fmt::format("{}-12-31", year));
  tx.Commit();
  return card;
}

printing::Form OrgCardPage(const OrgCard& card) {
  printing::Form page;
  page.templ = "members/org_activity_card";
  page.title = "党组织活动登记卡";
  page.number = fmt::format("{} 年度", card.year);
  page.rows = {{"党组织", card.org.name},
               {"所在区域", card.org.area_name},
               {"党员人数", fmt::format("{} 名（正式 {}，预备 {}）", card.subtree.members,
                                        card.subtree.full, card.subtree.probationary)},
               {"活动次数", std::to_string(card.meetings.size())}};
  page.table_head = {"日期", "类别", "主题", "出席", "缺席", "请假", "有效"};
  for (const auto& m : card.meetings) {
    page.table_rows.push_back({m.held_on, KindName(m.kind), m.topic,
                               std::to_string(m.attendance.present),
                               std::to_string(m.attendance.absent),
                               std::to_string(m.attendance.excused), m.valid ? "是" : "否"});
  }
  page.seal = card.org.name;
  page.date = LocalDate(NowMs());
  page.signatures = {"填卡人", "党组织书记"};
  return page;
}

}  // namespace linli::members
