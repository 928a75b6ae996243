// System routes. /api/openapi.json is built from the router it is served by.
#include <boost/json/array.hpp>

#include "core/clock.h"
#include "http/openapi.h"
#include "http/schema.h"
#include "modules/system/manifest.h"
#include "record/event_log.h"

namespace linli::system {
namespace {
namespace s = http::schema;
http::Metrics* g_metrics = nullptr;
constexpr std::string_view kVersion = "0.1.0";
}  // namespace

void SetMetrics(http::Metrics* metrics) { g_metrics = metrics; }

Manifest Module(Services& services) {
  store::Database& db = services.db;
  Manifest m;
  m.name = "system";
  m.routes = [&db](http::Router& r) {
    r.Add({.method = http::Method::kGet,
           .pattern = "/healthz",
           .access = http::Access::kPublic,
           .handler = [&db](const http::Request&) -> Result<http::Response> {
             db.Conn().QueryInt("SELECT 1");
             return http::Ok({{"status", "ok"}, {"time", FormatTime(NowMs())}});
           },
           .tag = "system",
           .summary = "Liveness: the server answers and the database is reachable",
           .response = s::Obj({{"status", s::Str()}, {"time", s::DateTime()}})});

    r.Add({.method = http::Method::kGet,
           .pattern = "/api/v1/ping",
           .access = http::Access::kPublic,
           .handler = [](const http::Request&) -> Result<http::Response> {
             return http::Ok({{"pong", true}});
           },
           .tag = "system",
           .summary = "A bare answer with no work behind it, the baseline of the benchmarks",
           .response = s::Obj({{"pong", s::Bool()}})});

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
