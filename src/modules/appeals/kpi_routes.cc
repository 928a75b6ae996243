#include "modules/appeals/kpi_routes.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>
#include <boost/json/serialize.hpp>

#include "core/clock.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/appeals/answers.h"
#include "modules/appeals/day_query.h"
#include "modules/appeals/kpi_counts.h"
#include "modules/appeals/permissions.h"
#include "modules/areas/area.h"

namespace linli::appeals {
namespace {

namespace s = http::schema;

struct Request {
  areas::Area area;
  std::optional<std::string> from;  // as given, YYYY-MM-DD
  std::optional<std::string> to;
  std::optional<int64_t> from_ms;  // start of `from`
  std::optional<int64_t> to_ms;    // start of the day after `to`
};

Result<Request> Parse(store::Connection& c, const http::Request& req) {
  const auth::Actor& actor = req.Actor();
  const auto roles = ReadRoles();
  if (std::none_of(roles.begin(), roles.end(), [&](auth::Role r) { return actor.Holds(r); })) {
    return Error::Forbidden("KPIs are for the workers and admins of an area");
  }
  if (Status st = http::OnlyParams(req, {"area", "from", "to"}); !st) return st.error();
  auto id = http::QueryId(req, "area");
  if (!id) return id.error();
  if (!*id) return Error::Invalid("?area", "is required: the id of an area");
  auto area = areas::Load(c, **id);
  if (!area || !actor.Allows(roles, {area->path, ""})) {
    return Error::NotFoundField("?area", fmt::format("no area {}", **id));
  }
  Request out{*area, {}, {}, {}, {}};
  auto from = QueryDay(req, "from", 0);
  if (!from) return from.error();
  auto to = QueryDay(req, "to", 1);
  if (!to) return to.error();
  if (*from && *to && **from >= **to) return Error::Invalid("?to", "is before ?from");
  out.from_ms = *from;
  out.to_ms = *to;
  if (*from) out.from = *http::QueryText(req, "from", 10).value();
  if (*to) out.to = *http::QueryText(req, "to", 10).value();
  return out;
}

// The appeals list showing the appeals received in the period in the area, in set `kpi`.
std::string ListUrl(const Request& q, std::string_view kpi) {
  std::string url = fmt::format("/api/v1/appeals?area_id={}", q.area.id);
  if (q.from) url += fmt::format("&from={}", *q.from);
  if (q.to) url += fmt::format("&to={}", *q.to);
  if (!kpi.empty()) url += fmt::format("&kpi={}", kpi);
  return url;
}

RatioLinks LinksOf(const Request& q, kpi::Metric num, kpi::Metric den) {
  return {ListUrl(q, kpi::Def(num).name), ListUrl(q, kpi::Def(den).name)};
}

RatioAnswer RatioAnswerOf(const Request& q, const kpi::Ratio& r, kpi::Metric num, kpi::Metric den) {
  return {r.numerator, r.denominator, r.rate, LinksOf(q, num, den)};
}

SatisfactionAnswer SatisfactionOf(const Request& q, const kpi::Counts& counts,
                                  const kpi::Figures& f) {
  using kpi::Metric;
  const auto url = [&](Metric m) { return ListUrl(q, kpi::Def(m).name); };
  const kpi::Ratio& r = f.satisfaction;
  SatisfactionAnswer out{r.numerator,
                         r.denominator,
                         r.rate,
                         {},
                         f.strict_satisfaction.rate,
                         kpi::At(counts, Metric::kSatisfied),
                         kpi::At(counts, Metric::kBasicallySatisfied),
                         kpi::At(counts, Metric::kNotSatisfied)};
  static_cast<RatioLinks&>(out.links) = LinksOf(q, Metric::kSatisfiedOrBasically, Metric::kRated);
  out.links.satisfied = url(Metric::kSatisfied);
  out.links.basically_satisfied = url(Metric::kBasicallySatisfied);
  out.links.not_satisfied = url(Metric::kNotSatisfied);
  return out;
}

KpiAnswer KpiOf(store::Connection& c, const Request& q) {
  using kpi::Metric;
  const kpi::Counts counts = kpi::Sum(c, q.area.id, q.from_ms, q.to_ms);
  const kpi::Figures f = kpi::FiguresOf(counts);
  KpiAnswer out;
  out.area = areas::AnswerOf(q.area);
  out.from = q.from;
  out.to = q.to;
  out.as_of = {NowMs()};
  out.received = {f.received, {ListUrl(q, kpi::Def(Metric::kReceived).name)}};
  out.response_rate = RatioAnswerOf(q, f.response, Metric::kRespondedInTime, Metric::kReceived);
  out.on_site_in_time = RatioAnswerOf(q, f.on_site, Metric::kOnSiteInTime, Metric::kOnSiteClocked);
  out.resolution_rate = RatioAnswerOf(q, f.resolution, Metric::kResolved, Metric::kResolutionBase);
  out.satisfaction_rate = SatisfactionOf(q, counts, f);
  out.overdue_now = {kpi::OverdueNow(c, q.area.id),
                     {fmt::format("/api/v1/appeals?area_id={}&overdue=true", q.area.id)}};
  return out;
}

}  // namespace

void AddKpiRoutes(http::Router& r, store::Database& db) {
  shape::AddComponents<KpiAnswer, RatioAnswer>(r);
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/kpis/appeals",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           store::Connection& c = db.Conn();
           auto q = Parse(c, req);
           if (!q) return q.error();
           return http::JsonWritten(200, shape::JsonOf(KpiOf(c, *q), 4096));
         },
         .tag = "appeals",
         .summary = "Appeal KPIs of an area over the appeals received in a period, each figure "
                    "with the appeals list that shows the appeals behind it",
         .response = shape::RefOf<KpiAnswer>(),
         .query = {{"area", "the area (and everything below it)", s::Int()},
                   {"from", "received on or after this day (China Standard Time)", s::Date()},
                   {"to", "received on or before this day (China Standard Time)", s::Date()}}});
}

}  // namespace linli::appeals
