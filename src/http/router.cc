#include "http/router.h"

#include <chrono>

#include <fmt/format.h>
#include <spdlog/spdlog.h>

#include "http/metrics.h"
#include "http/problem.h"
#include "store/database.h"

namespace linli::http {
namespace {

std::vector<std::string> Split(std::string_view path) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < path.size()) {
    if (path[i] == '/') {
      ++i;
      continue;
    }
    const size_t j = path.find('/', i);
    out.emplace_back(path.substr(i, j == std::string_view::npos ? std::string_view::npos : j - i));
    if (j == std::string_view::npos) break;
    i = j;
  }
  return out;
}

bool IsParam(const std::string& seg) {
  return seg.size() > 2 && seg.front() == '{' && seg.back() == '}';
}

bool IsIdParam(std::string_view name) {
  return name == "id" || (name.size() > 3 && name.substr(name.size() - 3) == "_id");
}

bool ValidId(std::string_view s) {
  if (s.empty() || s.size() > 16 || s[0] == '0') return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return std::stoll(std::string(s)) <= (int64_t{1} << 53) - 1;
}

bool HasBody(Method m) { return m == Method::kPost || m == Method::kPut || m == Method::kPatch; }

}  // namespace

Router::Router() = default;
Router::~Router() = default;

void Router::Add(Route r) {
  segments_.push_back(Split(r.pattern));
  routes_.push_back(std::move(r));
}

void Router::AddSchema(const std::string& name, boost::json::value schema) {
  schemas_[name] = std::move(schema);
}

const Route* Router::Match(const Request& req, std::map<std::string, std::string>& params,
                           std::vector<Method>& allowed) const {
  const auto segs = Split(req.path);
  const Route* found = nullptr;
  for (size_t i = 0; i < routes_.size(); ++i) {
    const auto& pat = segments_[i];
    if (pat.size() != segs.size()) continue;
    std::map<std::string, std::string> p;
    bool ok = true;
    for (size_t k = 0; k < pat.size() && ok; ++k) {
      if (IsParam(pat[k])) {
        p[pat[k].substr(1, pat[k].size() - 2)] = segs[k];
      } else if (auto close = pat[k].find('}');
                 pat[k].front() == '{' && close != 1 && close != std::string::npos) {
        // "{name}.json": a parameter with a literal suffix (the Open311 resources).
        const std::string suffix = pat[k].substr(close + 1);
        ok = segs[k].size() > suffix.size() && segs[k].ends_with(suffix);
        if (ok) p[pat[k].substr(1, close - 1)] = segs[k].substr(0, segs[k].size() - suffix.size());
      } else {
        ok = pat[k] == segs[k];
      }
    }
    if (!ok) continue;
    const Method m = req.method == Method::kHead ? Method::kGet : req.method;
    if (routes_[i].method == m && !found) {
      found = &routes_[i];
      params = std::move(p);
    }
    allowed.push_back(routes_[i].method);
  }
  return found;
}

std::string Router::RouteName(const Request& req) const {
  std::map<std::string, std::string> params;
  std::vector<Method> allowed;
  const Route* r = Match(req, params, allowed);
  return r ? r->pattern : "unmatched";
}

bool Router::Blocking(const Request& req) const {
  std::map<std::string, std::string> params;
  std::vector<Method> allowed;
  const Route* r = Match(req, params, allowed);
  return r && r->blocking;
}

Response Router::Dispatch(Request& req) const {
  const auto start = std::chrono::steady_clock::now();
  std::map<std::string, std::string> params;
  std::vector<Method> allowed;
  const Route* route = Match(req, params, allowed);
  Response res;
  std::string name = route ? route->pattern : "unmatched";

  auto run = [&]() -> Result<Response> {
    if (!route) {
      if (!allowed.empty()) {
        Error e{Code::kMethodNotAllowed,
                fmt::format("{} is not allowed on {}", MethodName(req.method), req.path),
                {}};
        return e;
      }
      if (fallback_ && (req.method == Method::kGet || req.method == Method::kHead)) {
        if (auto file = fallback_(req)) {
          name = "static";
          return std::move(*file);
        }
      }
      return Error::NotFound(fmt::format("no resource at {}", req.path));
    }
    for (const auto& [k, v] : params) {
      if (IsIdParam(k) && !ValidId(v)) {
        return Error::Invalid("{" + k + "}", "must be an id (a positive whole number)");
      }
    }
    req.path_params = params;
    if (route->access == Access::kSession) {
      if (!authenticate_) return Error::Unauthenticated();
      auto actor = authenticate_(req);
      if (!actor) return actor.error();
      req.actor = std::move(actor.value());
    }
    if (HasBody(req.method) && route->request.is_object() &&
        route->request_content_type == "application/json") {
      const auto ct = req.Header("content-type").value_or("");
      if (ct.rfind("application/json", 0) != 0) {
        return Error{Code::kUnsupportedMedia, "send the body as application/json", {}};
      }
    }
    return route->handler(req);
  };

  try {
    auto out = run();
    res = out ? std::move(out.value()) : Problem(out.error(), req);
    if (!out && out.error().code == Code::kMethodNotAllowed) {
      std::string allow;
      for (auto m : allowed) allow += (allow.empty() ? "" : ", ") + std::string(MethodName(m));
      res.headers.emplace_back("Allow", allow);
    }
  } catch (const store::StoreError& e) {
    Error err = Error::Internal("storage failure");
    if (e.kind() == store::StoreError::Kind::kUnique) {
      err = Error::Conflict("a record with the same unique value already exists");
    } else if (e.kind() == store::StoreError::Kind::kBusy) {
      err = Error{Code::kUnavailable, "the database is busy; try again", {}};
    }
    spdlog::error("request {} {} {}: {}", req.request_id, MethodName(req.method), name, e.what());
    res = Problem(err, req);
  } catch (const std::exception& e) {
    spdlog::error("request {} {} {}: {}", req.request_id, MethodName(req.method), name, e.what());
    res = Problem(Error::Internal(e.what()), req);
  }
  if (metrics_) {
    const double secs =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    metrics_->ObserveRequest(name, MethodName(req.method), res.status, secs);
  }
  return res;
}

}  // namespace linli::http
