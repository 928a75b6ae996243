// Open311 GeoReport v2 at /open311/v2/ (http://wiki.open311.org/GeoReport_v2), JSON only.
// Decisions where the spec leaves room:
//  - Errors use the spec's own format, a list of {code, description}, with the HTTP status as
//    the code and the description naming the parameter at fault ("start_date: ...").
//  - Only .json is served; .xml answers 404 in that format saying so.
//  - jurisdiction_id is accepted and ignored: one deployment is one jurisdiction.
//  - GET requests: without dates, the last 90 days; a range may span at most 90 days (the
//    spec's defaults); newest first, in pages: `page_size` (default 50, at most 1,000, the
//    spec's cap) and `page` (from 1), the extension Chicago's and other Open311 servers use, so
//    a client that walks the pages sees every request and one that does not gets a small
//    answer quickly.
//  - POST requests: api_key in the body (never the URL, so no log holds it); the place is
//    address_id (an area of GET /api/v1/areas; a household is kept as given) or lat/long inside
//    a grid's outline; email, device_id, account_id and media_url are not kept (the server keeps
//    no personal data it does not need and downloads nothing).
#include <array>
#include <charconv>
#include <memory>
#include <tuple>

#include <fmt/format.h>

#include "core/clock.h"
#include "core/form.h"
#include "http/problem.h"
#include "http/schema.h"
#include "modules/appeals/appeal.h"
#include "modules/appeals/forms.h"
#include "modules/open311/answers.h"
#include "modules/open311/keys.h"
#include "modules/open311/manifest.h"
#include "modules/open311/requests.h"

namespace linli::open311 {
namespace {

namespace s = http::schema;
constexpr int kMaxRequests = 1000;
constexpr int kDefaultPageSize = 50;
constexpr int kMaxPage = 100'000;
constexpr int64_t kWindowMs = int64_t{90} * 86'400'000;
constexpr std::string_view kChangeset = "2026-11-22T00:00:00Z";

// The spec's error document: [{code, description}] with the HTTP status.
http::Response SpecError(const Error& e) {
  const int status = http::StatusOf(e.code);
  std::string description = e.detail;
  if (!e.fields.empty()) {
    std::string field = e.fields.front().pointer;
    if (!field.empty() && (field[0] == '/' || field[0] == '?')) field.erase(0, 1);
    description = field.empty() ? e.fields.front().detail
                                : fmt::format("{}: {}", field, e.fields.front().detail);
  }
  const std::vector<ErrorAnswer> out = {{status, std::move(description)}};
  return http::JsonWritten(status, shape::JsonOf(out));
}

// Runs `f`, answering any refusal in the spec's format.
http::Handler Spec(std::function<Result<http::Response>(const http::Request&)> f) {
  return [f = std::move(f)](const http::Request& req) -> Result<http::Response> {
    auto out = f(req);
    if (!out) return SpecError(out.error());
    return out;
  };
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = s.find(',', i);
    if (j == std::string::npos) j = s.size();
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

Result<RequestFilter> ParseFilter(const http::Request& req, const appeals::AppealsConfig& config) {
  RequestFilter f;
  if (auto ids = req.Query("service_request_id")) {
    for (const auto& id : Split(*ids)) {
      if (id.empty() || id.size() > 15 || id.find_first_not_of("0123456789") != std::string::npos ||
          id[0] == '0') {
        return Error::Invalid("service_request_id", "must be request ids separated by commas");
      }
      f.ids.push_back(std::stoll(id));
    }
    if (f.ids.empty() || f.ids.size() > kMaxRequests) {
      return Error::Invalid("service_request_id", "must list 1 to 1000 request ids");
    }
    f.page_size = kMaxRequests;
    return f;  // the spec: it overrides every other parameter
  }
  f.page_size = kDefaultPageSize;
  for (auto [name, value, most] : {std::tuple{"page_size", &f.page_size, kMaxRequests},
                                   std::tuple{"page", &f.page, kMaxPage}}) {
    auto v = req.Query(name);
    if (!v) continue;
    int n = 0;
    const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc() || end != v->data() + v->size() || n < 1 || n > most) {
      return Error::Invalid(name, fmt::format("must be a whole number from 1 to {}", most));
    }
    *value = n;
  }
  if (auto codes = req.Query("service_code")) {
    for (const auto& code : Split(*codes)) {
      if (!appeals::CategoryOf(config, code)) {
        return Error::Invalid("service_code", fmt::format("{} is not a service", code));
      }
      f.codes.push_back(code);
    }
  }
  std::optional<int64_t> start;
  std::optional<int64_t> end;
  if (auto v = req.Query("start_date")) {
    start = ParseTime(*v);
    if (!start)
      return Error::Invalid("start_date", "must be a date-time such as 2010-05-24T00:00:00Z");
  }
  if (auto v = req.Query("end_date")) {
    end = ParseTime(*v);
    if (!end) return Error::Invalid("end_date", "must be a date-time such as 2010-06-24T00:00:00Z");
  }
  if (!start && !end) end = NowMs();
  if (!start) start = *end - kWindowMs;
  if (!end) end = *start + kWindowMs;
  if (*end < *start) return Error::Invalid("end_date", "is before start_date");
  if (*end - *start > kWindowMs)
    return Error::Invalid("end_date", "may not span more than 90 days");
  f.start_ms = *start;
  f.end_ms = *end;
  if (auto st = req.Query("status")) {
    const auto parts = Split(*st);
    bool open = false;
    bool closed = false;
    for (const auto& p : parts) {
      if (p == "open") {
        open = true;
      } else if (p == "closed") {
        closed = true;
      } else {
        return Error::Invalid("status", "must be open or closed");
      }
    }
    if (open != closed) f.status = open ? "open" : "closed";
  }
  return f;
}

const std::vector<http::QueryParam> kJurisdiction = {
    {"jurisdiction_id", "accepted and ignored: one deployment is one jurisdiction", s::Str()}};

// GET /open311/v2/discovery.json.
void DiscoveryRoutes(http::Router& r) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/open311/v2/discovery.json",
         .access = http::Access::kPublic,
         .handler = Spec([](const http::Request&) -> Result<http::Response> {
           const DiscoveryAnswer out{kChangeset,
                                     "the community office of this deployment",
                                     "ask the system administrator for an api_key",
                                     {{"http://wiki.open311.org/GeoReport_v2",
                                       "/open311/v2",
                                       kChangeset,
                                       "production",
                                       {"application/json"}}}};
           return http::JsonWritten(200, shape::JsonOf(out));
         }),
         .tag = "open311",
         .summary = "Open311 service discovery: the one GeoReport v2 endpoint, JSON only",
         .response = shape::SchemaOf<DiscoveryAnswer>()});
}

// The appeal categories as Open311 services: the list and one service's definition.
void ServiceRoutes(http::Router& r, const appeals::AppealsConfig& config) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/open311/v2/services.json",
         .access = http::Access::kPublic,
         .handler = Spec([&config](const http::Request&) -> Result<http::Response> {
           std::vector<ServiceAnswer> out;
           for (const auto& c : config.categories) out.push_back(ServiceOf(c));
           return http::JsonWritten(200, shape::JsonOf(out, 2048));
         }),
         .tag = "open311",
         .summary = "Open311 services: the appeal categories",
         .response = shape::SchemaOf<std::vector<ServiceAnswer>>(),
         .query = kJurisdiction});

  r.Add({.method = http::Method::kGet,
         .pattern = "/open311/v2/services/{service_code}.json",
         .access = http::Access::kPublic,
         .handler = Spec([&config](const http::Request& req) -> Result<http::Response> {
           const std::string code = req.path_params.at("service_code");
           if (!appeals::CategoryOf(config, code)) {
             return Error::NotFoundField("service_code", fmt::format("no service {}", code));
           }
           return http::JsonWritten(200, shape::JsonOf(ServiceDefinitionAnswer{code, {}}));
         }),
         .tag = "open311",
         .summary = "Open311 service definition: no extra attributes for any service",
         .response = shape::SchemaOf<ServiceDefinitionAnswer>(),
         .query = kJurisdiction});
}

// /open311/v2/requests.json and /open311/v2/requests/{request}.json: list, post, read.
void RequestRoutes(http::Router& r, store::Database& db, const Crypto& crypto,
                   const appeals::AppealsConfig& config, const appeals::PhotoStore& photos) {
  r.Add(
      {.method = http::Method::kGet,
       .pattern = "/open311/v2/requests.json",
       .access = http::Access::kPublic,
       .handler = Spec([&db, &config](const http::Request& req) -> Result<http::Response> {
         auto f = ParseFilter(req, config);
         if (!f) return f.error();
         return http::JsonWritten(200, ListRequests(db.Conn(), config, *f).json);
       }),
       .tag = "open311",
       .summary = "Open311 service requests (every appeal, without personal data), newest "
                  "first, a page at a time (page_size 50 by default, at most 1000); "
                  "without dates the last 90 days",
       .response = shape::SchemaOf<std::vector<RequestAnswer>>(),
       .query = {
           {"service_request_id", "request ids, comma-separated; overrides the rest", s::Str()},
           {"service_code", "services, comma-separated", s::Str()},
           {"start_date", "requested at or after", s::DateTime()},
           {"end_date", "requested at or before; at most 90 days after start_date", s::DateTime()},
           {"status", "open or closed (or both, comma-separated)", s::Str()},
           {"page_size", "requests per page, 1 to 1000 (default 50)", s::Int()},
           {"page", "the page, from 1 (default 1)", s::Int()},
           {"jurisdiction_id", "accepted and ignored", s::Str()}}});

  r.Add({.method = http::Method::kPost,
         .pattern = "/open311/v2/requests.json",
         .access = http::Access::kPublic,
         .handler = Spec(
             [&db, &crypto, &config, photos](const http::Request& req) -> Result<http::Response> {
               const auto ct = req.Header("content-type").value_or("");
               if (!ct.starts_with("application/x-www-form-urlencoded")) {
                 return Error{Code::kUnsupportedMedia,
                              "send the request as application/x-www-form-urlencoded",
                              {}};
               }
               if (req.Query("api_key")) {
                 return Error::Invalid("api_key", "send it in the body, never in the URL");
               }
               const auto api_key = FormValue(req.body, "api_key");
               if (!api_key) return Error::Invalid("api_key", "is required");
               auto key = FindKey(db.Conn(), *api_key);
               if (!key) {
                 return Error{Code::kForbidden, "api_key", {{"api_key", "is unknown or revoked"}}};
               }
               auto f = ParsePost(req.body, config);
               if (!f) return f.error();
               appeals::Context ctx{db.Conn(), crypto, config, nullptr, photos};
               auto out = PostRequest(ctx, *key, *f);
               if (!out) return out.error();
               const std::vector<PostedAnswer> list = {std::move(*out)};
               return http::JsonWritten(201, shape::JsonOf(list));
             }),
         .tag = "open311",
         .summary = "Open311 POST a service request with the client's api_key: it enters as "
                    "an appeal on the open311 channel",
         .request = s::Obj({{"api_key", s::Str()},
                            {"service_code", s::Str()},
                            {"address_id", s::Str("an area id")},
                            {"lat", s::Str()},
                            {"long", s::Str()},
                            {"address_string", s::Str()},
                            {"description", s::Str()},
                            {"first_name", s::Str()},
                            {"last_name", s::Str()},
                            {"phone", s::Str()}},
                           {"api_key", "service_code", "description"}),
         .response = shape::SchemaOf<std::vector<PostedAnswer>>(),
         .success = 201,
         .request_content_type = "application/x-www-form-urlencoded"});

  r.Add({.method = http::Method::kGet,
         .pattern = "/open311/v2/requests/{request}.json",
         .access = http::Access::kPublic,
         .handler = Spec([&db, &config](const http::Request& req) -> Result<http::Response> {
           const std::string id = req.path_params.at("request");
           if (id.empty() || id.size() > 15 ||
               id.find_first_not_of("0123456789") != std::string::npos || id[0] == '0') {
             return Error::NotFoundField("service_request_id",
                                         fmt::format("no request {}", id.substr(0, 20)));
           }
           RequestFilter f;
           f.ids.push_back(std::stoll(id));
           f.page_size = 1;
           auto out = ListRequests(db.Conn(), config, f);
           if (out.count == 0) {
             return Error::NotFoundField("service_request_id", fmt::format("no request {}", id));
           }
           return http::JsonWritten(200, std::move(out.json));
         }),
         .tag = "open311",
         .summary = "Open311 one service request (a list of one, as the spec has it)",
         .response = shape::SchemaOf<std::vector<RequestAnswer>>(),
         .query = kJurisdiction});
}

// GET /open311/v2/tokens/{token}.json.
void TokenRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kGet,
         .pattern = "/open311/v2/tokens/{token}.json",
         .access = http::Access::kPublic,
         .handler = Spec([&db](const http::Request& req) -> Result<http::Response> {
           const std::string token = req.path_params.at("token");
           auto out = token.size() > 64 ? std::nullopt : TokenLookup(db.Conn(), token);
           if (!out) return Error::NotFoundField("token", "no request has this token");
           const std::vector<TokenAnswer> list = {std::move(*out)};
           return http::JsonWritten(200, shape::JsonOf(list));
         }),
         .tag = "open311",
         .summary = "Open311 the service request id of a token returned by POST requests",
         .response = shape::SchemaOf<std::vector<TokenAnswer>>(),
         .query = kJurisdiction});
}

// The XML forms of the lists, which answer 404 saying so.
void XmlRoutes(http::Router& r) {
  for (const char* xml : {"/open311/v2/services.xml", "/open311/v2/requests.xml"}) {
    r.Add({.method = http::Method::kGet,
           .pattern = xml,
           .access = http::Access::kPublic,
           .handler = Spec([](const http::Request&) -> Result<http::Response> {
             return Error::NotFoundField("format", "only JSON is offered: use .json");
           }),
           .tag = "open311",
           .summary = "XML is not offered: answers 404 saying so (use .json)",
           .response = shape::SchemaOf<std::vector<ErrorAnswer>>()});
  }
}

}  // namespace

Manifest Module(Services& services) {
  store::Database& db = services.db;
  const Crypto& crypto = services.crypto;
  Manifest m;
  m.name = "open311";
  m.routes = [&db, &crypto, &services](http::Router& r) {
    const appeals::AppealsConfig& config = appeals::Settings(services);
    const appeals::PhotoStore photos = appeals::PhotoStoreOf(services);
    shape::AddComponents<ErrorAnswer, ServiceAnswer, RequestAnswer, PostedAnswer>(r);
    DiscoveryRoutes(r);
    ServiceRoutes(r, config);
    RequestRoutes(r, db, crypto, config, photos);
    TokenRoutes(r, db);
    XmlRoutes(r);
  };
  return m;
}

}  // namespace linli::open311
