// System routes. /api/openapi.json is built from the router it is served by.
#include <array>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <boost/json/serialize.hpp>

#include "auth/actor.h"
#include "core/clock.h"
#include "http/openapi.h"
#include "http/query.h"
#include "http/schema.h"
#include "modules/system/answers.h"
#include "modules/system/manifest.h"
#include "record/event_log.h"

namespace linli::system {
namespace {
namespace s = http::schema;
http::Metrics* g_metrics = nullptr;
constexpr std::string_view kVersion = "0.1.0";

// Who may read the record: the managing roles, each within the areas it covers. Events about
// no area (logins, system work) are visible to system admins only.
constexpr std::array kAuditors = {auth::Role::kStaff, auth::Role::kSubdistrictAdmin,
                                  auth::Role::kDistrictAdmin, auth::Role::kSystemAdmin};
Result<http::Response> ListEvents(store::Database& db, const http::Request& req) {
  if (Status st =
          http::OnlyParams(req, {"subject_kind", "subject_id", "action", "page", "per_page"});
      !st) {
    return st.error();
  }
  auto page = http::ParsePage(req);
  if (!page) return page.error();
  auto kind = http::QueryText(req, "subject_kind", 40);
  if (!kind) return kind.error();
  auto id = http::QueryId(req, "subject_id");
  if (!id) return id.error();
  auto action = http::QueryText(req, "action", 60);
  if (!action) return action.error();
  const auth::ScopeFilter scope = auth::AreaScope(req.Actor(), kAuditors, "area_path");
  if (scope.none) return Error::Forbidden("your role does not read the record");
  record::EventQuery q{scope.sql, {scope.params.begin(), scope.params.end()}};
  if (*kind) q.subject_kind = **kind;
  if (*id) q.subject_id = **id;
  if (*action) q.action = **action;
  q.limit = page->per_page;
  q.offset = page->Offset();
  const record::EventPage events = record::EventLog::Page(db.Conn(), q);
  std::vector<std::string> summaries;
  summaries.reserve(events.items.size());
  for (const auto& e : events.items) summaries.push_back(boost::json::serialize(e.event.summary));
  shape::PageOf<EventAnswer> out{{}, page->page, page->per_page, events.total};
  for (size_t i = 0; i < events.items.size(); ++i) {
    out.items.push_back(AnswerOf(events.items[i], summaries[i]));
  }
  return http::JsonWritten(200, shape::JsonOf(out, 256 + out.items.size() * 512));
}

}  // namespace

void SetMetrics(http::Metrics* metrics) { g_metrics = metrics; }

Manifest Module(Services& services) {
  store::Database& db = services.db;
  Manifest m;
  m.name = "system";
  m.routes = [&db](http::Router& r) {
    shape::AddComponents<EventAnswer>(r);
    r.Add({.method = http::Method::kGet,
           .pattern = "/healthz",
           .access = http::Access::kPublic,
           .handler = [&db](const http::Request&) -> Result<http::Response> {
             db.Conn().QueryInt("SELECT 1");
             return http::JsonWritten(200, shape::JsonOf(HealthAnswer{"ok", {NowMs()}}));
           },
           .tag = "system",
           .summary = "Liveness: the server answers and the database is reachable",
           .response = shape::SchemaOf<HealthAnswer>()});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/ping",
           .access = http::Access::kPublic,
           .handler = [](const http::Request&) -> Result<http::Response> {
             return http::JsonWritten(200, shape::JsonOf(PingAnswer{}));
           },
           .tag = "system",
           .summary = "A bare answer with no work behind it, the baseline of the benchmarks",
           .response = shape::SchemaOf<PingAnswer>()});

    r.Add({.method = http::Method::kGet,
           .pattern = "/metrics",
           .access = http::Access::kPublic,
           .handler = [](const http::Request&) -> Result<http::Response> {
             http::Response res;
             res.content_type = "text/plain; version=0.0.4";
             res.body = g_metrics ? g_metrics->Serialize() : "";
             return res;
           },
           .tag = "system",
           .summary = "Prometheus metrics: requests and latency per route, database time",
           .response = s::Str(),
           .content_type = "text/plain"});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/events",
           .handler = [&db](const http::Request& req) { return ListEvents(db, req); },
           .tag = "system",
           .summary = "The record: events in the caller's area, newest first (managing roles)",
           .response = shape::SchemaOf<shape::PageOf<EventAnswer>>(),
           .query = {{"subject_kind", "area, person, org, ...", s::Str()},
                     {"subject_id", "with subject_kind: one subject's history", s::Int()},
                     {"action", "e.g. person.reveal", s::Str()},
                     {"page", "page number from 1", s::Int()},
                     {"per_page", "rows per page, 1 to 200", s::Int()}}});

    const http::Router* self = &r;
    r.Add({.method = http::Method::kGet,
           .pattern = "/api/openapi.json",
           .access = http::Access::kPublic,
           .handler = [self](const http::Request&) -> Result<http::Response> {
             return http::Ok(http::OpenApi(*self, kVersion));
           },
           .tag = "system",
           .summary = "This API described in OpenAPI 3.1",
           .response = {{"type", "object"}}});
  };
  return m;
}

}  // namespace linli::system
