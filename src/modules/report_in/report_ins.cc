#include "modules/report_in/report_ins.h"

#include <fmt/format.h>
#include <boost/json/object.hpp>

#include "core/clock.h"
#include "modules/areas/area.h"
#include "modules/areas/permissions.h"
#include "modules/audit.h"
#include "modules/people/permissions.h"
#include "modules/report_in/json_fields.h"
#include "modules/report_in/period.h"
#include "modules/report_in/where.h"
#include "modules/report_in/work_units.h"
#include "record/series.h"

namespace linli::report_in {
namespace {

// The state a reader sees: a withdrawn report-in keeps status 'submitted' in its row
// (migrations/002_withdrawn.sql).
constexpr std::string_view kState =
    "(CASE WHEN r.withdrawn_at IS NOT NULL THEN 'withdrawn' ELSE r.status END)";
constexpr std::string_view kColumns =
    "r.id, r.kind, r.person_id, r.unit_id, u.name, u.kind, u.org_id, o.name, o.path,"
    " r.community_id, c.name, c.path,"
    " (CASE WHEN r.withdrawn_at IS NOT NULL THEN 'withdrawn' ELSE r.status END), r.note, "
    "r.decline_reason, r.receipt_no,"
    " r.submitted_at, r.decided_at, sb.login, dk.login";
constexpr std::string_view kFrom =
    "report_ins r JOIN work_units u ON u.id = r.unit_id JOIN party_orgs o ON o.id = u.org_id"
    " JOIN areas c ON c.id = r.community_id LEFT JOIN accounts sb ON sb.id = r.submitted_by"
    " LEFT JOIN accounts dk ON dk.id = r.decided_by";
constexpr std::string_view kInsert =
    "INSERT INTO report_ins (kind, person_id, unit_id, community_id, status, note, submitted_by,"
    " submitted_at) VALUES (?, ?, ?, ?, 'submitted', ?, ?, ?) RETURNING id";
constexpr std::string_view kOpenOfMember =
    "SELECT r.id, c.name FROM report_ins r JOIN areas c ON c.id = r.community_id"
    " WHERE r.kind = 'member' AND r.person_id = ? AND r.status IN ('submitted', 'confirmed')"
    " AND r.withdrawn_at IS NULL";
constexpr std::string_view kOpenOfUnit =
    "SELECT id FROM report_ins WHERE kind = 'unit' AND unit_id = ? AND community_id = ?"
    " AND status IN ('submitted', 'confirmed') AND withdrawn_at IS NULL";
constexpr std::string_view kConfirmedOf =
    "SELECT r.id, r.community_id, r.decided_at, c.name, r.receipt_no FROM report_ins r"
    " JOIN areas c ON c.id = r.community_id WHERE r.kind = 'member' AND r.person_id = ?"
    " AND r.status = 'confirmed' AND r.withdrawn_at IS NULL";
constexpr std::string_view kIsMember = "SELECT org_id FROM party_members WHERE person_id = ?";
constexpr std::string_view kCommunityOf =
    "SELECT id FROM areas WHERE kind = 'community' AND ? LIKE path || '%'"
    " ORDER BY depth DESC LIMIT 1";
constexpr std::string_view kConfirm =
    "UPDATE report_ins SET status = 'confirmed', receipt_no = ?, decided_by = ?, decided_at = ?"
    " WHERE id = ? AND status = 'submitted' AND withdrawn_at IS NULL";
constexpr std::string_view kDecline =
    "UPDATE report_ins SET status = 'declined', decline_reason = ?, decided_by = ?,"
    " decided_at = ? WHERE id = ? AND status = 'submitted' AND withdrawn_at IS NULL";
constexpr std::string_view kWithdraw =
    "UPDATE report_ins SET withdrawn_at = ? WHERE id = ? AND status = 'submitted'"
    " AND withdrawn_at IS NULL";

ReportIn FromRow(const store::Row& r) {
  ReportIn v;
  v.id = r.Int(0);
  v.kind = r.Text(1);
  v.person_id = r.OptInt(2);
  v.unit_id = r.Int(3);
  v.unit_name = r.Text(4);
  v.unit_kind = r.Text(5);
  v.org_id = r.Int(6);
  v.org_name = r.Text(7);
  v.org_path = r.Text(8);
  v.community_id = r.Int(9);
  v.community_name = r.Text(10);
  v.community_path = r.Text(11);
  v.status = r.Text(12);
  v.note = r.OptText(13);
  v.decline_reason = r.OptText(14);
  v.receipt_no = r.OptText(15);
  v.submitted_at = r.Int(16);
  v.decided_at = r.OptInt(17);
  v.submitted_by = r.Text(18);
  v.decided_by = r.OptText(19);
  return v;
}

}  // namespace

Result<areas::Area> LoadCommunity(store::Connection& c, int64_t id, const std::string& pointer) {
  auto a = areas::Load(c, id);
  if (!a) return Error::NotFoundField(pointer, fmt::format("no area {}", id));
  if (a->kind != "community") {
    return Error::Rule(pointer, fmt::format("{} is a {}, not a community", a->name, a->kind));
  }
  return *a;
}

std::optional<Confirmed> ConfirmedOf(store::Connection& c, int64_t person_id) {
  auto row = c.QueryOne(kConfirmedOf, {person_id});
  if (!row) return std::nullopt;
  return Confirmed{row->Int(0), row->Int(1), row->Int(2), row->Text(3), row->OptText(4)};
}

namespace {

// The member a report-in is for, checked as Submit documents.
Result<people::Person> Member(store::Connection& c, const auth::Actor& actor,
                              const ReportInForm& f) {
  const int64_t id = f.person_id.value_or(actor.person_id);
  auto p = people::Load(c, id);
  const bool self = id == actor.person_id;
  if (!self && !ActsForOthers(actor)) {
    Error e = Error::Forbidden("a member reports in for themself: give no other person_id");
    e.fields.push_back({"/person_id", e.detail});
    return e;
  }
  if (!p || (!self && !people::Allowed(actor, people::Action::kRead, *p))) {
    return Error::NotFoundField("/person_id", fmt::format("no person {}", id));
  }
  if (!c.QueryOne(kIsMember, {id})) {
    return Error::Rule("/person_id",
                       fmt::format("{} is not a party member: only members report in", p->name));
  }
  return *p;
}

// A submitted report-in the actor may decide: 404 when unseen, 403 when not theirs to decide,
// 409 when already decided.
Result<ReportIn> Decidable(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto r = VisibleReportIn(c, actor, id);
  if (!r) return r.error();
  if (!Allowed(actor, Action::kDecide, SubjectOf(*r))) return Error::Forbidden();
  if (r->status == "confirmed") {
    return Error::Conflict(fmt::format("report-in {} is already confirmed (receipt {})", id,
                                       r->receipt_no.value_or("")));
  }
  if (r->status != "submitted") {
    return Error::Conflict(fmt::format("report-in {} is already {}", id, r->status));
  }
  return r;
}

}  // namespace

Subject SubjectOf(const ReportIn& r) {
  return {r.community_path, r.org_path, r.person_id.value_or(0), false};
}

std::optional<ReportIn> LoadReportIn(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(fmt::format("SELECT {} FROM {} WHERE r.id = ?", kColumns, kFrom), {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

ReportInView ViewOf(store::Connection& c, ReportIn r) {
  ReportInView v{std::move(r), std::nullopt};
  if (v.report_in.person_id) v.person = people::Load(c, *v.report_in.person_id);
  return v;
}

Result<ReportIn> VisibleReportIn(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto r = LoadReportIn(c, id);
  if (!r || !Allowed(actor, Action::kRead, SubjectOf(*r))) {
    return Error::NotFound(fmt::format("no report-in {}", id));
  }
  return *r;
}

Result<ReportInView> GetReportIn(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kRead);
  auto r = VisibleReportIn(c, actor, id);
  if (!r) return r.error();
  ReportInView v = ViewOf(c, *std::move(r));
  tx.Commit();
  return v;
}

Result<std::string> FilterAreaPath(store::Connection& c, const auth::Actor& actor, int64_t id,
                                   std::string_view name) {
  auto a = areas::Load(c, id);
  if (!a ||
      !(areas::Allowed(actor, areas::Action::kRead, *a) || actor.Holds(auth::Role::kUnitRep))) {
    return Error::NotFoundField(fmt::format("?{}", name), fmt::format("no area {}", id));
  }
  return a->path;
}

std::optional<int64_t> CommunityContaining(store::Connection& c, const std::string& area_path) {
  if (area_path.empty()) return std::nullopt;
  auto row = c.QueryOne(kCommunityOf, {area_path});
  if (!row) return std::nullopt;
  return row->Int(0);
}

Result<ReportInView> Submit(store::Connection& c, const auth::Actor& actor, const ReportInForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto unit = LoadUnit(c, f.unit_id);
  if (!unit) return Error::NotFoundField("/unit_id", fmt::format("no work unit {}", f.unit_id));
  std::optional<people::Person> person;
  int64_t community_id = f.community_id.value_or(0);
  if (f.kind == "member") {
    auto p = Member(c, actor, f);
    if (!p) return p.error();
    person = std::move(*p);
    if (!f.community_id) {
      auto home = CommunityContaining(c, person->area_path);
      if (!home) {
        return Error::Rule("/community_id",
                           fmt::format("is required: the record of {} names no community of "
                                       "residence",
                                       person->name));
      }
      community_id = *home;
    }
  }
  auto community = LoadCommunity(c, community_id, "/community_id");
  if (!community) return community.error();
  const Subject subject{community->path, unit->org_path, person ? person->id : 0, false};
  const Action action = f.kind == "member" ? Action::kSubmit : Action::kSubmitUnit;
  if (!Allowed(actor, action, subject)) return Error::Forbidden();
  if (person) {
    if (auto open = c.QueryOne(kOpenOfMember, {person->id})) {
      return Error::Conflict(fmt::format("{} already has report-in {} to {}", person->name,
                                         open->Int(0), open->Text(1)),
                             f.person_id ? "/person_id" : "");
    }
  } else if (auto open = c.QueryOne(kOpenOfUnit, {unit->id, community->id})) {
    return Error::Conflict(
        fmt::format("{} already has report-in {} to {}", unit->name, open->Int(0), community->name),
        "/unit_id");
  }
  const int64_t now = NowMs();
  const std::optional<int64_t> person_id =
      person ? std::optional<int64_t>(person->id) : std::nullopt;
  const int64_t id = c.Query(kInsert, {f.kind, store::Opt(person_id), unit->id, community->id,
                                       store::Opt(f.note), actor.account_id, now})
                         .front()
                         .Int(0);
  boost::json::object summary{
      {"kind", f.kind}, {"unit_id", unit->id}, {"community_id", community->id}};
  if (person) summary["person_id"] = person->id;
  record::EventLog::Append(
      c, EventBy(actor, "report_in.submit", "report_in", id, community->path, std::move(summary)));
  auto view = ViewOf(c, *LoadReportIn(c, id));
  tx.Commit();
  return view;
}

std::string NextReceiptNo(store::Connection& c, int64_t community_id, int64_t now_ms) {
  const std::string series = fmt::format("RI-{}-{}-", LocalDate(now_ms).substr(0, 4), community_id);
  return fmt::format("{}{:04}", series, record::NextInSeries(c, series));
}

Result<ReportInView> Confirm(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kWrite);
  auto r = Decidable(c, actor, id);
  if (!r) return r.error();
  const int64_t now = NowMs();
  const std::string receipt_no = NextReceiptNo(c, r->community_id, now);
  c.Exec(kConfirm, {receipt_no, actor.account_id, now, id});
  record::EventLog::Append(c, EventBy(actor, "report_in.confirm", "report_in", id,
                                      r->community_path, {{"receipt_no", receipt_no}}));
  auto view = ViewOf(c, *LoadReportIn(c, id));
  tx.Commit();
  return view;
}

Result<ReportInView> Decline(store::Connection& c, const auth::Actor& actor, int64_t id,
                             const ReasonForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto r = Decidable(c, actor, id);
  if (!r) return r.error();
  c.Exec(kDecline, {f.reason, actor.account_id, NowMs(), id});
  record::EventLog::Append(c, EventBy(actor, "report_in.decline", "report_in", id,
                                      r->community_path, {{"reason", f.reason}}));
  auto view = ViewOf(c, *LoadReportIn(c, id));
  tx.Commit();
  return view;
}

Result<ReportInView> Withdraw(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kWrite);
  auto r = VisibleReportIn(c, actor, id);
  if (!r) return r.error();
  if (!Allowed(actor, Action::kWithdraw, SubjectOf(*r))) {
    return Error::Forbidden(r->kind == "member" ? "only the member who reported in may withdraw it"
                                                : "only the unit's representative may withdraw it");
  }
  if (r->status != "submitted") {
    return Error::Conflict(fmt::format(
        "report-in {} is already {}: only a submitted one is withdrawn", id, r->status));
  }
  c.Exec(kWithdraw, {NowMs(), id});
  boost::json::object summary{{"kind", r->kind},
                              {"unit_id", r->unit_id},
                              {"community_id", r->community_id},
                              {"submitted_at", FormatTime(r->submitted_at)},
                              {"submitted_by", r->submitted_by},
                              {"note", OptJson(r->note)}};
  if (r->person_id) summary["person_id"] = *r->person_id;
  record::EventLog::Append(c, EventBy(actor, "report_in.withdraw", "report_in", id,
                                      r->community_path, std::move(summary)));
  auto view = ViewOf(c, *LoadReportIn(c, id));
  tx.Commit();
  return view;
}

Result<ReportInPage> ListReportIns(store::Connection& c, const auth::Actor& actor,
                                   const ReportInFilter& f, const store::Page& page) {
  store::Tx tx(c, store::Tx::kRead);
  Where w(ScopeFor(actor, "c.path", "o.path", "r.person_id"));
  if (f.community_id) {
    auto path = FilterAreaPath(c, actor, *f.community_id, "community_id");
    if (!path) return path.error();
    w.Equals("r.community_id", f.community_id);
  }
  if (f.area_id) {
    auto path = FilterAreaPath(c, actor, *f.area_id, "area_id");
    if (!path) return path.error();
    w.Add("c.path LIKE ?", {*path + "%"});
  }
  w.Equals("r.unit_id", f.unit_id);
  w.Equals("r.person_id", f.person_id);
  w.Equals("r.kind", f.kind);
  if (f.status) w.Add(std::string(kState) + " = ?", {*f.status});
  if (f.as_of) {
    const int64_t end = LocalDayStartMs(*f.as_of) + kMsPerDay;
    w.Add("r.submitted_at < ?", {end});
    if (f.status == "confirmed") w.Add("r.decided_at < ?", {end});
  }
  ReportInPage out;
  out.total = c.Query(fmt::format("SELECT count(*) FROM {} WHERE {}", kFrom, w.sql), w.params)
                  .front()
                  .Int(0);
  w.params.emplace_back(page.per_page);
  w.params.emplace_back(page.Offset());
  for (const auto& row :
       c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY r.submitted_at DESC, r.id DESC"
                           " LIMIT ? OFFSET ?",
                           kColumns, kFrom, w.sql),
               w.params)) {
    out.items.push_back(ViewOf(c, FromRow(row)));
  }
  tx.Commit();
  return out;
}

}  // namespace linli::report_in
