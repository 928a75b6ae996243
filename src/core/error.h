// Expected failures as values: every command and query returns Result<T>; the HTTP edge maps
// Error::code to a status and renders an RFC 9457 problem document (http/problem.h).
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace linli {

// One enum for every expected failure; http/problem.cc is the only place it becomes a status.
enum class Code {
  kInvalid,           // 400/422: the input is malformed or breaks a rule; names the field
  kUnauthenticated,   // 401
  kForbidden,         // 403
  kNotFound,          // 404
  kMethodNotAllowed,  // 405
  kConflict,          // 409: the state does not allow it (duplicate, out of order)
  kPayloadTooLarge,   // 413
  kUnsupportedMedia,  // 415
  kHeadersTooLarge,   // 431: the request's header fields are over the limit
  kUnprocessable,     // 422: well-formed but breaks a domain rule
  kLocked,            // 423: account locked after failed logins
  kTooManyRequests,   // 429
  kInternal,          // 500: a bug or an unreachable dependency; never for user input
  kUnavailable,       // 503: shutting down
};

// One field at fault: `pointer` is a JSON pointer into the request ("/name", "/members/2"),
// or a query parameter written as "?page".
struct FieldError {
  std::string pointer;
  std::string detail;
};

struct Error {
  Code code = Code::kInternal;
  std::string detail;
  std::vector<FieldError> fields;

  static Error Invalid(std::string pointer, std::string detail) {
    Error e{Code::kInvalid, detail, {}};
    e.fields.push_back({std::move(pointer), std::move(detail)});
    return e;
  }
  static Error Rule(std::string pointer, std::string detail) {
    Error e{Code::kUnprocessable, detail, {}};
    if (!pointer.empty()) e.fields.push_back({std::move(pointer), std::move(detail)});
    return e;
  }
  static Error NotFound(std::string detail) { return {Code::kNotFound, std::move(detail), {}}; }
  // Something a request field names that does not exist or that the caller cannot see: 404,
  // naming the field (the same answer for both, so ids cannot be probed).
  static Error NotFoundField(std::string pointer, std::string detail) {
    Error e{Code::kNotFound, detail, {}};
    e.fields.push_back({std::move(pointer), std::move(detail)});
    return e;
  }
  static Error Forbidden(std::string detail = "this action is outside your role or area") {
    return {Code::kForbidden, std::move(detail), {}};
  }
  static Error Unauthenticated(std::string detail = "log in first") {
    return {Code::kUnauthenticated, std::move(detail), {}};
  }
  static Error Conflict(std::string detail, std::string pointer = {}) {
    Error e{Code::kConflict, detail, {}};
    if (!pointer.empty()) e.fields.push_back({std::move(pointer), std::move(detail)});
    return e;
  }
  static Error Internal(std::string detail) { return {Code::kInternal, std::move(detail), {}}; }
};

}  // namespace linli
