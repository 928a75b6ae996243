#include "modules/accounts/commands.h"

#include <array>

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/accounts/session_memo.h"
#include "modules/audit.h"

namespace linli::accounts {
namespace {

using auth::Role;

constexpr std::string_view kByLogin =
    "SELECT id, person_id, password_hash, failed_logins, locked_until, disabled FROM accounts"
    " WHERE login = ?";
constexpr std::string_view kFailed =
    "UPDATE accounts SET failed_logins = ?, locked_until = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kPasswordOf = "SELECT password_hash FROM accounts WHERE id = ?";
constexpr std::string_view kSetPassword =
    "UPDATE accounts SET password_hash = ?, updated_at = ? WHERE id = ?";
constexpr std::string_view kEndOtherSessions =
    "DELETE FROM sessions WHERE account_id = ? AND id <> ?";
constexpr std::string_view kInsertAccount =
    "INSERT INTO accounts (person_id, login, password_hash, created_at, updated_at)"
    " VALUES (?, ?, ?, ?, ?) RETURNING id";
constexpr std::string_view kPersonArea =
    "SELECT p.id, COALESCE(a.path, '') FROM persons p LEFT JOIN areas a ON a.id = p.area_id"
    " WHERE p.id = ?";
constexpr std::string_view kAreaPath = "SELECT path FROM areas WHERE id = ?";
constexpr std::string_view kOrgPlace =
    "SELECT o.path, a.path FROM party_orgs o JOIN areas a ON a.id = o.area_id WHERE o.id = ?";
constexpr std::string_view kInsertGrant =
    "INSERT INTO role_grants (person_id, role, area_id, org_id, created_at) VALUES (?, ?, ?, ?, ?)"
    " RETURNING id";
constexpr std::string_view kGrantById =
    "SELECT g.person_id, g.role, COALESCE(a.path, ''), COALESCE(o.path, '') FROM role_grants g"
    " LEFT JOIN areas a ON a.id = g.area_id LEFT JOIN party_orgs o ON o.id = g.org_id"
    " WHERE g.id = ?";
constexpr std::string_view kDeleteGrant = "DELETE FROM role_grants WHERE id = ?";
constexpr std::string_view kAccountView =
    "SELECT a.id, a.login, p.id, p.name FROM accounts a JOIN persons p ON p.id = a.person_id"
    " WHERE a.id = ?";
constexpr std::string_view kGrantView =
    "SELECT g.id, g.role, g.area_id, ar.name, ar.kind, g.org_id, o.name FROM role_grants g"
    " LEFT JOIN areas ar ON ar.id = g.area_id LEFT JOIN party_orgs o ON o.id = g.org_id"
    " WHERE g.person_id = ? ORDER BY g.id";

// The roles a holder of `manager` may grant within the place it covers.
std::vector<Role> Grantable(Role manager) {
  std::vector<Role> base = {Role::kResident, Role::kMember,   Role::kVolunteer,
                            Role::kUnitRep,  Role::kProvider, Role::kGridWorker};
  switch (manager) {
    case Role::kSystemAdmin:
      base.insert(base.end(), {Role::kStaff, Role::kSubdistrictAdmin, Role::kDistrictAdmin,
                               Role::kSystemAdmin});
      return base;
    case Role::kDistrictAdmin:
      base.insert(base.end(), {Role::kStaff, Role::kSubdistrictAdmin});
      return base;
    case Role::kSubdistrictAdmin:
      base.push_back(Role::kStaff);
      return base;
    case Role::kStaff:
      return base;
    default:
      return {};
  }
}

bool MayGrant(const auth::Actor& actor, Role role, const auth::Place& place) {
  for (Role m : {Role::kSystemAdmin, Role::kDistrictAdmin, Role::kSubdistrictAdmin, Role::kStaff}) {
    const auto g = Grantable(m);
    if (std::find(g.begin(), g.end(), role) == g.end()) continue;
    const std::array<Role, 1> one{m};
    if (actor.Allows(one, place)) return true;
  }
  return false;
}

// After a change to sessions, accounts or grants: the remembered actors are dropped now (so
// what this connection reads next, the change included, is what is remembered) and again once
// the change is committed (so nothing read before it, by any thread, is remembered after).
void ForgetSessions(store::Connection& c) {
  SessionMemo::Shared().Forget();
  c.WhenCommitted([] { SessionMemo::Shared().Forget(); });
}

}  // namespace

Result<LoggedIn> Login(store::Connection& c, Passwords& pw, LoginLimiter& limiter,
                       const SecurityConfig& cfg, const LoginForm& f, const std::string& ip) {
  const int64_t now = NowMs();
  if (!limiter.Admit(ip, now)) {
    return Error{
        Code::kTooManyRequests, "too many login attempts from this address; wait a minute", {}};
  }
  const Error wrong = Error::Unauthenticated("the login or the password is wrong");
  auto acc = c.QueryOne(kByLogin, {f.login});
  if (!acc) {
    pw.VerifyNothing(f.password);
    return wrong;
  }
  const int64_t account_id = acc->Int(0);
  if (acc->Int(5) != 0) return Error::Unauthenticated("this account is disabled");
  if (acc->Int(4) > now) {
    return Error{Code::kLocked,
                 fmt::format("too many failed logins; the account is locked until {}",
                             FormatTime(acc->Int(4))),
                 {}};
  }
  const bool good = pw.Verify(acc->Text(2), f.password);

  store::Tx tx(c, store::Tx::kWrite);
  if (!good) {
    // Re-read inside the transaction so concurrent failures all count.
    auto cur = c.QueryOne(kByLogin, {f.login});
    const int64_t failures = (cur ? cur->Int(3) : 0) + 1;
    int64_t locked_until = 0;
    if (failures >= cfg.login_max_failures) {
      locked_until = now + int64_t{cfg.lockout_minutes} * 60 * 1000;
      record::EventLog::Append(c, EventBy(SystemActor(), "account.lock", "account", account_id, "",
                                          {{"login", f.login},
                                           {"failures", failures},
                                           {"locked_until", FormatTime(locked_until)}}));
    }
    c.Exec(kFailed, {locked_until ? int64_t{0} : failures, locked_until, now, account_id});
    tx.Commit();
    return wrong;
  }
  c.Exec(kFailed, {int64_t{0}, int64_t{0}, now, account_id});
  LoggedIn out;
  out.session = OpenSession(c, account_id, cfg.session_hours);
  tx.Commit();
  auto actor = Authenticate(c, out.session.token);
  if (!actor) return actor.error();
  out.actor = std::move(*actor);
  return out;
}

void Logout(store::Connection& c, const auth::Actor& actor) {
  store::Tx tx(c, store::Tx::kWrite);
  CloseSession(c, actor.session_id);
  tx.Commit();
  ForgetSessions(c);
}

Status ChangePassword(store::Connection& c, Passwords& pw, const auth::Actor& actor,
                      const PasswordChangeForm& f) {
  if (Status s = Passwords::Check(f.new_password, actor.login, "/new_password"); !s) return s;
  auto row = c.QueryOne(kPasswordOf, {actor.account_id});
  if (!row) return Error::Unauthenticated();
  if (!pw.Verify(row->Text(0), f.current_password)) {
    return Error::Invalid("/current_password", "is not the current password");
  }
  if (f.new_password == f.current_password) {
    return Error::Invalid("/new_password", "must differ from the current password");
  }
  const std::string hash = pw.Hash(f.new_password);
  store::Tx tx(c, store::Tx::kWrite);
  c.Exec(kSetPassword, {hash, NowMs(), actor.account_id});
  c.Exec(kEndOtherSessions, {actor.account_id, actor.session_id});
  record::EventLog::Append(c, EventBy(actor, "account.password_change", "account", actor.account_id,
                                      "", {{"login", actor.login}}));
  tx.Commit();
  ForgetSessions(c);
  return Status::Ok();
}

Result<int64_t> CreateAccount(store::Connection& c, Passwords& pw, const auth::Actor& actor,
                              const NewAccount& a) {
  if (Status s = Passwords::Check(a.password, a.login, "/password"); !s) return s.error();
  const std::string hash = pw.Hash(a.password);
  store::Tx tx(c, store::Tx::kWrite);
  auto person = c.QueryOne(kPersonArea, {a.person_id});
  if (!person) return Error::Rule("/person_id", fmt::format("no person {}", a.person_id));
  constexpr std::array kManagers = {Role::kSystemAdmin, Role::kDistrictAdmin,
                                    Role::kSubdistrictAdmin, Role::kStaff};
  if (!actor.Allows(kManagers, {person->Text(1), ""})) {
    return Error::Forbidden("you cannot create accounts for people outside your area");
  }
  if (c.QueryOne(kByLogin, {a.login})) return Error::Conflict("the login is taken", "/login");
  const int64_t now = NowMs();
  const int64_t id = c.Query(kInsertAccount, {a.person_id, a.login, hash, now, now}).front().Int(0);
  record::EventLog::Append(c, EventBy(actor, "account.create", "account", id, person->Text(1),
                                      {{"login", a.login}, {"person_id", a.person_id}}));
  tx.Commit();
  return id;
}

Result<int64_t> GrantRole(store::Connection& c, const auth::Actor& actor, const RoleGrantForm& f) {
  store::Tx tx(c, store::Tx::kWrite);
  if (!c.QueryOne(kPersonArea, {f.person_id})) {
    return Error::Rule("/person_id", fmt::format("no person {}", f.person_id));
  }
  auth::Place place;
  if (f.role == Role::kSystemAdmin) {
    if (f.area_id || f.org_id) {
      return Error::Rule("/area_id", "system_admin is held everywhere: give no area or org");
    }
  } else if (f.area_id && !f.org_id) {
    auto row = c.QueryOne(kAreaPath, {*f.area_id});
    if (!row) return Error::Rule("/area_id", fmt::format("no area {}", *f.area_id));
    place.area_path = row->Text(0);
  } else if (f.org_id && !f.area_id) {
    auto row = c.QueryOne(kOrgPlace, {*f.org_id});
    if (!row) return Error::Rule("/org_id", fmt::format("no party organisation {}", *f.org_id));
    place.org_path = row->Text(0);
    place.area_path = row->Text(1);
  } else {
    return Error::Rule("/area_id", "give exactly one of area_id and org_id");
  }
  if (!MayGrant(actor, f.role, place)) return Error::Forbidden("you cannot grant this role here");
  const int64_t id = c.Query(kInsertGrant, {f.person_id, std::string(auth::RoleName(f.role)),
                                            store::Opt(f.area_id), store::Opt(f.org_id), NowMs()})
                         .front()
                         .Int(0);
  record::EventLog::Append(
      c, EventBy(actor, "role.grant", "person", f.person_id, place.area_path,
                 {{"grant_id", id},
                  {"role", auth::RoleName(f.role)},
                  {"area_id", f.area_id ? boost::json::value(*f.area_id) : nullptr},
                  {"org_id", f.org_id ? boost::json::value(*f.org_id) : nullptr}}));
  tx.Commit();
  ForgetSessions(c);
  return id;
}

Status RevokeRole(store::Connection& c, const auth::Actor& actor, int64_t grant_id) {
  store::Tx tx(c, store::Tx::kWrite);
  auto row = c.QueryOne(kGrantById, {grant_id});
  if (!row) return Error::NotFound(fmt::format("no role grant {}", grant_id));
  auto role = auth::RoleFromName(row->Text(1));
  const auth::Place place{row->Text(2), row->Text(3)};
  if (!role || !MayGrant(actor, *role, place)) {
    return Error::Forbidden("you cannot revoke this role");
  }
  c.Exec(kDeleteGrant, {grant_id});
  record::EventLog::Append(c, EventBy(actor, "role.revoke", "person", row->Int(0), place.area_path,
                                      {{"grant_id", grant_id}, {"role", row->Text(1)}}));
  tx.Commit();
  ForgetSessions(c);
  return Status::Ok();
}

Result<AccountView> AccountOf(store::Connection& c, const auth::Actor& actor) {
  auto row = c.QueryOne(kAccountView, {actor.account_id});
  if (!row) return Error::Unauthenticated("the session's account is gone");
  AccountView out{.id = row->Int(0),
                  .login = row->Text(1),
                  .person_id = row->Int(2),
                  .person_name = row->Text(3)};
  for (const auto& g : c.Query(kGrantView, {actor.person_id})) {
    GrantView r{.id = g.Int(0), .role = g.Text(1)};
    if (!g.IsNull(2)) {
      r.area_id = g.Int(2);
      r.area_name = g.Text(3);
      r.area_kind = g.Text(4);
    }
    if (!g.IsNull(5)) {
      r.org_id = g.Int(5);
      r.org_name = g.Text(6);
    }
    out.roles.push_back(std::move(r));
  }
  return out;
}

}  // namespace linli::accounts
