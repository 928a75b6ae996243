#include "modules/members/dues.h"

#include <map>

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/audit.h"
#include "modules/members/permissions.h"
#include "modules/members/rules.h"
#include "modules/orgs/queries.h"

namespace linli::members {
namespace {

constexpr int kMonthsAhead = 12;
constexpr std::string_view kUpsertBasis =
    "INSERT INTO dues_bases (person_id, from_month, category, income_fen, set_by, set_at)"
    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (person_id, from_month) DO UPDATE SET"
    " category = excluded.category, income_fen = excluded.income_fen,"
    " set_by = excluded.set_by, set_at = excluded.set_at";
constexpr std::string_view kPaymentColumns =
    "d.id, d.person_id, p.name, d.org_id, d.month, d.due_fen, d.amount_fen, d.paid_on, d.note,"
    " COALESCE(a.login, ''), d.recorded_at";
constexpr std::string_view kPaymentFrom =
    "dues_payments d JOIN persons p ON p.id = d.person_id"
    " LEFT JOIN accounts a ON a.id = d.recorded_by";
constexpr std::string_view kInsertPayment =
    "INSERT INTO dues_payments (person_id, org_id, month, due_fen, amount_fen, paid_on, note,"
    " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view kPaid = "SELECT id FROM dues_payments WHERE person_id = ? AND month = ?";
constexpr std::string_view kBasesOf =
    "SELECT from_month, category, income_fen FROM dues_bases WHERE person_id = ?"
    " ORDER BY from_month";

Payment PaymentFromRow(const store::Row& r) {
  return {r.Int(0), r.Int(1),  r.Text(2),    r.Int(3),  r.Text(4), r.Int(5),
          r.Int(6), r.Text(7), r.OptText(8), r.Text(9), r.Int(10)};
}

Result<MemberView> Managed(store::Connection& c, const auth::Actor& actor,
                           const MembersRules& rules, int64_t person_id) {
  auto v = VisibleMember(c, actor, rules, person_id);
  if (!v) return v.error();
  if (!Allowed(actor, Action::kManage, PlaceOf(*v))) {
    return Error::Forbidden("only the managers of the member's organisation record dues");
  }
  return v;
}

// Every basis of a member, oldest first, with the dues each gives.
std::vector<DuesBasis> BasesOf(store::Connection& c, const MembersRules& rules, int64_t person) {
  std::vector<DuesBasis> out;
  for (const auto& r : c.Query(kBasesOf, {person})) {
    DuesBasis b{r.Text(0), r.Text(1), r.Int(2), 0};
    b.due_fen = MonthlyDueFen(rules, b.category, b.income_fen);
    out.push_back(std::move(b));
  }
  return out;
}

std::optional<DuesBasis> InEffect(const std::vector<DuesBasis>& bases, const std::string& month) {
  std::optional<DuesBasis> out;
  for (const auto& b : bases) {
    if (b.from_month <= month) out = b;
  }
  return out;
}

Period Clamp(Period p) {
  const std::string now = ThisMonth();
  if (p.to > now) p.to = now;
  return p;
}

// The months of `period` for one member, given their bases and their payments by month.
std::vector<DuesMonth> Months(const std::vector<DuesBasis>& bases,
                              const std::map<std::string, Payment>& paid, const Period& period,
                              DuesTotals& totals) {
  std::vector<DuesMonth> out;
  for (const auto& m : MonthsFromTo(period.from, period.to)) {
    DuesMonth dm{m, InEffect(bases, m), std::nullopt, ""};
    if (auto it = paid.find(m); it != paid.end()) dm.payment = it->second;
    if (dm.payment) {
      dm.state = "paid";
      totals.paid_fen += dm.payment->amount_fen;
      totals.due_fen += dm.payment->due_fen;
    } else if (dm.basis) {
      dm.state = "owed";
      totals.due_fen += dm.basis->due_fen;
      totals.owed_fen += dm.basis->due_fen;
      ++totals.months_owed;
    } else {
      dm.state = "no_basis";
      ++totals.months_without_basis;
    }
    out.push_back(std::move(dm));
  }
  return out;
}

void Add(DuesTotals& into, const DuesTotals& t) {
  into.due_fen += t.due_fen;
  into.paid_fen += t.paid_fen;
  into.owed_fen += t.owed_fen;
  into.months_owed += t.months_owed;
  into.months_without_basis += t.months_without_basis;
}

}  // namespace

Result<DuesBasis> SetBasis(store::Connection& c, const auth::Actor& actor,
                           const MembersRules& rules, int64_t person_id, const BasisForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto v = Managed(c, actor, rules, person_id);
  if (!v) return v.error();
  if (f.from_month > AddMonths(ThisMonth(), kMonthsAhead)) {
    return Error::Rule("/from_month", fmt::format("lies more than {} months ahead", kMonthsAhead));
  }
  c.Exec(kUpsertBasis,
         {person_id, f.from_month, f.category, f.income_fen, actor.account_id, NowMs()});
  DuesBasis b{f.from_month, f.category, f.income_fen,
              MonthlyDueFen(rules, f.category, f.income_fen)};
  record::EventLog::Append(c,
                           EventBy(actor, "dues.basis", "party_member", person_id, v->org.area_path,
                                   {{"person_id", person_id},
                                    {"from_month", f.from_month},
                                    {"category", f.category},
                                    {"monthly_due_fen", b.due_fen}}));
  tx.Commit();
  return b;
}

Result<Payment> RecordPayment(store::Connection& c, const auth::Actor& actor,
                              const MembersRules& rules, int64_t person_id, const PaymentForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  auto v = Managed(c, actor, rules, person_id);
  if (!v) return v.error();
  if (f.month > AddMonths(ThisMonth(), kMonthsAhead)) {
    return Error::Rule("/month", fmt::format("lies more than {} months ahead", kMonthsAhead));
  }
  auto basis = BasisIn(c, rules, person_id, f.month);
  if (!basis) {
    return Error::Rule("/month", fmt::format("{} has no dues basis for {}: record one first",
                                             v->member.person.name, f.month));
  }
  const int64_t amount = f.amount_fen.value_or(basis->due_fen);
  if (amount < basis->due_fen || amount <= 0) {
    return Error::Rule("/amount_fen", fmt::format("the dues for {} are {} fen: pay at least that",
                                                  f.month, basis->due_fen));
  }
  const std::string paid_on = f.paid_on.value_or(Today());
  if (paid_on > Today()) return Error::Rule("/paid_on", "cannot lie in the future");
  if (auto paid = c.QueryOne(kPaid, {person_id, f.month})) {
    return Error::Conflict(fmt::format("{} is already paid (payment {})", f.month, paid->Int(0)),
                           "/month");
  }
  const int64_t now = NowMs();
  const int64_t id = c.Query(kInsertPayment, {person_id, v->org.id, f.month, basis->due_fen, amount,
                                              paid_on, store::Opt(f.note), actor.account_id, now})
                         .front()
                         .Int(0);
  record::EventLog::Append(c, EventBy(actor, "dues.pay", "dues_payment", id, v->org.area_path,
                                      {{"person_id", person_id},
                                       {"org_id", v->org.id},
                                       {"month", f.month},
                                       {"due_fen", basis->due_fen},
                                       {"amount_fen", amount}}));
  auto row = c.QueryOne(
      fmt::format("SELECT {} FROM {} WHERE d.id = ?", kPaymentColumns, kPaymentFrom), {id});
  tx.Commit();
  return PaymentFromRow(*row);
}

Result<MemberDues> GetMemberDues(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, int64_t person_id, Period period) {
  store::Tx tx(c, store::Tx::kRead);
  auto v = VisibleMember(c, actor, rules, person_id);
  if (!v) return v.error();
  MemberDues out{*v, Clamp(std::move(period)), {}, {}};
  std::map<std::string, Payment> paid;
  for (const auto& r : c.Query(fmt::format("SELECT {} FROM {} WHERE d.person_id = ? AND"
                                           " d.month BETWEEN ? AND ?",
                                           kPaymentColumns, kPaymentFrom),
                               {person_id, out.period.from, out.period.to})) {
    Payment p = PaymentFromRow(r);
    paid.emplace(p.month, std::move(p));
  }
  out.months = Months(BasesOf(c, rules, person_id), paid, out.period, out.totals);
  tx.Commit();
  return out;
}

Result<OrgArrears> GetOrgArrears(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, int64_t org_id, Period period) {
  store::Tx tx(c, store::Tx::kRead);
  auto o = orgs::VisibleOrg(c, actor, org_id);
  if (!o) return o.error();
  if (!MayManage(actor, o->area_path, o->path)) {
    return Error::Forbidden("only the organisation's managers see its members' dues");
  }
  OrgArrears out{*o, Clamp(std::move(period)), {}, 0, {}};
  std::map<int64_t, std::map<std::string, Payment>> paid;
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM {} WHERE d.month BETWEEN ? AND ? AND d.person_id IN"
                           " (SELECT m.person_id FROM party_members m JOIN party_orgs o"
                           " ON o.id = m.org_id WHERE o.path LIKE ?)",
                           kPaymentColumns, kPaymentFrom),
               {out.period.from, out.period.to, o->path + "%"})) {
    Payment p = PaymentFromRow(r);
    paid[p.person_id].emplace(p.month, std::move(p));
  }
  for (const auto& r : c.Query(fmt::format("SELECT {}, m.org_id, o.name FROM party_members m"
                                           " JOIN persons p ON p.id = m.person_id"
                                           " LEFT JOIN areas a ON a.id = p.area_id"
                                           " JOIN party_orgs o ON o.id = m.org_id"
                                           " WHERE o.path LIKE ? ORDER BY p.name, p.id",
                                           people::kPersonColumns),
                               {o->path + "%"})) {
    MemberArrears m{people::FromRow(r), r.Int(13), r.Text(14), {}};
    Months(BasesOf(c, rules, m.person.id), paid[m.person.id], out.period, m.totals);
    ++out.members_counted;
    Add(out.totals, m.totals);
    if (m.totals.months_owed > 0 || m.totals.months_without_basis > 0) {
      out.members.push_back(std::move(m));
    }
  }
  tx.Commit();
  return out;
}

Result<PaymentPage> ListPayments(store::Connection& c, const auth::Actor& actor,
                                 const MembersRules& rules, const PaymentFilter& f,
                                 const store::Page& page) {
  store::Tx tx(c, store::Tx::kRead);
  std::string where = "d.month BETWEEN ? AND ?";
  std::vector<store::Value> params{f.period.from, f.period.to};
  if (f.person_id) {
    auto v = VisibleMember(c, actor, rules, *f.person_id, "?person_id");
    if (!v) return v.error();
    where += " AND d.person_id = ?";
    params.emplace_back(*f.person_id);
  }
  if (f.org_id) {
    auto o = orgs::VisibleOrg(c, actor, *f.org_id);
    if (!o || !MayManage(actor, o->area_path, o->path)) {
      return Error::NotFoundField("?org_id", fmt::format("no party organisation {}", *f.org_id));
    }
    where +=
        " AND d.person_id IN (SELECT m.person_id FROM party_members m JOIN party_orgs o"
        " ON o.id = m.org_id WHERE o.path LIKE ?)";
    params.emplace_back(o->path + "%");
  }
  if (!f.person_id && !f.org_id) {
    return Error::Invalid("?org_id", "give ?org_id or ?person_id");
  }
  PaymentPage out;
  auto sums =
      c.Query(fmt::format("SELECT count(*), COALESCE(sum(d.amount_fen), 0) FROM {} WHERE {}",
                          kPaymentFrom, where),
              params);
  out.total = sums.front().Int(0);
  out.amount_fen = sums.front().Int(1);
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r : c.Query(fmt::format("SELECT {} FROM {} WHERE {} ORDER BY d.month DESC,"
                                           " p.name, d.id LIMIT ? OFFSET ?",
                                           kPaymentColumns, kPaymentFrom, where),
                               params)) {
    out.items.push_back(PaymentFromRow(r));
  }
  tx.Commit();
  return out;
}

}  // namespace linli::members
