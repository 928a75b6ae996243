// Sessions: the token a login returns, accepted as "Authorization: Bearer <token>" or as the
// HttpOnly SameSite=Strict cookie linli_session. Only the token's digest is stored.
#pragma once

#include <cstdint>
#include <string>

#include "auth/actor.h"
#include "core/result.h"
#include "http/message.h"
#include "store/database.h"

namespace linli::accounts {

constexpr std::string_view kCookieName = "linli_session";

// The token of a request, from the bearer header first, then the cookie; "" when none.
std::string TokenOf(const http::Request& req);
// The actor behind `token`: 401 when the token is unknown, expired, or its account disabled.
Result<auth::Actor> Authenticate(store::Connection& c, std::string_view token);
// The grants of a person with the current paths of their areas and organisations.
std::vector<auth::Grant> GrantsOf(store::Connection& c, int64_t person_id);

struct NewSession {
  std::string token;
  int64_t expires_at = 0;
};
// REQUIRES: inside a write transaction.
NewSession OpenSession(store::Connection& c, int64_t account_id, int session_hours);
void CloseSession(store::Connection& c, std::string_view session_id);

// Set-Cookie values that set and clear the session cookie.
std::string SessionCookie(const std::string& token, int64_t max_age_s, bool secure);
std::string ClearedCookie(bool secure);

}  // namespace linli::accounts
