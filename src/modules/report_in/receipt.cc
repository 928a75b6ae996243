#include "modules/report_in/receipt.h"

#include <fmt/format.h>

#include "modules/report_in/json_fields.h"
#include "modules/report_in/period.h"
#include "modules/report_in/report_ins.h"

namespace linli::report_in {
namespace {

constexpr std::string_view kMemberOrg =
    "SELECT o.name FROM party_members m JOIN party_orgs o ON o.id = m.org_id"
    " WHERE m.person_id = ?";
constexpr std::string_view kCommunityOrg =
    "SELECT o.name FROM party_orgs o WHERE o.area_id = ? ORDER BY o.depth, o.id LIMIT 1";

std::optional<std::string> OneText(store::Connection& c, std::string_view sql, int64_t id) {
  auto row = c.QueryOne(sql, {id});
  if (!row) return std::nullopt;
  return row->Text(0);
}

}  // namespace

Result<Receipt> GetReceipt(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kRead);
  auto r = VisibleReportIn(c, actor, id);
  if (!r) return r.error();
  if (!r->receipt_no) {
    return Error::NotFound(
        fmt::format("report-in {} has no receipt: it is {}, not confirmed", id, r->status));
  }
  const ReportInView v = ViewOf(c, *r);
  Receipt out;
  out.receipt_no = *r->receipt_no;
  out.report_in_id = r->id;
  out.kind = r->kind;
  if (v.person) {
    out.member_id = v.person->id;
    out.member_name = v.person->name;
    out.member_org = OneText(c, kMemberOrg, v.person->id);
  }
  out.unit_id = r->unit_id;
  out.unit_name = r->unit_name;
  out.unit_org_id = r->org_id;
  out.unit_org_name = r->org_name;
  out.community_id = r->community_id;
  out.community_name = r->community_name;
  out.community_org = OneText(c, kCommunityOrg, r->community_id);
  out.note = r->note;
  out.submitted_on = LocalDate(r->submitted_at);
  out.confirmed_on = LocalDate(r->decided_at.value_or(0));
  out.confirmed_by = r->decided_by.value_or("");
  tx.Commit();
  return out;
}

printing::Form ToPage(const Receipt& r) {
  printing::Form p;
  p.templ = "report_in/receipt_card";
  p.title = "报到回执卡";
  p.number = "编号：" + r.receipt_no;
  if (r.member_name) {
    p.rows.emplace_back("党员姓名", *r.member_name);
    p.rows.emplace_back("所在党组织", r.member_org.value_or("—"));
  }
  p.rows.emplace_back("工作单位", r.unit_name);
  p.rows.emplace_back("单位党组织", r.unit_org_name);
  p.rows.emplace_back("报到社区", r.community_name);
  p.rows.emplace_back("社区党组织", r.community_org.value_or("—"));
  p.rows.emplace_back("报到日期", r.submitted_on);
  p.rows.emplace_back("确认日期", r.confirmed_on);
  if (r.note) p.sections.emplace_back("报到说明", *r.note);
  p.seal = r.community_org.value_or(r.community_name);
  p.date = r.confirmed_on;
  p.signatures = {"经办人"};
  p.fields = {{"addressee", r.unit_org_name},
              {"member", OptJson(r.member_name)},
              {"community", r.community_name},
              {"submitted_on", r.submitted_on},
              {"confirmed_on", r.confirmed_on}};
  return p;
}

}  // namespace linli::report_in
