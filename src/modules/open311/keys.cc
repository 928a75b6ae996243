#include "modules/open311/keys.h"

#include <fmt/format.h>

#include "core/clock.h"
#include "modules/audit.h"
#include "modules/people/commands.h"
#include "record/event_log.h"

namespace linli::open311 {
namespace {

constexpr std::string_view kColumns = "id, name, person_id, created_at, revoked_at";
constexpr std::string_view kInsert =
    "INSERT INTO open311_keys (name, key_hash, person_id, created_at) VALUES (?, ?, ?, ?)"
    " RETURNING id";
constexpr std::string_view kRevoke =
    "UPDATE open311_keys SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL";
constexpr size_t kMaxName = 100;

Key FromRow(const store::Row& r) { return {r.Int(0), r.Text(1), r.Int(2), r.Int(3), r.OptInt(4)}; }

}  // namespace

Result<std::string> AddKey(store::Connection& c, const Crypto& crypto, const std::string& name) {
  if (name.empty() || name.size() > kMaxName) {
    return Error::Invalid("NAME", fmt::format("must be 1 to {} characters", kMaxName));
  }
  store::Tx tx(c, store::Tx::kWrite);
  if (c.QueryOne("SELECT 1 FROM open311_keys WHERE name = ?", {name})) {
    return Error::Conflict(fmt::format("an Open311 client named {} already has a key", name));
  }
  const auth::Actor system = SystemActor();
  // The resident of the client's anonymous requests: a record of its own, with no personal data.
  people::PersonForm pf;
  pf.name = fmt::format("Open311 {}", name);
  auto person = people::CreatePerson(c, crypto, system, pf);
  if (!person) return person.error();
  const std::string key = "o311_" + Crypto::RandomToken(24);
  const int64_t id =
      c.Query(kInsert, {name, Crypto::Digest(key), person->id, NowMs()}).front().Int(0);
  record::EventLog::Append(c, EventBy(system, "open311.key_add", "open311_key", id, "",
                                      {{"name", name}, {"person_id", person->id}}));
  tx.Commit();
  return key;
}

Status RevokeKey(store::Connection& c, const std::string& name) {
  store::Tx tx(c, store::Tx::kWrite);
  auto row =
      c.QueryOne("SELECT id FROM open311_keys WHERE name = ? AND revoked_at IS NULL", {name});
  if (!row) return Error::NotFound(fmt::format("no live Open311 key named {}", name));
  c.Exec(kRevoke, {NowMs(), name});
  record::EventLog::Append(c, EventBy(SystemActor(), "open311.key_revoke", "open311_key",
                                      row->Int(0), "", {{"name", name}}));
  tx.Commit();
  return {};
}

std::vector<Key> ListKeys(store::Connection& c) {
  std::vector<Key> out;
  for (const auto& r :
       c.Query(fmt::format("SELECT {} FROM open311_keys ORDER BY id", kColumns), {})) {
    out.push_back(FromRow(r));
  }
  return out;
}

std::optional<Key> FindKey(store::Connection& c, std::string_view key) {
  if (key.empty()) return std::nullopt;
  auto row = c.QueryOne(
      fmt::format("SELECT {} FROM open311_keys WHERE key_hash = ? AND revoked_at IS NULL",
                  kColumns),
      {Crypto::Digest(key)});
  if (!row) return std::nullopt;
  return FromRow(*row);
}

}  // namespace linli::open311
