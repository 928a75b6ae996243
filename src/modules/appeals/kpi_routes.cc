#include "modules/appeals/kpi_routes.h"

#include <algorithm>
#include <string>

#include <fmt/format.h>

#include "core/clock.h"
#include "http/query.h"
#include "http/schema.h"
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

boost::json::object RatioJson(const Request& q, const kpi::Ratio& r, kpi::Metric num,
                              kpi::Metric den) {
  boost::json::object o{{"numerator", r.numerator}, {"denominator", r.denominator}};
  o["rate"] = r.rate ? boost::json::value(*r.rate) : nullptr;
  o["links"] = boost::json::object{{"numerator", ListUrl(q, kpi::Def(num).name)},
                                   {"denominator", ListUrl(q, kpi::Def(den).name)}};
  return o;
}

boost::json::object KpiJson(store::Connection& c, const Request& q) {
  using kpi::Metric;
  const kpi::Counts counts = kpi::Sum(c, q.area.id, q.from_ms, q.to_ms);
  const kpi::Figures f = kpi::FiguresOf(counts);
  boost::json::object o;
  o["area"] = areas::ToJson(q.area);
  o["from"] = q.from ? boost::json::value(*q.from) : nullptr;
  o["to"] = q.to ? boost::json::value(*q.to) : nullptr;
  o["as_of"] = FormatTime(NowMs());
  o["received"] = boost::json::object{
      {"count", f.received},
      {"links", boost::json::object{{"appeals", ListUrl(q, kpi::Def(Metric::kReceived).name)}}}};
  o["response_rate"] = RatioJson(q, f.response, Metric::kRespondedInTime, Metric::kReceived);
  o["on_site_in_time"] = RatioJson(q, f.on_site, Metric::kOnSiteInTime, Metric::kOnSiteClocked);
  o["resolution_rate"] = RatioJson(q, f.resolution, Metric::kResolved, Metric::kResolutionBase);
  auto sat = RatioJson(q, f.satisfaction, Metric::kSatisfiedOrBasically, Metric::kRated);
  sat["strict_rate"] =
      f.strict_satisfaction.rate ? boost::json::value(*f.strict_satisfaction.rate) : nullptr;
  boost::json::object links = sat["links"].as_object();
  for (const Metric m : {Metric::kSatisfied, Metric::kBasicallySatisfied, Metric::kNotSatisfied}) {
    sat[kpi::Def(m).name] = kpi::At(counts, m);
    links[kpi::Def(m).name] = ListUrl(q, kpi::Def(m).name);
  }
  sat["links"] = std::move(links);
  o["satisfaction_rate"] = std::move(sat);
  o["overdue_now"] = boost::json::object{
      {"count", kpi::OverdueNow(c, q.area.id)},
      {"links", boost::json::object{{"appeals", fmt::format("/api/v1/appeals?area_id={}"
                                                            "&overdue=true",
                                                            q.area.id)}}}};
  return o;
}

boost::json::value RatioSchema(std::string_view numerator, std::string_view denominator) {
  return s::Obj({{"numerator", s::Int(std::string(numerator))},
                 {"denominator", s::Int(std::string(denominator))},
                 {"rate", s::Nullable({{"type", "number"}})},
                 {"links", s::Obj({{"numerator", s::Str("appeals list URL of the numerator")},
                                   {"denominator", s::Str("appeals list URL of the "
                                                          "denominator")}})}},
                {"numerator", "denominator", "rate", "links"});
}

boost::json::value KpiSchema() {
  const auto count = [](std::string what) {
    return s::Obj({{"count", s::Int(std::move(what))},
                   {"links", s::Obj({{"appeals", s::Str("appeals list URL")}})}},
                  {"count", "links"});
  };
  auto sat = RatioSchema("satisfied + basically_satisfied", "rated");
  auto& props = sat.as_object()["properties"].as_object();
  props["strict_rate"] = s::Nullable({{"type", "number"}});
  props["satisfied"] = s::Int();
  props["basically_satisfied"] = s::Int();
  props["not_satisfied"] = s::Int();
  return s::Obj({{"area", s::Ref("Area")},
                 {"from", s::Nullable(s::Date())},
                 {"to", s::Nullable(s::Date())},
                 {"as_of", s::DateTime()},
                 {"received", count("appeals received in the period in the area")},
                 {"response_rate", RatioSchema("answered by accept_by", "received")},
                 {"on_site_in_time", RatioSchema("arrived by on_site_by", "with an on-site clock")},
                 {"resolution_rate", RatioSchema("resolved, followed up or closed after a fix",
                                                 "received, less referred and merged")},
                 {"satisfaction_rate", std::move(sat)},
                 {"overdue_now", count("open with a deadline missed, now (whatever the period)")}},
                {"area", "received", "response_rate", "on_site_in_time", "resolution_rate",
                 "satisfaction_rate", "overdue_now"});
}

}  // namespace

void AddKpiRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/kpis/appeals",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           store::Connection& c = db.Conn();
           auto q = Parse(c, req);
           if (!q) return q.error();
           return http::Ok(KpiJson(c, *q));
         },
         .tag = "appeals",
         .summary = "Appeal KPIs of an area over the appeals received in a period, each figure "
                    "with the appeals list that shows the appeals behind it",
         .response = KpiSchema(),
         .query = {{"area", "the area (and everything below it)", s::Int()},
                   {"from", "received on or after this day (China Standard Time)", s::Date()},
                   {"to", "received on or before this day (China Standard Time)", s::Date()}}});
}

}  // namespace linli::appeals
