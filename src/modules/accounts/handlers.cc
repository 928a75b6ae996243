// HTTP handlers of the accounts module.
#include <memory>

#include "core/clock.h"
#include "core/form.h"
#include "http/schema.h"
#include "modules/accounts/commands.h"
#include "modules/accounts/demo.h"
#include "modules/accounts/manifest.h"

namespace linli::accounts {
namespace {

namespace s = http::schema;

struct State {
  explicit State(const Config& c)
      : passwords(c.security.password_hash_concurrency),
        limiter(c.security.login_per_ip_per_minute) {}
  Passwords passwords;
  LoginLimiter limiter;
};

Result<LoginForm> ParseLogin(std::string_view body) {
  auto f = Form::Parse(body);
  if (!f) return f.error();
  LoginForm out;
  out.login = f->RequiredString("login", 64);
  out.password = f->RequiredString("password", 128);
  if (Status st = f->Finish(); !st) return st.error();
  return out;
}

// /api/v1/session: log in, who is logged in, log out, change the password.
void SessionRoutes(http::Router& r, const std::shared_ptr<State>& state, store::Database& db,
                   const SecurityConfig& sec) {
  r.AddSchema(
      "Account",
      s::Obj(
          {{"id", s::Int()},
           {"login", s::Str()},
           {"person", s::Obj({{"id", s::Int()}, {"name", s::Str()}})},
           {"roles",
            s::Arr(
                s::Obj({{"id", s::Int()},
                        {"role", s::Enum(std::vector<std::string_view>(
                                     auth::RoleNames().begin(), auth::RoleNames().end()))},
                        {"area", s::Nullable(s::Obj(
                                     {{"id", s::Int()}, {"name", s::Str()}, {"kind", s::Str()}}))},
                        {"org", s::Nullable(s::Obj({{"id", s::Int()}, {"name", s::Str()}}))}}))}}));
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/session",
         .access = http::Access::kPublic,
         .handler = [state, &db, &sec](const http::Request& req) -> Result<http::Response> {
           auto form = ParseLogin(req.body);
           if (!form) return form.error();
           auto in = Login(db.Conn(), state->passwords, state->limiter, sec, *form, req.remote_ip);
           if (!in) return in.error();
           auto res = http::Created({{"token", in->session.token},
                                     {"expires_at", FormatTime(in->session.expires_at)},
                                     {"account", AccountJson(db.Conn(), in->actor)}});
           res.headers.emplace_back(
               "Set-Cookie", SessionCookie(in->session.token, int64_t{sec.session_hours} * 3600,
                                           sec.cookie_secure));
           return res;
         },
         .tag = "accounts",
         .summary = "Log in: returns a bearer token and sets the session cookie",
         .request = s::Obj({{"login", s::Str()}, {"password", s::Str()}}, {"login", "password"}),
         .response = s::Obj(
             {{"token", s::Str()}, {"expires_at", s::DateTime()}, {"account", s::Ref("Account")}}),
         .success = 201,
         .blocking = true});  // argon2id

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/session",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           return http::Ok({{"account", AccountJson(db.Conn(), req.Actor())}});
         },
         .tag = "accounts",
         .summary = "The logged-in account with its roles",
         .response = s::Obj({{"account", s::Ref("Account")}})});

  r.Add({.method = http::Method::kDelete,
         .pattern = "/api/v1/session",
         .handler = [&db, &sec](const http::Request& req) -> Result<http::Response> {
           Logout(db.Conn(), req.Actor());
           auto res = http::NoContent();
           res.headers.emplace_back("Set-Cookie", ClearedCookie(sec.cookie_secure));
           return res;
         },
         .tag = "accounts",
         .summary = "Log out: ends this session and clears the cookie",
         .success = 204});

  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/session/password",
         .handler = [state, &db](const http::Request& req) -> Result<http::Response> {
           auto f = Form::Parse(req.body);
           if (!f) return f.error();
           PasswordChangeForm form;
           form.current_password = f->RequiredString("current_password", 128);
           form.new_password = f->RequiredString("new_password", 128);
           if (Status st = f->Finish(); !st) return st.error();
           if (Status st = ChangePassword(db.Conn(), state->passwords, req.Actor(), form); !st) {
             return st.error();
           }
           return http::NoContent();
         },
         .tag = "accounts",
         .summary = "Change the password; every other session of the account ends",
         .request = s::Obj(
             {{"current_password", s::Str()}, {"new_password", s::Str("10 to 128 characters")}},
             {"current_password", "new_password"}),
         .success = 204,
         .blocking = true});  // argon2id
}

// /api/v1/accounts: a login for a person.
void AccountRoutes(http::Router& r, const std::shared_ptr<State>& state, store::Database& db) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/accounts",
         .handler = [state, &db](const http::Request& req) -> Result<http::Response> {
           auto f = Form::Parse(req.body);
           if (!f) return f.error();
           NewAccount a;
           a.person_id = f->RequiredId("person_id");
           a.login = f->RequiredString("login", 64, 3);
           a.password = f->RequiredString("password", 128);
           if (Status st = f->Finish(); !st) return st.error();
           if (a.login.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789._-") !=
               std::string::npos) {
             return Error::Invalid("/login", "use lower-case letters, digits, '.', '_' and '-'");
           }
           auto id = CreateAccount(db.Conn(), state->passwords, req.Actor(), a);
           if (!id) return id.error();
           return http::Created({{"id", *id}, {"login", a.login}, {"person_id", a.person_id}});
         },
         .tag = "accounts",
         .summary = "Create a login for a person in the caller's area",
         .request = s::Obj({{"person_id", s::Int()},
                            {"login", s::Str("lower-case letters, digits, . _ -")},
                            {"password", s::Str("10 to 128 characters")}},
                           {"person_id", "login", "password"}),
         .response = s::Obj({{"id", s::Int()}, {"login", s::Str()}, {"person_id", s::Int()}}),
         .success = 201,
         .blocking = true});  // argon2id
}

// /api/v1/role-grants: grant and revoke roles.
void RoleGrantRoutes(http::Router& r, store::Database& db) {
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/role-grants",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto f = Form::Parse(req.body);
           if (!f) return f.error();
           RoleGrantForm g;
           g.person_id = f->RequiredId("person_id");
           const std::string role = f->RequiredEnum("role", auth::RoleNames());
           g.area_id = f->OptionalId("area_id");
           g.org_id = f->OptionalId("org_id");
           if (Status st = f->Finish(); !st) return st.error();
           g.role = *auth::RoleFromName(role);
           auto id = GrantRole(db.Conn(), req.Actor(), g);
           if (!id) return id.error();
           return http::Created({{"id", *id}, {"person_id", g.person_id}, {"role", role}});
         },
         .tag = "accounts",
         .summary = "Grant a person a role on an area or a party organisation",
         .request = s::Obj({{"person_id", s::Int()},
                            {"role", s::Enum(std::vector<std::string_view>(
                                         auth::RoleNames().begin(), auth::RoleNames().end()))},
                            {"area_id", s::Int()},
                            {"org_id", s::Int()}},
                           {"person_id", "role"}),
         .response = s::Obj({{"id", s::Int()}, {"person_id", s::Int()}, {"role", s::Str()}}),
         .success = 201});

  r.Add({.method = http::Method::kDelete,
         .pattern = "/api/v1/role-grants/{id}",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           if (Status st = RevokeRole(db.Conn(), req.Actor(), req.PathId("id")); !st) {
             return st.error();
           }
           return http::NoContent();
         },
         .tag = "accounts",
         .summary = "Revoke a role grant",
         .success = 204});
}

}  // namespace

http::Authenticator MakeAuthenticator(Services& services) {
  store::Database& db = services.db;
  return [&db](const http::Request& req) { return Authenticate(db.Conn(), TokenOf(req)); };
}

Manifest Module(Services& services) {
  auto state = std::make_shared<State>(services.config);
  store::Database& db = services.db;
  const SecurityConfig& sec = services.config.security;
  Manifest m;
  m.name = "accounts";
  m.demo = DemoRows;
  m.routes = [state, &db, &sec](http::Router& r) {
    SessionRoutes(r, state, db, sec);
    AccountRoutes(r, state, db);
    RoleGrantRoutes(r, db);
  };
  return m;
}

}  // namespace linli::accounts
