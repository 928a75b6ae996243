// Router: the table of every route, with the documentation OpenAPI is built from. Dispatch is a
// pure function of the request: match → check path ids → authenticate → call the handler →
// map any Error to a problem. It is the one top-level catch for a request.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>

#include "core/result.h"
#include "http/message.h"

namespace linli::http {

class Metrics;

enum class Access { kPublic, kSession };

using Handler = std::function<Result<Response>(const Request&)>;
using Authenticator = std::function<Result<auth::Actor>(const Request&)>;
// Answers a GET/HEAD that no route matches (the web app's files), or nullopt for a 404.
using Fallback = std::function<std::optional<Response>(const Request&)>;

struct QueryParam {
  std::string name;
  std::string description;
  boost::json::value schema;  // JSON Schema
  bool required = false;
};

struct Route {
  Method method = Method::kGet;
  std::string pattern;  // "/api/v1/areas/{id}"; a {..id} segment must be an id
  Access access = Access::kSession;
  Handler handler;
  // Documentation (required: the OpenAPI test fails on a route without it).
  std::string tag;  // the module
  std::string summary;
  boost::json::value request;   // JSON Schema of the body, or null
  boost::json::value response;  // JSON Schema of the success body, or null for 204
  int success = 200;
  std::vector<QueryParam> query;
  std::string content_type = "application/json";  // of the success body
  // Of the request body. The router refuses any other type with a 415 only for JSON; a route
  // taking another type (an image, a form) checks it in its handler.
  std::string request_content_type = "application/json";
  // A POST action that takes no body (none, or an empty object): it documents no request schema.
  bool bodiless = false;
  // A write that holds its thread long without the database (password hashing, storing an
  // upload): the server runs it on its write pool, never in the write lane's batches.
  bool blocking = false;
};

class Router {
 public:
  Router();
  ~Router();

  void Add(Route r);
  // A reusable named schema, referenced as {"$ref": "#/components/schemas/<name>"}.
  void AddSchema(const std::string& name, boost::json::value schema);
  void SetAuthenticator(Authenticator a) { authenticate_ = std::move(a); }
  void SetMetrics(Metrics* m) { metrics_ = m; }
  // Called for GET/HEAD on a path no route matches with any method (not for a 405).
  void SetFallback(Fallback f) { fallback_ = std::move(f); }

  // Never throws; every failure becomes a problem response.
  Response Dispatch(Request& req) const;
  // The route pattern that would serve `req` ("unmatched" when none), for logs and metrics.
  std::string RouteName(const Request& req) const;
  // Whether the route that would serve `req` is marked blocking.
  bool Blocking(const Request& req) const;

  const std::vector<Route>& routes() const { return routes_; }
  const std::map<std::string, boost::json::value>& schemas() const { return schemas_; }

 private:
  const Route* Match(const Request& req, std::map<std::string, std::string>& params,
                     std::vector<Method>& allowed) const;

  std::vector<Route> routes_;
  std::vector<std::vector<std::string>> segments_;  // parallel to routes_
  std::map<std::string, boost::json::value> schemas_;
  Authenticator authenticate_;
  Fallback fallback_;
  Metrics* metrics_ = nullptr;
};

}  // namespace linli::http
