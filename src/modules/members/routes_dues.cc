// The routes of party dues: a member's, and an organisation's.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include "http/answer.h"
#include "http/page_params.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/members/dues.h"
#include "modules/members/forms.h"
#include "modules/members/routes.h"
#include "modules/members/rules.h"

namespace linli::members {
namespace {

namespace s = http::schema;
using routes::Fen;
using routes::IdName;
using routes::List;
using routes::Month;

// A month parameter "YYYY-MM"; a failure names it.
Result<std::optional<std::string>> QueryMonth(const http::Request& req, std::string_view name) {
  auto v = http::QueryText(req, name, 7);
  if (!v) return v.error();
  if (*v && !ValidMonth(**v)) {
    return Error::Invalid(fmt::format("?{}", name), "must be a month YYYY-MM");
  }
  return *v;
}

// ?from and ?to: the current year up to the current month by default.
Result<Period> QueryPeriod(const http::Request& req) {
  auto from = QueryMonth(req, "from");
  if (!from) return from.error();
  auto to = QueryMonth(req, "to");
  if (!to) return to.error();
  const std::string now = ThisMonth();
  Period p{from->value_or(now.substr(0, 4) + "-01"), to->value_or(now)};
  if (p.from > p.to) return Error::Invalid("?to", "comes before ?from");
  return p;
}

std::vector<http::QueryParam> PeriodParams() {
  return {{"from", "first month, YYYY-MM (default January of this year)", Month()},
          {"to", "last month, YYYY-MM (default this month; later months are never owed)", Month()}};
}

boost::json::object TotalsJson(const DuesTotals& t) {
  return {{"due_fen", t.due_fen},
          {"paid_fen", t.paid_fen},
          {"owed_fen", t.owed_fen},
          {"months_owed", t.months_owed},
          {"months_without_basis", t.months_without_basis}};
}

boost::json::value TotalsSchema() {
  return s::Obj({{"due_fen", Fen("dues of the months with a basis")},
                 {"paid_fen", Fen("paid for months of the period")},
                 {"owed_fen", Fen("dues of the months owed")},
                 {"months_owed", s::Int()},
                 {"months_without_basis", s::Int()}});
}

}  // namespace

void MemberDuesRoutes(http::Router& r, store::Database& db, const MembersRules& rules) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/members/{person_id}/dues-basis",
         .handler = http::FormAnswer(
             ParseBasis,
             [&db, &rules](const http::Request& req, const auto& form) {
               return SetBasis(db.Conn(), req.Actor(), rules, req.PathId("person_id"), form);
             },
             201),
         .tag = "members",
         .summary = "Record what a member's dues are computed from, from a month on: category "
                    "and monthly income",
         .request = s::Obj({{"from_month", Month()},
                            {"category", s::Enum(List(DuesCategories()))},
                            {"income_fen", Fen("monthly income after tax, or the pension; "
                                               "required for in_service and retired")}},
                           {"from_month", "category"}),
         .response = s::Ref("DuesBasis"),
         .success = 201});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/members/{person_id}/dues-payments",
         .handler = http::FormAnswer(
             ParsePayment,
             [&db, &rules](const http::Request& req, const auto& form) {
               return RecordPayment(db.Conn(), req.Actor(), rules, req.PathId("person_id"), form);
             },
             201),
         .tag = "members",
         .summary = "Record a month's dues paid (no payment gateway)",
         .request = s::Obj({{"month", Month()},
                            {"amount_fen", Fen("at least the month's dues; default the dues")},
                            {"paid_on", s::Date()},
                            {"note", s::Str("at most 500 characters")}},
                           {"month"}),
         .response = s::Ref("DuesPayment"),
         .success = 201});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/members/{person_id}/dues",
         .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"from", "to"}); !st) return st.error();
           auto period = QueryPeriod(req);
           if (!period) return period.error();
           const int64_t person = req.PathId("person_id");
           auto d = GetMemberDues(db.Conn(), req.Actor(), rules, person, *period);
           if (!d) return d.error();
           boost::json::array months;
           for (const auto& m : d->months) {
             months.push_back(
                 {{"month", m.month},
                  {"state", m.state},
                  {"basis", m.basis ? boost::json::value(ToJson(*m.basis)) : nullptr},
                  {"payment", m.payment ? boost::json::value(ToJson(*m.payment)) : nullptr}});
           }
           return http::Ok(boost::json::object{
               {"member", {{"id", person}, {"name", d->member.member.person.name}}},
               {"from", d->period.from},
               {"to", d->period.to},
               {"months", std::move(months)},
               {"totals", TotalsJson(d->totals)},
               {"links",
                {{"payments", fmt::format("/api/v1/dues/payments?person_id={}&from={}&to={}",
                                          person, d->period.from, d->period.to)}}}});
         },
         .tag = "members",
         .summary = "A member's dues month by month: paid, owed or without a basis, with totals",
         .response =
             s::Obj({{"member", IdName()},
                     {"from", Month()},
                     {"to", Month()},
                     {"months", s::Arr(s::Obj({{"month", Month()},
                                               {"state", s::Enum({"paid", "owed", "no_basis"})},
                                               {"basis", s::Nullable(s::Ref("DuesBasis"))},
                                               {"payment", s::Nullable(s::Ref("DuesPayment"))}}))},
                     {"totals", TotalsSchema()},
                     {"links", s::Obj({{"payments", s::Str()}})}}),
         .query = PeriodParams()});
}

void OrgDuesRoutes(http::Router& r, store::Database& db, const MembersRules& rules) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/dues/arrears",
         .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"org_id", "from", "to"}); !st) {
             return st.error();
           }
           auto org = http::QueryId(req, "org_id");
           if (!org) return org.error();
           if (!*org) return Error::Invalid("?org_id", "is required");
           auto period = QueryPeriod(req);
           if (!period) return period.error();
           auto a = GetOrgArrears(db.Conn(), req.Actor(), rules, **org, *period);
           if (!a) return a.error();
           boost::json::array members;
           for (const auto& m : a->members) {
             members.push_back({{"member", {{"id", m.person.id}, {"name", m.person.name}}},
                                {"org", {{"id", m.org_id}, {"name", m.org_name}}},
                                {"totals", TotalsJson(m.totals)},
                                {"link", fmt::format("/api/v1/members/{}/dues?from={}&to={}",
                                                     m.person.id, a->period.from, a->period.to)}});
           }
           return http::Ok(boost::json::object{
               {"org", {{"id", a->org.id}, {"name", a->org.name}}},
               {"from", a->period.from},
               {"to", a->period.to},
               {"members_counted", a->members_counted},
               {"totals", TotalsJson(a->totals)},
               {"members", std::move(members)},
               {"links",
                {{"payments", fmt::format("/api/v1/dues/payments?org_id={}&from={}&to={}",
                                          a->org.id, a->period.from, a->period.to)}}}});
         },
         .tag = "members",
         .summary = "Dues arrears of an organisation and those below it for a period: totals, "
                    "and each member with a month owed, linking to their months",
         .response = s::Obj({{"org", IdName()},
                             {"from", Month()},
                             {"to", Month()},
                             {"members_counted", s::Int()},
                             {"totals", TotalsSchema()},
                             {"members", s::Arr(s::Obj({{"member", IdName()},
                                                        {"org", IdName()},
                                                        {"totals", TotalsSchema()},
                                                        {"link", s::Str()}}))},
                             {"links", s::Obj({{"payments", s::Str()}})}}),
         .query =
             [] {
               auto q = PeriodParams();
               q.insert(q.begin(), {"org_id", "the organisation", s::Int(), true});
               return q;
             }()});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/dues/payments",
         .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
           auto page = http::ParseListPage(req, {"org_id", "person_id", "from", "to"});
           if (!page) return page.error();
           PaymentFilter f;
           if (Status st =
                   http::QueryIds(req, {{"org_id", &f.org_id}, {"person_id", &f.person_id}});
               !st) {
             return st.error();
           }
           auto period = QueryPeriod(req);
           if (!period) return period.error();
           f.period = *period;
           auto res = ListPayments(db.Conn(), req.Actor(), rules, f, *page);
           if (!res) return res.error();
           boost::json::array items;
           for (const auto& p : res->items) items.push_back(ToJson(p));
           boost::json::object body = http::PageBody(std::move(items), *page, res->total);
           body["amount_fen"] = res->amount_fen;
           return http::Ok(body);
         },
         .tag = "members",
         .summary = "Dues payments of a member or of an organisation's members for a period, "
                    "with their sum",
         .response = s::Obj({{"items", s::Arr(s::Ref("DuesPayment"))},
                             {"page", s::Int()},
                             {"per_page", s::Int()},
                             {"total", s::Int()},
                             {"amount_fen", s::Int()}}),
         .query = http::WithPage([] {
           auto q = PeriodParams();
           q.insert(q.begin(), {{"org_id", "an organisation's members", s::Int()},
                                {"person_id", "one member", s::Int()}});
           return q;
         }())});
}

}  // namespace linli::members
