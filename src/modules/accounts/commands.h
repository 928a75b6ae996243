// Use cases of identity: log in and out, change a password, create an account, grant a role.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/config.h"
#include "core/result.h"
#include "modules/accounts/login_limiter.h"
#include "modules/accounts/passwords.h"
#include "modules/accounts/sessions.h"
#include "store/database.h"

namespace linli::accounts {

struct LoginForm {
  std::string login;
  std::string password;
};

struct LoggedIn {
  NewSession session;
  auth::Actor actor;
};

// 401 for a wrong login or password (the same answer for both), 423 while locked, 429 past the
// per-address limit. `login_max_failures` consecutive failures lock the account for
// `lockout_minutes`; the lockout is recorded as an event.
Result<LoggedIn> Login(store::Connection& c, Passwords& pw, LoginLimiter& limiter,
                       const SecurityConfig& cfg, const LoginForm& f, const std::string& ip);
void Logout(store::Connection& c, const auth::Actor& actor);

struct PasswordChangeForm {
  std::string current_password;
  std::string new_password;
};
// Ends every other session of the account.
Status ChangePassword(store::Connection& c, Passwords& pw, const auth::Actor& actor,
                      const PasswordChangeForm& f);

struct NewAccount {
  int64_t person_id = 0;
  std::string login;
  std::string password;
};
// The actor must hold a managing role (staff or above) covering the person's area.
// Returns the account id.
Result<int64_t> CreateAccount(store::Connection& c, Passwords& pw, const auth::Actor& actor,
                              const NewAccount& a);

struct RoleGrantForm {
  int64_t person_id = 0;
  auth::Role role = auth::Role::kResident;
  std::optional<int64_t> area_id;
  std::optional<int64_t> org_id;
};
// Grants a role on an area or organisation. The granter must hold a managing role covering that
// place; only a system admin grants system_admin, which is held everywhere.
Result<int64_t> GrantRole(store::Connection& c, const auth::Actor& actor, const RoleGrantForm& f);
Status RevokeRole(store::Connection& c, const auth::Actor& actor, int64_t grant_id);

// A role grant the account's person holds, on an area or a party organisation.
struct GrantView {
  int64_t id = 0;
  std::string role;
  std::optional<int64_t> area_id;
  std::string area_name;
  std::string area_kind;
  std::optional<int64_t> org_id;
  std::string org_name;
};
// The logged-in account with its roles, as the session endpoint shows it (answers.h).
struct AccountView {
  int64_t id = 0;
  std::string login;
  int64_t person_id = 0;
  std::string person_name;
  std::vector<GrantView> roles;
};
// The actor's account; a 401 when it no longer exists.
Result<AccountView> AccountOf(store::Connection& c, const auth::Actor& actor);

}  // namespace linli::accounts
