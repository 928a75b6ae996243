// The routes of party dues: a member's, and an organisation's.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "http/page_params.h"
#include "http/query.h"
#include "http/schema.h"
#include "http/shape.h"
#include "modules/members/answers.h"
#include "modules/members/dues.h"
#include "modules/members/forms.h"
#include "modules/members/routes.h"
#include "modules/members/rules.h"

namespace linli::members {
namespace {

namespace s = http::schema;
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

}  // namespace

void MemberDuesRoutes(http::Router& r, store::Database& db, const MembersRules& rules) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/members/{person_id}/dues-basis",
         .handler = routes::FormAnswer(
             ParseBasis,
             [&db, &rules](const http::Request& req, const auto& form) {
               return SetBasis(db.Conn(), req.Actor(), rules, req.PathId("person_id"), form);
             },
             201),
         .tag = "members",
         .summary = "Record what a member's dues are computed from, from a month on: category "
                    "and monthly income",
         .request = s::Body(BasisFields()),
         .response = shape::RefOf<DuesBasisAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/members/{person_id}/dues-payments",
         .handler = routes::FormAnswer(
             ParsePayment,
             [&db, &rules](const http::Request& req, const auto& form) {
               return RecordPayment(db.Conn(), req.Actor(), rules, req.PathId("person_id"), form);
             },
             201),
         .tag = "members",
         .summary = "Record a month's dues paid (no payment gateway)",
         .request = s::Body(PaymentFields()),
         .response = shape::RefOf<PaymentAnswer>(),
         .success = 201});

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/members/{person_id}/dues",
         .handler = [&db, &rules](const http::Request& req) -> Result<http::Response> {
           if (Status st = http::OnlyParams(req, {"from", "to"}); !st) return st.error();
           auto period = QueryPeriod(req);
           if (!period) return period.error();
           auto d = GetMemberDues(db.Conn(), req.Actor(), rules, req.PathId("person_id"), *period);
           if (!d) return d.error();
           return http::JsonWritten(200, AnswerJson(*d));
         },
         .tag = "members",
         .summary = "A member's dues month by month: paid, owed or without a basis, with totals",
         .response = shape::RefOf<MemberDuesAnswer>(),
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
           return http::JsonWritten(200, AnswerJson(*a));
         },
         .tag = "members",
         .summary = "Dues arrears of an organisation and those below it for a period: totals, "
                    "and each member with a month owed, linking to their months",
         .response = shape::RefOf<ArrearsAnswer>(),
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
           PaymentPageAnswer out;
           out.items.reserve(res->items.size());
           for (const auto& p : res->items) out.items.push_back(AnswerOf(p));
           out.page = page->page;
           out.per_page = page->per_page;
           out.total = res->total;
           out.amount_fen = res->amount_fen;
           return http::JsonWritten(200, shape::JsonOf(out, 256 + out.items.size() * 512));
         },
         .tag = "members",
         .summary = "Dues payments of a member or of an organisation's members for a period, "
                    "with their sum",
         .response = shape::SchemaOf<PaymentPageAnswer>(),
         .query = http::WithPage([] {
           auto q = PeriodParams();
           q.insert(q.begin(), {{"org_id", "an organisation's members", s::Int()},
                                {"person_id", "one member", s::Int()}});
           return q;
         }())});
}

}  // namespace linli::members
