// HTTP handlers of the accounts module.
#include <array>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "core/field.h"
#include "core/form.h"
#include "http/schema.h"
#include "modules/accounts/answers.h"
#include "modules/accounts/commands.h"
#include "modules/accounts/demo.h"
#include "modules/accounts/manifest.h"
#include "modules/accounts/person_roles.h"

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

constexpr size_t kMaxLogin = 64;
constexpr size_t kMaxPassword = 128;

constexpr std::array kLoginFields = std::to_array<Field>({
    {.name = "login", .required = true, .max = kMaxLogin},
    {.name = "password", .required = true, .max = kMaxPassword},
});
constexpr std::array kPasswordFields = std::to_array<Field>({
    {.name = "current_password", .required = true, .max = kMaxPassword},
    {.name = "new_password",
     .required = true,
     .max = kMaxPassword,
     .description = "at least 10 characters"},
});
enum NewAccountField { kAccountPerson, kAccountLogin, kAccountPassword };
constexpr std::array kAccountFields = std::to_array<Field>({
    {.name = "person_id", .type = FieldType::kId, .required = true},
    {.name = "login",
     .required = true,
     .max = kMaxLogin,
     .min_length = 3,
     .description = "lower-case letters, digits, . _ -"},
    {.name = "password",
     .required = true,
     .max = kMaxPassword,
     .description = "at least 10 characters"},
});
enum Grant { kPerson, kRole, kArea, kOrg };
std::span<const Field> GrantFields() {
  static const std::array kFields = std::to_array<Field>({
      {.name = "person_id", .type = FieldType::kId, .required = true},
      {.name = "role", .type = FieldType::kEnum, .required = true, .values = auth::RoleNames()},
      {.name = "area_id", .type = FieldType::kId, .description = "the area it is held on"},
      {.name = "org_id", .type = FieldType::kId, .description = "the party organisation"},
  });
  return kFields;
}

std::string Text(FieldValue v) {
  auto* s = std::get_if<std::string>(&v);
  return s ? std::move(*s) : std::string();
}
std::optional<int64_t> Id(const FieldValue& v) {
  if (const auto* id = std::get_if<int64_t>(&v)) return *id;
  return std::nullopt;
}

Result<LoginForm> ParseLogin(std::string_view body) {
  auto f = Form::Parse(body);
  if (!f) return f.error();
  LoginForm out;
  out.login = Text(ReadField(*f, kLoginFields[0]));
  out.password = Text(ReadField(*f, kLoginFields[1]));
  if (Status st = f->Finish(); !st) return st.error();
  return out;
}

Result<PasswordChangeForm> ParsePasswordChange(std::string_view body) {
  auto f = Form::Parse(body);
  if (!f) return f.error();
  PasswordChangeForm out;
  out.current_password = Text(ReadField(*f, kPasswordFields[0]));
  out.new_password = Text(ReadField(*f, kPasswordFields[1]));
  if (Status st = f->Finish(); !st) return st.error();
  return out;
}

Result<RoleGrantForm> ParseGrant(std::string_view body) {
  auto f = Form::Parse(body);
  if (!f) return f.error();
  const auto fields = GrantFields();
  RoleGrantForm out;
  out.person_id = Id(ReadField(*f, fields[kPerson])).value_or(0);
  const std::string role = Text(ReadField(*f, fields[kRole]));
  out.area_id = Id(ReadField(*f, fields[kArea]));
  out.org_id = Id(ReadField(*f, fields[kOrg]));
  if (Status st = f->Finish(); !st) return st.error();
  out.role = *auth::RoleFromName(role);
  return out;
}

// The account of `actor` as the session's answers show it: with the new session's token after a
// login (`session`), alone otherwise.
Result<std::string> AccountText(store::Connection& c, const auth::Actor& actor,
                                const NewSession* session) {
  auto a = AccountOf(c, actor);
  if (!a) return a.error();
  if (!session) return shape::JsonOf(SessionAccount{AnswerOf(*a)});
  return shape::JsonOf(SessionAnswer{session->token, {session->expires_at}, AnswerOf(*a)});
}

// /api/v1/session: log in, who is logged in, log out, change the password.
void SessionRoutes(http::Router& r, const std::shared_ptr<State>& state, store::Database& db,
                   const SecurityConfig& sec) {
  shape::AddComponents<AccountAnswer, SessionAnswer, SessionAccount>(r);
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/session",
         .access = http::Access::kPublic,
         .handler = [state, &db, &sec](const http::Request& req) -> Result<http::Response> {
           auto form = ParseLogin(req.body);
           if (!form) return form.error();
           auto in = Login(db.Conn(), state->passwords, state->limiter, sec, *form, req.remote_ip);
           if (!in) return in.error();
           auto text = AccountText(db.Conn(), in->actor, &in->session);
           if (!text) return text.error();
           auto res = http::JsonWritten(201, std::move(*text));
           res.headers.emplace_back(
               "Set-Cookie", SessionCookie(in->session.token, int64_t{sec.session_hours} * 3600,
                                           sec.cookie_secure));
           return res;
         },
         .tag = "accounts",
         .summary = "Log in: returns a bearer token and sets the session cookie",
         .request = s::Body(kLoginFields),
         .response = shape::RefOf<SessionAnswer>(),
         .success = 201,
         .blocking = true});  // argon2id

  r.Add({.method = http::Method::kGet,
         .pattern = "/api/v1/session",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto text = AccountText(db.Conn(), req.Actor(), nullptr);
           if (!text) return text.error();
           return http::JsonWritten(200, std::move(*text));
         },
         .tag = "accounts",
         .summary = "The logged-in account with its roles",
         .response = shape::RefOf<SessionAccount>()});

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
           auto form = ParsePasswordChange(req.body);
           if (!form) return form.error();
           if (Status st = ChangePassword(db.Conn(), state->passwords, req.Actor(), *form); !st) {
             return st.error();
           }
           return http::NoContent();
         },
         .tag = "accounts",
         .summary = "Change the password; every other session of the account ends",
         .request = s::Body(kPasswordFields),
         .success = 204,
         .blocking = true});  // argon2id
}

// /api/v1/accounts: a login for a person.
void AccountRoutes(http::Router& r, const std::shared_ptr<State>& state, store::Database& db) {
  shape::AddComponents<NewAccountAnswer>(r);
  r.Add(
      {.method = http::Method::kPost,
       .pattern = "/api/v1/accounts",
       .handler = [state, &db](const http::Request& req) -> Result<http::Response> {
         auto f = Form::Parse(req.body);
         if (!f) return f.error();
         NewAccount a;
         a.person_id = As<int64_t>(ReadField(*f, kAccountFields[kAccountPerson])).value_or(0);
         a.login = Text(ReadField(*f, kAccountFields[kAccountLogin]));
         a.password = Text(ReadField(*f, kAccountFields[kAccountPassword]));
         if (Status st = f->Finish(); !st) return st.error();
         if (a.login.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789._-") !=
             std::string::npos) {
           return Error::Invalid("/login", "use lower-case letters, digits, '.', '_' and '-'");
         }
         auto id = CreateAccount(db.Conn(), state->passwords, req.Actor(), a);
         if (!id) return id.error();
         return http::JsonWritten(201, shape::JsonOf(NewAccountAnswer{*id, a.login, a.person_id}));
       },
       .tag = "accounts",
       .summary = "Create a login for a person in the caller's area",
       .request = s::Body(kAccountFields),
       .response = shape::RefOf<NewAccountAnswer>(),
       .success = 201,
       .blocking = true});  // argon2id
}

// /api/v1/role-grants: grant and revoke roles.
void RoleGrantRoutes(http::Router& r, store::Database& db) {
  shape::AddComponents<RoleGrantAnswer>(r);
  r.Add({.method = http::Method::kPost,
         .pattern = "/api/v1/role-grants",
         .handler = [&db](const http::Request& req) -> Result<http::Response> {
           auto g = ParseGrant(req.body);
           if (!g) return g.error();
           auto id = GrantRole(db.Conn(), req.Actor(), *g);
           if (!id) return id.error();
           const RoleGrantAnswer out{*id, g->person_id, {auth::RoleName(g->role)}};
           return http::JsonWritten(201, shape::JsonOf(out));
         },
         .tag = "accounts",
         .summary = "Grant a person a role on an area or a party organisation",
         .request = s::Body(GrantFields()),
         .response = shape::RefOf<RoleGrantAnswer>(),
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
  services.ports.Provide<people::RoleSource>(PersonRoles());
  m.routes = [state, &db, &sec](http::Router& r) {
    SessionRoutes(r, state, db, sec);
    AccountRoutes(r, state, db);
    RoleGrantRoutes(r, db);
  };
  return m;
}

}  // namespace linli::accounts
