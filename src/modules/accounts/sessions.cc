#include "modules/accounts/sessions.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "core/crypto.h"
#include "modules/accounts/session_memo.h"

namespace linli::accounts {
namespace {

constexpr std::string_view kLookup =
    "SELECT s.account_id, s.expires_at, a.person_id, a.login, a.disabled"
    " FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.id = ?";
constexpr std::string_view kGrants =
    "SELECT g.role, g.area_id, COALESCE(ar.path, ''), g.org_id, COALESCE(o.path, '')"
    " FROM role_grants g LEFT JOIN areas ar ON ar.id = g.area_id"
    " LEFT JOIN party_orgs o ON o.id = g.org_id WHERE g.person_id = ? ORDER BY g.id";
constexpr std::string_view kInsert =
    "INSERT INTO sessions (id, account_id, created_at, expires_at) VALUES (?, ?, ?, ?)";
constexpr std::string_view kDelete = "DELETE FROM sessions WHERE id = ?";
constexpr std::string_view kPurgeExpired =
    "DELETE FROM sessions WHERE account_id = ? AND expires_at < ?";
constexpr size_t kMaxTokenLength = 128;

}  // namespace

std::string TokenOf(const http::Request& req) {
  if (auto h = req.Header("authorization")) {
    constexpr std::string_view kBearer = "Bearer ";
    if (h->size() > kBearer.size() && h->compare(0, kBearer.size(), kBearer) == 0) {
      return h->substr(kBearer.size());
    }
  }
  return req.Cookie(kCookieName).value_or("");
}

std::vector<auth::Grant> GrantsOf(store::Connection& c, int64_t person_id) {
  std::vector<auth::Grant> out;
  for (const auto& r : c.Query(kGrants, {person_id})) {
    auto role = auth::RoleFromName(r.Text(0));
    if (!role) continue;
    out.push_back({*role, r.OptInt(1), r.Text(2), r.OptInt(3), r.Text(4)});
  }
  return out;
}

Result<auth::Actor> Authenticate(store::Connection& c, std::string_view token) {
  if (token.empty()) return Error::Unauthenticated();
  if (token.size() > kMaxTokenLength)
    return Error::Unauthenticated("the session token is not valid");
  const std::string id = Crypto::Digest(token);
  const int64_t now = NowMs();
  SessionMemo& memo = SessionMemo::Shared();
  if (auto known = memo.Find(id, now)) return std::move(*known);
  const uint64_t generation = memo.Generation();
  store::Tx tx(c, store::Tx::kRead);
  auto row = c.QueryOne(kLookup, {id});
  if (!row || row->Int(1) < now || row->Int(4) != 0) {
    return Error::Unauthenticated("the session has ended; log in again");
  }
  auth::Actor a;
  a.account_id = row->Int(0);
  a.person_id = row->Int(2);
  a.login = row->Text(3);
  a.session_id = id;
  a.grants = GrantsOf(c, a.person_id);
  tx.Commit();
  if (!c.SeesUncommitted()) memo.Keep(a, row->Int(1), generation, now);
  return a;
}

NewSession OpenSession(store::Connection& c, int64_t account_id, int session_hours) {
  NewSession s;
  s.token = Crypto::RandomToken(32);
  const int64_t now = NowMs();
  s.expires_at = now + int64_t{session_hours} * 3600 * 1000;
  c.Exec(kPurgeExpired, {account_id, now});
  c.Exec(kInsert, {Crypto::Digest(s.token), account_id, now, s.expires_at});
  return s;
}

void CloseSession(store::Connection& c, std::string_view session_id) {
  c.Exec(kDelete, {std::string(session_id)});
}

std::string SessionCookie(const std::string& token, int64_t max_age_s, bool secure) {
  return fmt::format("{}={}; Path=/; Max-Age={}; HttpOnly; SameSite=Strict{}", kCookieName, token,
                     max_age_s, secure ? "; Secure" : "");
}

std::string ClearedCookie(bool secure) {
  return fmt::format("{}=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict{}", kCookieName,
                     secure ? "; Secure" : "");
}

}  // namespace linli::accounts
