// Plain HTTP messages: what a handler sees and returns. No Beast here; server.cc converts.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <boost/json/value.hpp>

#include "auth/actor.h"

namespace linli::http {

enum class Method { kGet, kHead, kPost, kPut, kPatch, kDelete, kOptions, kOther };
std::string_view MethodName(Method m);

struct Request {
  Method method = Method::kGet;
  std::string target;                                      // as received
  std::string path;                                        // decoded path, no query
  std::vector<std::pair<std::string, std::string>> query;  // decoded, in order
  std::map<std::string, std::string> headers;              // lower-case names
  std::string body;
  std::string request_id;
  std::string remote_ip;
  // Set by the router.
  std::map<std::string, std::string> path_params;
  std::optional<auth::Actor> actor;

  std::optional<std::string> Header(std::string_view name) const;
  std::optional<std::string> Query(std::string_view name) const;
  std::optional<std::string> Cookie(std::string_view name) const;
  // The {name} segment of the route as an id. REQUIRES: the route declares {name} as an id
  // (the router has already checked it is a positive whole number).
  int64_t PathId(std::string_view name) const;
  // REQUIRES: the route is authenticated.
  const auth::Actor& Actor() const { return *actor; }
};

struct Response {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
  std::vector<std::pair<std::string, std::string>> headers;
};

// A JSON response.
Response Json(int status, const boost::json::value& v);
inline Response Ok(const boost::json::value& v) { return Json(200, v); }
inline Response Created(const boost::json::value& v) { return Json(201, v); }
Response NoContent();

}  // namespace linli::http
