#include "modules/report_in/service_records.h"

#include <fmt/format.h>
#include <boost/json/object.hpp>

#include "core/clock.h"
#include "modules/audit.h"
#include "modules/report_in/hours.h"
#include "modules/report_in/period.h"
#include "modules/report_in/permissions.h"
#include "modules/report_in/report_ins.h"
#include "modules/report_in/service_posts.h"
#include "modules/report_in/where.h"

namespace linli::report_in {
namespace {

constexpr std::string_view kColumns =
    "s.id, s.report_in_id, s.person_id, m.name, s.post_id, p.title, p.kind, s.community_id,"
    " c.name, c.path, r.unit_id, u.name, o.path, s.served_on, s.minutes, s.note, s.status,"
    " s.reject_reason, s.logged_at, lb.login, s.decided_at, dk.login";
constexpr std::string_view kFrom =
    "service_records s JOIN persons m ON m.id = s.person_id"
    " JOIN service_posts p ON p.id = s.post_id JOIN areas c ON c.id = s.community_id"
    " JOIN report_ins r ON r.id = s.report_in_id JOIN work_units u ON u.id = r.unit_id"
    " JOIN party_orgs o ON o.id = u.org_id LEFT JOIN accounts lb ON lb.id = s.logged_by"
    " LEFT JOIN accounts dk ON dk.id = s.decided_by";
constexpr std::string_view kInsert =
    "INSERT INTO service_records (report_in_id, person_id, post_id, community_id, served_on,"
    " minutes, note, status, logged_by, logged_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'logged', ?, ?)"
    " RETURNING id";
constexpr std::string_view kClaimOf =
    "SELECT report_in_id FROM service_claims WHERE post_id = ? AND person_id = ?";
constexpr std::string_view kDayMinutes =
    "SELECT COALESCE(sum(minutes), 0) FROM service_records WHERE person_id = ? AND served_on = ?"
    " AND status <> 'rejected'";
constexpr std::string_view kConfirmedTotals =
    "SELECT count(*), COALESCE(sum(minutes), 0) FROM service_records WHERE person_id = ?"
    " AND status = 'confirmed' AND served_on BETWEEN ? AND ?";
constexpr std::string_view kDecide =
    "UPDATE service_records SET status = ?, reject_reason = ?, decided_by = ?, decided_at = ?"
    " WHERE id = ? AND status = 'logged'";

ServiceRecord FromRow(const store::Row& r) {
  ServiceRecord s;
  s.id = r.Int(0);
  s.report_in_id = r.Int(1);
  s.person_id = r.Int(2);
  s.person_name = r.Text(3);
  s.post_id = r.Int(4);
  s.post_title = r.Text(5);
  s.post_kind = r.Text(6);
  s.community_id = r.Int(7);
  s.community_name = r.Text(8);
  s.community_path = r.Text(9);
  s.unit_id = r.Int(10);
  s.unit_name = r.Text(11);
  s.org_path = r.Text(12);
  s.served_on = r.Text(13);
  s.minutes = r.Int(14);
  s.note = r.OptText(15);
  s.status = r.Text(16);
  s.reject_reason = r.OptText(17);
  s.logged_at = r.Int(18);
  s.logged_by = r.Text(19);
  s.decided_at = r.OptInt(20);
  s.decided_by = r.OptText(21);
  return s;
}

std::optional<ServiceRecord> Load(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(fmt::format("SELECT {} FROM {} WHERE s.id = ?", kColumns, kFrom), {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

Subject SubjectOf(const ServiceRecord& s) {
  return {s.community_path, s.org_path, s.person_id, false};
}

Result<ServiceRecord> Visible(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto s = Load(c, id);
  if (!s || !Allowed(actor, Action::kRead, SubjectOf(*s))) {
    return Error::NotFound(fmt::format("no service record {}", id));
  }
  return *s;
}

Result<ServiceRecord> Decide(store::Connection& c, const auth::Actor& actor, int64_t id,
                             const std::optional<std::string>& reason) {
  store::Tx tx(c, store::Tx::kWrite);
  auto s = Visible(c, actor, id);
  if (!s) return s.error();
  if (!Allowed(actor, Action::kDecide, SubjectOf(*s))) {
    return Error::Forbidden("service hours are confirmed by the community, never by the member");
  }
  if (s->status != "logged") {
    return Error::Conflict(fmt::format("service record {} is already {}", id, s->status));
  }
  const std::string status = reason ? "rejected" : "confirmed";
  c.Exec(kDecide, {status, store::Opt(reason), actor.account_id, NowMs(), id});
  boost::json::object summary{{"minutes", s->minutes}, {"served_on", s->served_on}};
  if (reason) summary["reason"] = *reason;
  record::EventLog::Append(
      c, EventBy(actor, reason ? "service_record.reject" : "service_record.confirm",
                 "service_record", id, s->community_path, std::move(summary)));
  auto out = *Load(c, id);
  tx.Commit();
  return out;
}

}  // namespace

ServiceTotals ConfirmedServiceOf(store::Connection& c, int64_t person_id, std::string_view first,
                                 std::string_view last) {
  auto r = c.QueryOne(kConfirmedTotals, {person_id, std::string(first), std::string(last)});
  return {r->Int(0), r->Int(1)};
}

Result<ServiceRecord> LogService(store::Connection& c, const auth::Actor& actor,
                                 const ServiceForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  const int64_t person_id = f.person_id.value_or(actor.person_id);
  if (!Allowed(actor, Action::kLogService, {"", "", person_id, false})) {
    Error e = Error::Forbidden("service hours are logged by the member who served, for themself");
    e.fields.push_back({"/person_id", e.detail});
    return e;
  }
  auto post = VisiblePost(c, actor, f.post_id, "/post_id");
  if (!post) return post.error();
  auto claim = c.QueryOne(kClaimOf, {f.post_id, person_id});
  auto confirmed = ConfirmedOf(c, person_id);
  if (!claim || !confirmed || confirmed->id != claim->Int(0)) {
    return Error::Rule(
        "/post_id",
        fmt::format("claim service post {} under your confirmed report-in first", post->title));
  }
  const int64_t now = NowMs();
  if (f.served_on > LocalDate(now)) return Error::Rule("/served_on", "lies in the future");
  if (f.served_on < LocalDate(confirmed->confirmed_at)) {
    return Error::Rule("/served_on", fmt::format("lies before the report-in was confirmed on {}",
                                                 LocalDate(confirmed->confirmed_at)));
  }
  const int64_t that_day = c.QueryInt(kDayMinutes, {person_id, f.served_on});
  if (that_day + f.minutes > kMaxMinutesPerDay) {
    return Error::Rule("/hours", fmt::format("{} hours are already logged on {}: a day holds 24",
                                             HoursOf(that_day), f.served_on));
  }
  const int64_t id =
      c.Query(kInsert, {confirmed->id, person_id, f.post_id, post->community_id, f.served_on,
                        f.minutes, store::Opt(f.note), actor.account_id, now})
          .front()
          .Int(0);
  record::EventLog::Append(
      c, EventBy(actor, "service_record.log", "service_record", id, post->community_path,
                 {{"post_id", f.post_id}, {"served_on", f.served_on}, {"minutes", f.minutes}}));
  auto out = *Load(c, id);
  tx.Commit();
  return out;
}

Result<ServiceRecord> ConfirmService(store::Connection& c, const auth::Actor& actor, int64_t id) {
  return Decide(c, actor, id, std::nullopt);
}

Result<ServiceRecord> RejectService(store::Connection& c, const auth::Actor& actor, int64_t id,
                                    const ReasonForm& f) {
  return Decide(c, actor, id, f.reason);
}

Result<ServicePage> ListServices(store::Connection& c, const auth::Actor& actor,
                                 const ServiceFilter& f, const store::Page& page) {
  store::Tx tx(c, store::Tx::kRead);
  Where w(ScopeFor(actor, "c.path", "o.path", "s.person_id"));
  w.Equals("s.community_id", f.community_id);
  w.Equals("s.person_id", f.person_id);
  w.Equals("s.report_in_id", f.report_in_id);
  w.Equals("s.post_id", f.post_id);
  w.Equals("s.status", f.status);
  if (f.area_id) {
    auto path = FilterAreaPath(c, actor, *f.area_id, "area_id");
    if (!path) return path.error();
    w.Add("c.path LIKE ?", {*path + "%"});
  }
  if (f.year) {
    const Year y = YearOf(*f.year);
    w.Add("s.served_on BETWEEN ? AND ?", {y.first_day, y.last_day});
  }
  ServicePage out;
  auto totals = c.Query(
      fmt::format("SELECT count(*), COALESCE(sum(s.minutes), 0) FROM {} WHERE {}", kFrom, w.sql),
      w.params);
  out.total = totals.front().Int(0);
  out.minutes = totals.front().Int(1);
  w.params.emplace_back(page.per_page);
  w.params.emplace_back(page.Offset());
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY s.served_on DESC, s.id DESC"
                           " LIMIT ? OFFSET ?",
                           kColumns, kFrom, w.sql),
               w.params)) {
    out.items.push_back(FromRow(r));
  }
  tx.Commit();
  return out;
}

Result<ServiceRecord> GetService(store::Connection& c, const auth::Actor& actor, int64_t id) {
  return Visible(c, actor, id);
}

}  // namespace linli::report_in
