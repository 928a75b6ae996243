// The shapes of the accounts module's answers, each declared once (http/shape.h): their JSON
// and their schemas (the OpenAPI components Account, Session, SessionAccount, NewAccount and
// RoleGrant) come from these structs. They view the records they are made from: keep the record
// alive while its answer is written.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "auth/actor.h"
#include "http/shape.h"
#include "modules/accounts/commands.h"

namespace linli::accounts {

namespace shape = http::shape;

using NamedRef = shape::IdName;

struct GrantArea {
  int64_t id = 0;
  std::string_view name;
  std::string_view kind;
};
BOOST_DESCRIBE_STRUCT(GrantArea, (), (id, name, kind))

// A role the account's person holds, on an area or a party organisation.
struct GrantAnswer {
  int64_t id = 0;
  shape::OneOf<&auth::RoleNames> role;
  std::optional<GrantArea> area;
  std::optional<NamedRef> org;
  static constexpr shape::Doc kDocs[] = {{"id", "the role grant"}};
};
BOOST_DESCRIBE_STRUCT(GrantAnswer, (), (id, role, area, org))

struct AccountAnswer {
  static constexpr std::string_view kSchemaName = "Account";
  int64_t id = 0;
  std::string_view login;
  NamedRef person;
  std::vector<GrantAnswer> roles;
};
BOOST_DESCRIBE_STRUCT(AccountAnswer, (), (id, login, person, roles))

// A login's answer: the bearer token (also set as the session cookie) and the account.
struct SessionAnswer {
  static constexpr std::string_view kSchemaName = "Session";
  std::string_view token;
  shape::Time expires_at;
  AccountAnswer account;
};
BOOST_DESCRIBE_STRUCT(SessionAnswer, (), (token, expires_at, account))

// Who is logged in.
struct SessionAccount {
  static constexpr std::string_view kSchemaName = "SessionAccount";
  AccountAnswer account;
};
BOOST_DESCRIBE_STRUCT(SessionAccount, (), (account))

struct NewAccountAnswer {
  static constexpr std::string_view kSchemaName = "NewAccount";
  int64_t id = 0;
  std::string_view login;
  int64_t person_id = 0;
};
BOOST_DESCRIBE_STRUCT(NewAccountAnswer, (), (id, login, person_id))

struct RoleGrantAnswer {
  static constexpr std::string_view kSchemaName = "RoleGrant";
  int64_t id = 0;
  int64_t person_id = 0;
  shape::OneOf<&auth::RoleNames> role;
};
BOOST_DESCRIBE_STRUCT(RoleGrantAnswer, (), (id, person_id, role))

AccountAnswer AnswerOf(const AccountView& a);

}  // namespace linli::accounts
