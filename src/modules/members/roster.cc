#include "modules/members/roster.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/members/permissions.h"
#include "modules/orgs/queries.h"
#include "modules/report_in/report_ins.h"

namespace linli::members {
namespace {

constexpr std::string_view kMembersBelow =
    "SELECT m.person_id FROM party_members m JOIN party_orgs o ON o.id = m.org_id"
    " JOIN persons p ON p.id = m.person_id WHERE o.path LIKE ? ORDER BY o.path, p.name, p.id"
    " LIMIT ?";
constexpr std::string_view kCount =
    "SELECT count(*) FROM party_members m JOIN party_orgs o ON o.id = m.org_id"
    " WHERE o.path LIKE ?";

std::string Or(const std::optional<std::string>& v, std::string_view dash = "") {
  return v ? *v : std::string(dash);
}

}  // namespace

std::string StatusName(std::string_view s) { return s == "full" ? "正式党员" : "预备党员"; }

std::string CategoryName(std::string_view c) {
  if (c == "in_service") return "在职";
  if (c == "retired") return "离退休";
  if (c == "student") return "学生";
  if (c == "allowance") return "领取生活补助";
  return std::string(c);
}

std::string EducationName(std::string_view e) {
  if (e == "primary") return "小学";
  if (e == "junior_secondary") return "初中";
  if (e == "senior_secondary") return "高中";
  if (e == "vocational") return "中专";
  if (e == "college") return "大专";
  if (e == "bachelor") return "本科";
  if (e == "master") return "硕士研究生";
  if (e == "doctorate") return "博士研究生";
  return std::string(e);
}

std::string GenderName(std::string_view g) {
  if (g == "male") return "男";
  if (g == "female") return "女";
  return std::string(g);
}

std::string Yuan(int64_t fen) { return fmt::format("¥{}.{:02}", fen / 100, fen % 100); }

Result<Roster> GetRoster(store::Connection& c, const auth::Actor& actor, const MembersRules& rules,
                         int64_t org_id, int64_t limit) {
  store::Tx tx(c, store::Tx::kRead);
  auto o = orgs::VisibleOrg(c, actor, org_id);
  if (!o) return o.error();
  if (!MayManage(actor, o->area_path, o->path)) {
    return Error::Forbidden("only the organisation's managers see its roster");
  }
  Roster out{*o, {}, c.QueryInt(kCount, {o->path + "%"}), false};
  for (const auto& r : c.Query(kMembersBelow, {o->path + "%", limit})) {
    auto v = LoadMember(c, rules, r.Int(0));
    if (!v) continue;
    RosterRow row{std::move(*v), std::nullopt, std::nullopt};
    if (auto ri = report_in::ConfirmedOf(c, row.member.member.person.id)) {
      row.reported_in_to = ri->community_name;
      row.receipt_no = ri->receipt_no;
    }
    out.rows.push_back(std::move(row));
  }
  out.truncated = out.total > static_cast<int64_t>(out.rows.size());
  tx.Commit();
  return out;
}

printing::Form RosterPage(const Roster& r) {
  printing::Form p;
  p.templ = "members/member_roster";
  p.title = "党员基本情况一览表";
  p.number = fmt::format("{} · 共 {} 名党员{}", r.org.name, r.total,
                         r.truncated ? fmt::format("（列出前 {} 名）", r.rows.size()) : "");
  p.rows = {{"党组织", r.org.name}, {"生成日期", LocalDate(NowMs())}};
  p.table_head = {"序号",       "姓名",           "性别",     "出生年月", "学历",
                  "身份证号",   "联系电话",       "入党时间", "转正时间", "党员类别",
                  "所在党组织", "工作单位及职务", "流动党员", "报到社区"};
  int seq = 0;
  for (const auto& row : r.rows) {
    const MemberView& v = row.member;
    const people::Person& person = v.member.person;
    std::string unit = Or(v.profile.unit_name);
    if (v.profile.post) unit += (unit.empty() ? "" : " ") + *v.profile.post;
    p.table_rows.push_back(
        {std::to_string(++seq), person.name, GenderName(Or(person.gender)),
         person.birth_date ? person.birth_date->substr(0, 7) : "",
         EducationName(Or(v.profile.education)), Or(person.id_number_mask), Or(person.phone_mask),
         Or(v.member.joined_on),
         v.member.status == "full" ? Or(v.profile.full_on) : StatusName(v.member.status),
         v.basis ? CategoryName(v.basis->category) : "", v.org.name, unit,
         v.profile.mobile ? "是（" + Or(v.profile.mobile_to) + "）" : "否",
         Or(row.reported_in_to)});
  }
  p.seal = r.org.name;
  p.date = LocalDate(NowMs());
  p.signatures = {"填表人", "审核人"};
  return p;
}

}  // namespace linli::members
