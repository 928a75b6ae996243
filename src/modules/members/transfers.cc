#include "modules/members/transfers.h"

#include <fmt/format.h>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "core/clock.h"
#include "modules/audit.h"
#include "modules/members/member.h"
#include "modules/members/permissions.h"
#include "modules/members/rules.h"
#include "modules/orgs/members.h"
#include "modules/orgs/org.h"
#include "record/series.h"

namespace linli::members {
namespace {

// The status as read: a cancelled transfer keeps status 'issued' in its row (002 migration).
// kColumns spells the same expression.
constexpr std::string_view kStatus =
    "CASE WHEN t.cancelled_at IS NOT NULL THEN 'cancelled' ELSE t.status END";
constexpr std::string_view kColumns =
    "t.id, t.person_id, p.name, t.from_org_id, f.name, f.path, fa.path, t.to_org_id, o.name,"
    " o.path, oa.path, t.months_away, t.letter, t.letter_no, t.reason,"
    " CASE WHEN t.cancelled_at IS NOT NULL THEN 'cancelled' ELSE t.status END,"
    " t.refusal_reason, ib.login, t.issued_at, db.login, t.decided_at, t.cancel_reason";
constexpr std::string_view kFrom =
    "member_transfers t JOIN persons p ON p.id = t.person_id"
    " JOIN party_orgs f ON f.id = t.from_org_id JOIN areas fa ON fa.id = f.area_id"
    " JOIN party_orgs o ON o.id = t.to_org_id JOIN areas oa ON oa.id = o.area_id"
    " LEFT JOIN accounts ib ON ib.id = t.issued_by LEFT JOIN accounts db ON db.id = t.decided_by";
constexpr std::string_view kInsert =
    "INSERT INTO member_transfers (person_id, from_org_id, to_org_id, months_away, letter,"
    " letter_no, reason, status, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'issued', ?, ?)"
    " RETURNING id";
constexpr std::string_view kOpen =
    "SELECT id FROM member_transfers WHERE person_id = ? AND status = 'issued'"
    " AND cancelled_at IS NULL";
constexpr std::string_view kDecide =
    "UPDATE member_transfers SET status = ?, refusal_reason = ?, decided_by = ?, decided_at = ?"
    " WHERE id = ? AND status = 'issued' AND cancelled_at IS NULL";
constexpr std::string_view kCancel =
    "UPDATE member_transfers SET cancelled_at = ?, cancel_reason = ?, decided_by = ?,"
    " decided_at = ? WHERE id = ? AND status = 'issued' AND cancelled_at IS NULL";
constexpr std::string_view kMarkMobile =
    "INSERT INTO member_profiles (person_id, mobile, mobile_to, mobile_since, created_at,"
    " updated_at) VALUES (?, 1, ?, ?, ?, ?) ON CONFLICT (person_id) DO UPDATE SET mobile = 1,"
    " mobile_to = excluded.mobile_to, mobile_since = excluded.mobile_since,"
    " updated_at = excluded.updated_at";
constexpr std::string_view kClearMobile =
    "UPDATE member_profiles SET mobile = 0, mobile_to = NULL, mobile_since = NULL,"
    " updated_at = ? WHERE person_id = ?";

Transfer FromRow(const store::Row& r) {
  Transfer t;
  t.id = r.Int(0);
  t.person_id = r.Int(1);
  t.person_name = r.Text(2);
  t.from_org_id = r.Int(3);
  t.from_org_name = r.Text(4);
  t.from_org_path = r.Text(5);
  t.from_area_path = r.Text(6);
  t.to_org_id = r.Int(7);
  t.to_org_name = r.Text(8);
  t.to_org_path = r.Text(9);
  t.to_area_path = r.Text(10);
  t.months_away = r.OptInt(11);
  t.letter = r.Text(12);
  t.letter_no = r.OptText(13);
  t.reason = r.Text(14);
  t.status = r.Text(15);
  t.refusal_reason = r.OptText(16);
  t.issued_by = r.Text(17);
  t.issued_at = r.Int(18);
  t.decided_by = r.OptText(19);
  t.decided_at = r.OptInt(20);
  t.cancel_reason = r.OptText(21);
  return t;
}

std::optional<Transfer> Load(store::Connection& c, int64_t id) {
  auto row = c.QueryOne(fmt::format("SELECT {} FROM {} WHERE t.id = ?", kColumns, kFrom), {id});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

bool MayRead(const auth::Actor& actor, const Transfer& t) {
  return (actor.person_id != 0 && actor.person_id == t.person_id) ||
         MayManage(actor, t.from_area_path, t.from_org_path) ||
         MayManage(actor, t.to_area_path, t.to_org_path);
}

// An issued transfer the actor may decide: 404 unseen, 403 not the destination's, 409 decided.
Result<Transfer> Decidable(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto t = VisibleTransfer(c, actor, id);
  if (!t) return t.error();
  if (!MayManage(actor, t->to_area_path, t->to_org_path)) {
    return Error::Forbidden("only the destination organisation accepts or refuses a transfer");
  }
  if (t->status != "issued") {
    return Error::Conflict(fmt::format("transfer {} is already {}", id, t->status));
  }
  return t;
}

boost::json::value J(const std::optional<std::string>& v) {
  return v ? boost::json::value(*v) : boost::json::value(nullptr);
}

}  // namespace

Result<Transfer> VisibleTransfer(store::Connection& c, const auth::Actor& actor, int64_t id) {
  auto t = Load(c, id);
  if (!t || !MayRead(actor, *t)) return Error::NotFound(fmt::format("no transfer {}", id));
  return *t;
}

std::string NextLetterNo(store::Connection& c, int64_t from_org_id, int64_t now_ms) {
  const std::string series = fmt::format("ZZ-{}-{}-", LocalDate(now_ms).substr(0, 4), from_org_id);
  return fmt::format("{}{:04}", series, record::NextInSeries(c, series));
}

Result<Transfer> IssueTransfer(store::Connection& c, const auth::Actor& actor,
                               const MembersRules& rules, const TransferForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto v = VisibleMember(c, actor, rules, f.person_id, "/person_id");
  if (!v) return v.error();
  if (!Allowed(actor, Action::kManage, PlaceOf(*v))) {
    return Error::Forbidden("only the organisation holding the membership issues its transfer");
  }
  auto to = orgs::Load(c, f.to_org_id);
  if (!to) {
    return Error::NotFoundField("/to_org_id", fmt::format("no party organisation {}", f.to_org_id));
  }
  if (to->id == v->org.id) {
    return Error::Rule("/to_org_id", fmt::format("{} already belongs to {}: a transfer goes to "
                                                 "another organisation",
                                                 v->member.person.name, to->name));
  }
  if (auto open = c.QueryOne(kOpen, {f.person_id})) {
    return Error::Conflict(
        fmt::format("{} already has transfer {} under way", v->member.person.name, open->Int(0)),
        "/person_id");
  }
  const std::string letter = LetterFor(rules, f.months_away);
  const int64_t now = NowMs();
  std::optional<std::string> letter_no;
  if (letter != "none") letter_no = NextLetterNo(c, v->org.id, now);
  const int64_t id =
      c.Query(kInsert, {f.person_id, v->org.id, to->id, store::Opt(f.months_away), letter,
                        store::Opt(letter_no), f.reason, actor.account_id, now})
          .front()
          .Int(0);
  record::EventLog::Append(
      c, EventBy(actor, "transfer.issue", "member_transfer", id, v->org.area_path,
                 {{"person_id", f.person_id},
                  {"from_org_id", v->org.id},
                  {"to_org_id", to->id},
                  {"months_away", f.months_away ? boost::json::value(*f.months_away) : nullptr},
                  {"letter", letter},
                  {"letter_no", J(letter_no)}}));
  auto out = *Load(c, id);
  tx.Commit();
  return out;
}

Result<Transfer> AcceptTransfer(store::Connection& c, const auth::Actor& actor, int64_t id) {
  store::Tx tx(c, store::Tx::kWrite);
  auto t = Decidable(c, actor, id);
  if (!t) return t.error();
  const int64_t now = NowMs();
  auto held = orgs::MembershipOf(c, t->person_id);
  if (!held || held->org_id != t->from_org_id) {
    return Error::Conflict(fmt::format("{} is no longer held by {}: the transfer is stale",
                                       t->person_name, t->from_org_name));
  }
  if (t->letter == "transfer") {
    auto moved = orgs::MoveMember(c, actor, t->person_id, t->to_org_id);
    if (!moved) return moved.error();
    c.Exec(kClearMobile, {now, t->person_id});
  } else {
    c.Exec(kMarkMobile, {t->person_id, t->to_org_name, LocalDate(now), now, now});
  }
  c.Exec(kDecide, {std::string("accepted"), store::Null{}, actor.account_id, now, id});
  record::EventLog::Append(c,
                           EventBy(actor, "transfer.accept", "member_transfer", id, t->to_area_path,
                                   {{"person_id", t->person_id},
                                    {"letter", t->letter},
                                    {"membership_moved", t->letter == "transfer"}}));
  auto out = *Load(c, id);
  tx.Commit();
  return out;
}

Result<Transfer> RefuseTransfer(store::Connection& c, const auth::Actor& actor, int64_t id,
                                const ReasonForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto t = Decidable(c, actor, id);
  if (!t) return t.error();
  c.Exec(kDecide, {std::string("refused"), f.reason, actor.account_id, NowMs(), id});
  record::EventLog::Append(c,
                           EventBy(actor, "transfer.refuse", "member_transfer", id, t->to_area_path,
                                   {{"person_id", t->person_id}, {"reason", f.reason}}));
  auto out = *Load(c, id);
  tx.Commit();
  return out;
}

Result<Transfer> CancelTransfer(store::Connection& c, const auth::Actor& actor, int64_t id,
                                const ReasonForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto t = VisibleTransfer(c, actor, id);
  if (!t) return t.error();
  if (!MayManage(actor, t->from_area_path, t->from_org_path)) {
    return Error::Forbidden("only the organisation that issued a transfer cancels it");
  }
  if (t->status != "issued") {
    return Error::Conflict(fmt::format("transfer {} is already {}", id, t->status));
  }
  const int64_t now = NowMs();
  c.Exec(kCancel, {now, f.reason, actor.account_id, now, id});
  record::EventLog::Append(
      c, EventBy(actor, "transfer.cancel", "member_transfer", id, t->from_area_path,
                 {{"person_id", t->person_id}, {"reason", f.reason}}));
  auto out = *Load(c, id);
  tx.Commit();
  return out;
}

Result<TransferPage> ListTransfers(store::Connection& c, const auth::Actor& actor,
                                   const TransferFilter& f, const store::Page& page) {
  store::Tx tx(c, store::Tx::kRead);
  // Scope: the member's own, or either organisation within the caller's managed places.
  const auth::ScopeFilter from_area = auth::AreaScope(actor, ManagerRoles(), "fa.path");
  const auth::ScopeFilter to_area = auth::AreaScope(actor, ManagerRoles(), "oa.path");
  const auth::ScopeFilter from_org = auth::OrgScope(actor, ManagerRoles(), "f.path");
  const auth::ScopeFilter to_org = auth::OrgScope(actor, ManagerRoles(), "o.path");
  std::string where = "(t.person_id = ?";
  std::vector<store::Value> params{actor.person_id};
  for (const auto* s : {&from_area, &to_area, &from_org, &to_org}) {
    if (s->none) continue;
    where += " OR " + s->sql;
    params.insert(params.end(), s->params.begin(), s->params.end());
  }
  where += ")";
  if (f.person_id) {
    where += " AND t.person_id = ?";
    params.emplace_back(*f.person_id);
  }
  if (f.org_id) {
    where += " AND (t.from_org_id = ? OR t.to_org_id = ?)";
    params.emplace_back(*f.org_id);
    params.emplace_back(*f.org_id);
  }
  if (f.status) {
    where += fmt::format(" AND {} = ?", kStatus);
    params.emplace_back(*f.status);
  }
  TransferPage out;
  out.total =
      c.Query(fmt::format("SELECT count(*) FROM {} WHERE {}", kFrom, where), params).front().Int(0);
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r : c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY t.issued_at DESC,"
                                           " t.id DESC LIMIT ? OFFSET ?",
                                           kColumns, kFrom, where),
                               params)) {
    out.items.push_back(FromRow(r));
  }
  tx.Commit();
  return out;
}

Result<printing::Form> LetterPage(const Transfer& t) {
  if (t.letter == "none") {
    return Error::NotFound(fmt::format(
        "transfer {} needs no letter: the member is away for no more than the configured months",
        t.id));
  }
  printing::Form p;
  const bool transfer = t.letter == "transfer";
  p.templ = transfer ? "members/transfer_letter" : "members/certificate_letter";
  p.title = transfer ? "中国共产党党员组织关系介绍信" : "中国共产党党员证明信";
  p.number = "编号 " + t.letter_no.value_or("");
  p.rows = {{"党员姓名", t.person_name},
            {"原所在党组织", t.from_org_name},
            {"前往党组织", t.to_org_name},
            {"外出时间", t.months_away ? fmt::format("{} 个月", *t.months_away) : "长期"},
            {"事由", t.reason},
            {"开具日期", LocalDate(t.issued_at)},
            {"状态", t.status == "issued"      ? "已开具，待接收"
                     : t.status == "accepted"  ? "已接收"
                     : t.status == "cancelled" ? "已撤销：" + t.cancel_reason.value_or("")
                                               : "被拒收：" + t.refusal_reason.value_or("")}};
  p.sections = {{"说明", transfer
                             ? "该同志的党员组织关系转入你处，请接洽。"
                             : "该同志的党员组织关系仍在原党组织，外出期间请安排其参加组织生活。"}};
  p.seal = t.from_org_name;
  p.date = LocalDate(t.issued_at);
  const bool received = t.status == "accepted" && t.decided_at;
  p.fields = {{"member", t.person_name},
              {"from", t.from_org_name},
              {"to", t.to_org_name},
              {"stub", {{"seal", nullptr}, {"date", p.date}, {"signatures", boost::json::array()}}},
              {"return_slip",
               {{"seal", t.to_org_name},
                {"date", received ? boost::json::value(LocalDate(*t.decided_at)) : nullptr},
                {"signatures", boost::json::array({boost::json::object{{"label", "经办人"}}})}}}};
  return p;
}

}  // namespace linli::members
