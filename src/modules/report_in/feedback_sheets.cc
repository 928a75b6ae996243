#include "modules/report_in/feedback_sheets.h"

#include <fmt/format.h>
#include <boost/json/object.hpp>

#include "core/clock.h"
#include "modules/audit.h"
#include "modules/report_in/hours.h"
#include "modules/report_in/period.h"
#include "modules/report_in/permissions.h"
#include "modules/report_in/report_ins.h"
#include "modules/report_in/where.h"

namespace linli::report_in {
namespace {

constexpr std::string_view kColumns =
    "f.id, f.report_in_id, f.year, f.status, r.person_id, m.name, r.unit_id, u.name, u.org_id,"
    " o.name, o.path, f.community_id, c.name, c.path, r.receipt_no, f.services, f.minutes,"
    " f.posts, f.evaluation, f.reply, f.generated_at, f.sent_at, f.acknowledged_at, gb.login,"
    " sb.login, ab.login, (SELECT co.name FROM party_orgs co WHERE co.area_id = f.community_id"
    " ORDER BY co.depth, co.id LIMIT 1)";
constexpr std::string_view kFrom =
    "feedback_sheets f JOIN report_ins r ON r.id = f.report_in_id"
    " JOIN persons m ON m.id = r.person_id JOIN work_units u ON u.id = r.unit_id"
    " JOIN party_orgs o ON o.id = u.org_id JOIN areas c ON c.id = f.community_id"
    " LEFT JOIN accounts gb ON gb.id = f.generated_by LEFT JOIN accounts sb ON sb.id = f.sent_by"
    " LEFT JOIN accounts ab ON ab.id = f.acknowledged_by";
constexpr std::string_view kLines =
    "SELECT post_id, title, kind, services, minutes FROM feedback_sheet_lines WHERE sheet_id = ?"
    " ORDER BY post_id";
// The confirmed service of one report-in in a year, by post: what a sheet is computed from.
constexpr std::string_view kServedByPost =
    "SELECT s.post_id, p.title, p.kind, count(*), sum(s.minutes) FROM service_records s"
    " JOIN service_posts p ON p.id = s.post_id WHERE s.report_in_id = ?"
    " AND s.status = 'confirmed' AND s.served_on BETWEEN ? AND ?"
    " GROUP BY s.post_id, p.title, p.kind ORDER BY s.post_id";
constexpr std::string_view kConfirmedIn =
    "SELECT id FROM report_ins WHERE kind = 'member' AND community_id = ?"
    " AND status = 'confirmed' AND decided_at < ? ORDER BY id";
constexpr std::string_view kSheetOf =
    "SELECT id, status FROM feedback_sheets WHERE report_in_id = ? AND year = ?";
constexpr std::string_view kInsert =
    "INSERT INTO feedback_sheets (report_in_id, year, community_id, status, services, minutes,"
    " posts, evaluation, generated_by, generated_at) VALUES (?, ?, ?, 'draft', 0, 0, 0, ?, ?, ?)"
    " RETURNING id";
constexpr std::string_view kSetFigures =
    "UPDATE feedback_sheets SET services = ?, minutes = ?, posts = ? WHERE id = ?";
constexpr std::string_view kRegenerated =
    "UPDATE feedback_sheets SET generated_by = ?, generated_at = ? WHERE id = ?";
constexpr std::string_view kClearLines = "DELETE FROM feedback_sheet_lines WHERE sheet_id = ?";
constexpr std::string_view kAddLine =
    "INSERT INTO feedback_sheet_lines (sheet_id, post_id, title, kind, services, minutes)"
    " VALUES (?, ?, ?, ?, ?, ?)";
constexpr std::string_view kSetEvaluation =
    "UPDATE feedback_sheets SET evaluation = ? WHERE id = ? AND status = 'draft'";
constexpr std::string_view kSend =
    "UPDATE feedback_sheets SET status = 'sent', sent_by = ?, sent_at = ? WHERE id = ?"
    " AND status = 'draft'";
constexpr std::string_view kAcknowledge =
    "UPDATE feedback_sheets SET status = 'acknowledged', acknowledged_by = ?,"
    " acknowledged_at = ?, reply = ? WHERE id = ? AND status = 'sent'";

Sheet FromRow(const store::Row& r) {
  Sheet s;
  s.id = r.Int(0);
  s.report_in_id = r.Int(1);
  s.year = r.Int(2);
  s.status = r.Text(3);
  s.person_id = r.Int(4);
  s.person_name = r.Text(5);
  s.unit_id = r.Int(6);
  s.unit_name = r.Text(7);
  s.org_id = r.Int(8);
  s.org_name = r.Text(9);
  s.org_path = r.Text(10);
  s.community_id = r.Int(11);
  s.community_name = r.Text(12);
  s.community_path = r.Text(13);
  s.receipt_no = r.OptText(14);
  s.services = r.Int(15);
  s.minutes = r.Int(16);
  s.posts = r.Int(17);
  s.evaluation = r.OptText(18);
  s.reply = r.OptText(19);
  s.generated_at = r.Int(20);
  s.sent_at = r.OptInt(21);
  s.acknowledged_at = r.OptInt(22);
  s.generated_by = r.Text(23);
  s.sent_by = r.OptText(24);
  s.acknowledged_by = r.OptText(25);
  s.community_org = r.OptText(26);
  return s;
}

std::optional<Sheet> Load(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(fmt::format("SELECT {} FROM {} WHERE f.id = ?", kColumns, kFrom), {id});
  if (!row) return std::nullopt;
  Sheet s = FromRow(*row);
  for (const auto& l : c.Query(kLines, {id})) {
    s.lines.push_back({l.Int(0), l.Text(1), l.Text(2), l.Int(3), l.Int(4)});
  }
  return s;
}

Subject SubjectOf(const Sheet& s) { return {s.community_path, s.org_path, s.person_id, false}; }

// A sheet the actor may see: 404 otherwise, and for a draft outside the community's readers.
Result<Sheet> Visible(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto s = Load(c, id);
  if (!s || !Allowed(actor, Action::kRead, SubjectOf(*s)) ||
      (s->status == "draft" && !Allowed(actor, Action::kReadDraft, SubjectOf(*s)))) {
    return Error::NotFound(fmt::format("no feedback sheet {}", id));
  }
  return *s;
}

// Recomputes a sheet's figures and lines from the confirmed service records of its year.
boost::json::object Recompute(store::Connection& c, int64_t sheet_id, int64_t report_in_id,
                              const Year& y) {
  c.Exec(kClearLines, {sheet_id});
  int64_t services = 0;
  int64_t minutes = 0;
  int64_t posts = 0;
  for (const auto& r : c.Query(kServedByPost, {report_in_id, y.first_day, y.last_day})) {
    c.Exec(kAddLine, {sheet_id, r.Int(0), r.Text(1), r.Text(2), r.Int(3), r.Int(4)});
    services += r.Int(3);
    minutes += r.Int(4);
    ++posts;
  }
  c.Exec(kSetFigures, {services, minutes, posts, sheet_id});
  return {{"services", services}, {"minutes", minutes}, {"posts", posts}};
}

// A draft the actor may change: 404 unseen, 403 not theirs, 409 once sent.
Result<Sheet> Draft(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto s = Visible(c, actor, id);
  if (!s) return s.error();
  if (!Allowed(actor, Action::kDecide, SubjectOf(*s))) return Error::Forbidden();
  if (s->status != "draft") {
    return Error::Conflict(fmt::format("feedback sheet {} is already {}", id, s->status));
  }
  return s;
}

// The report-ins a generation covers, checked as Generate documents.
Result<std::vector<int64_t>> Targets(store::Connection& c, const auth::Actor& actor,
                                     const GenerateForm& f, const Year& y) {
  if (!f.report_in_id) {
    std::vector<int64_t> ids;
    for (const auto& r : c.Query(kConfirmedIn, {f.community_id, y.end_ms})) {
      ids.push_back(r.Int(0));
    }
    return ids;
  }
  auto r = VisibleReportIn(c, actor, *f.report_in_id);
  if (!r) return Error::NotFoundField("/report_in_id", r.error().detail);
  if (r->kind != "member" || r->status != "confirmed" || r->community_id != f.community_id ||
      r->decided_at.value_or(y.end_ms) >= y.end_ms) {
    return Error::Rule("/report_in_id",
                       fmt::format("report-in {} is not a member report-in to this community "
                                   "confirmed by the end of {}",
                                   r->id, f.year));
  }
  if (!Allowed(actor, Action::kDecide, SubjectOf(*r))) return Error::Forbidden();
  return std::vector<int64_t>{r->id};
}

}  // namespace

printing::Form ToPage(const Sheet& s) {
  printing::Form p;
  p.templ = "report_in/feedback_sheet";
  p.title = "社区表现情况反馈单";
  p.number = fmt::format("{}年度", s.year);
  p.rows = {{"党员姓名", s.person_name},
            {"工作单位", s.unit_name},
            {"单位党组织", s.org_name},
            {"报到社区", s.community_name},
            {"报到回执编号", s.receipt_no.value_or("—")},
            {"服务次数", std::to_string(s.services)},
            {"服务时长（小时）", fmt::format("{:g}", HoursOf(s.minutes))},
            {"服务岗位数", std::to_string(s.posts)},
            {"状态", s.status == "draft"  ? "草稿"
                     : s.status == "sent" ? "已发送，待单位签收"
                                          : "单位已签收"}};
  if (s.sent_at) p.rows.emplace_back("发送日期", LocalDate(*s.sent_at));
  if (s.acknowledged_at) p.rows.emplace_back("签收日期", LocalDate(*s.acknowledged_at));
  p.table_head = {"服务岗位", "类别", "次数", "小时"};
  for (const auto& l : s.lines) {
    p.table_rows.push_back(
        {l.title, l.kind, std::to_string(l.services), fmt::format("{:g}", HoursOf(l.minutes))});
  }
  p.sections.emplace_back("社区评价", s.evaluation.value_or("（无）"));
  if (s.reply) p.sections.emplace_back("单位回复", *s.reply);
  p.seal = s.community_org.value_or(s.community_name + "党组织");
  if (s.sent_at) p.date = LocalDate(*s.sent_at);
  p.signatures = {"社区党组织书记"};
  p.fields = {{"addressee", s.org_name},
              {"member", s.person_name},
              {"year", s.year},
              {"community", s.community_name}};
  return p;
}

Result<Generated> Generate(store::Connection& c, const auth::Actor& actor, const GenerateForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto community = LoadCommunity(c, f.community_id, "/community_id");
  if (!community) return community.error();
  if (!Allowed(actor, Action::kDecide, {community->path, "", 0, false})) {
    return Error::Forbidden();
  }
  const Year y = YearOf(f.year);
  const int64_t now = NowMs();
  if (y.start_ms > now) return Error::Rule("/year", fmt::format("{} has not begun", f.year));
  auto targets = Targets(c, actor, f, y);
  if (!targets) return targets.error();
  Generated out;
  for (int64_t report_in_id : *targets) {
    auto r = LoadReportIn(c, report_in_id);
    if (!Allowed(actor, Action::kDecide, SubjectOf(*r))) {
      out.skipped.push_back({report_in_id, std::nullopt, "your own report-in"});
      continue;
    }
    int64_t sheet_id = 0;
    if (auto existing = c.QueryOne(kSheetOf, {report_in_id, f.year})) {
      if (existing->Text(1) != "draft") {
        out.skipped.push_back({report_in_id, existing->Int(0), "already " + existing->Text(1)});
        continue;
      }
      sheet_id = existing->Int(0);
      c.Exec(kRegenerated, {actor.account_id, now, sheet_id});
      if (f.evaluation) c.Exec(kSetEvaluation, {*f.evaluation, sheet_id});
    } else {
      sheet_id = c.Query(kInsert, {report_in_id, f.year, f.community_id, store::Opt(f.evaluation),
                                   actor.account_id, now})
                     .front()
                     .Int(0);
    }
    boost::json::object summary = Recompute(c, sheet_id, report_in_id, y);
    summary["report_in_id"] = report_in_id;
    summary["year"] = f.year;
    record::EventLog::Append(c, EventBy(actor, "feedback_sheet.generate", "feedback_sheet",
                                        sheet_id, community->path, std::move(summary)));
    out.sheets.push_back(*Load(c, sheet_id));
  }
  tx.Commit();
  return out;
}

Result<Sheet> UpdateSheet(store::Connection& c, const auth::Actor& actor, int64_t id,
                          const SheetUpdateForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto s = Draft(c, actor, id);
  if (!s) return s.error();
  if (s->evaluation == f.evaluation) return *s;
  c.Exec(kSetEvaluation, {store::Opt(f.evaluation), id});
  record::EventLog::Append(
      c, EventBy(actor, "feedback_sheet.update", "feedback_sheet", id, s->community_path,
                 {{"evaluation", f.evaluation ? boost::json::value(*f.evaluation) : nullptr}}));
  auto out = *Load(c, id);
  tx.Commit();
  return out;
}

Result<Sheet> SendSheet(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kWrite);
  auto s = Draft(c, actor, id);
  if (!s) return s.error();
  boost::json::object summary = Recompute(c, id, s->report_in_id, YearOf(s->year));
  c.Exec(kSend, {actor.account_id, NowMs(), id});
  summary["unit_id"] = s->unit_id;
  record::EventLog::Append(c, EventBy(actor, "feedback_sheet.send", "feedback_sheet", id,
                                      s->community_path, std::move(summary)));
  auto out = *Load(c, id);
  tx.Commit();
  return out;
}

Result<Sheet> Acknowledge(store::Connection& c, const auth::Actor& actor, int64_t id,
                          const AcknowledgeForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto s = Visible(c, actor, id);
  if (!s) return s.error();
  if (!Allowed(actor, Action::kAcknowledge, SubjectOf(*s))) {
    return Error::Forbidden("a feedback sheet is acknowledged by a rep of the work unit");
  }
  if (s->status != "sent") {
    return Error::Conflict(fmt::format("feedback sheet {} is already {}", id, s->status));
  }
  c.Exec(kAcknowledge, {actor.account_id, NowMs(), store::Opt(f.reply), id});
  record::EventLog::Append(c, EventBy(actor, "feedback_sheet.acknowledge", "feedback_sheet", id,
                                      s->community_path, {{"replied", f.reply.has_value()}}));
  auto out = *Load(c, id);
  tx.Commit();
  return out;
}

Result<SheetPage> ListSheets(store::Connection& c, const auth::Actor& actor, const SheetFilter& f,
                             const store::Page& page) {
  store::Tx tx(c, store::Tx::kRead);
  Where w(ScopeFor(actor, "c.path", "o.path", "r.person_id"));
  const auth::ScopeFilter drafts = auth::AreaScope(actor, CommunityReaders(), "c.path");
  w.sql += fmt::format(" AND (f.status <> 'draft' OR {})", drafts.sql);
  w.params.insert(w.params.end(), drafts.params.begin(), drafts.params.end());
  w.Equals("f.community_id", f.community_id);
  w.Equals("f.year", f.year);
  w.Equals("r.unit_id", f.unit_id);
  w.Equals("r.person_id", f.person_id);
  w.Equals("f.status", f.status);
  if (f.area_id) {
    auto path = FilterAreaPath(c, actor, *f.area_id, "area_id");
    if (!path) return path.error();
    w.Add("c.path LIKE ?", {*path + "%"});
  }
  if (f.sent) w.Add(*f.sent ? "f.sent_at IS NOT NULL" : "f.sent_at IS NULL");
  SheetPage out;
  out.total = c.Query(fmt::format("SELECT count(*) FROM {} WHERE {}", kFrom, w.sql), w.params)
                  .front()
                  .Int(0);
  w.params.emplace_back(page.per_page);
  w.params.emplace_back(page.Offset());
  for (const auto& r :
       c.Query(fmt::format("SELECT f.id FROM {} WHERE {} ORDER BY f.year DESC, c.path, m.name,"
                           " f.id LIMIT ? OFFSET ?",
                           kFrom, w.sql),
               w.params)) {
    out.items.push_back(*Load(c, r.Int(0)));
  }
  tx.Commit();
  return out;
}

Result<Sheet> GetSheet(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kRead);
  auto s = Visible(c, actor, id);
  if (!s) return s.error();
  tx.Commit();
  return s;
}

}  // namespace linli::report_in
