#include "http/problem.h"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>

namespace linli::http {
namespace {

struct Kind {
  int status;
  std::string_view slug;
  std::string_view title;
};

Kind KindOf(Code code) {
  switch (code) {
    case Code::kInvalid:
      return {400, "invalid-input", "The request is not valid"};
    case Code::kUnauthenticated:
      return {401, "unauthenticated", "Authentication required"};
    case Code::kForbidden:
      return {403, "forbidden", "Not allowed"};
    case Code::kNotFound:
      return {404, "not-found", "Not found"};
    case Code::kMethodNotAllowed:
      return {405, "method-not-allowed", "Method not allowed"};
    case Code::kConflict:
      return {409, "conflict", "Conflicts with the current state"};
    case Code::kPayloadTooLarge:
      return {413, "payload-too-large", "The body is too large"};
    case Code::kUnsupportedMedia:
      return {415, "unsupported-media-type", "Unsupported media type"};
    case Code::kHeadersTooLarge:
      return {431, "headers-too-large", "The request header fields are too large"};
    case Code::kUnprocessable:
      return {422, "rule-violated", "The request breaks a rule"};
    case Code::kLocked:
      return {423, "locked", "The account is locked"};
    case Code::kTooManyRequests:
      return {429, "too-many-requests", "Too many requests"};
    case Code::kUnavailable:
      return {503, "unavailable", "Service unavailable"};
    case Code::kInternal:
      break;
  }
  return {500, "internal", "Internal error"};
}

}  // namespace

int StatusOf(Code code) { return KindOf(code).status; }

Response Problem(const Error& e, const Request& req) {
  const Kind k = KindOf(e.code);
  boost::json::object o;
  o["type"] = "https://linli.example/problems/" + std::string(k.slug);
  o["title"] = k.title;
  o["status"] = k.status;
  o["detail"] =
      e.code == Code::kInternal ? "an internal error occurred; it has been logged" : e.detail;
  o["instance"] = "urn:linli:request:" + req.request_id;
  if (!e.fields.empty()) {
    boost::json::array errs;
    for (const auto& f : e.fields) errs.push_back({{"pointer", f.pointer}, {"detail", f.detail}});
    o["errors"] = std::move(errs);
  }
  Response r;
  r.status = k.status;
  r.content_type = "application/problem+json";
  r.body = boost::json::serialize(o);
  return r;
}

}  // namespace linli::http
