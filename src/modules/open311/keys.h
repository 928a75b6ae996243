// API keys of Open311 clients (migrations/001_open311.sql). The system admin issues one per
// client (`linli open311 key add NAME`); the key is printed once and stored only as its
// BLAKE2b-256 digest; it may be revoked. A key lets its client POST service requests, which
// enter as appeals on the open311 channel with the client named in the record. The key itself
// never reaches a log or the record.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/crypto.h"
#include "core/result.h"
#include "store/database.h"

namespace linli::open311 {

struct Key {
  int64_t id = 0;
  std::string name;
  int64_t person_id = 0;  // the resident of requests that give no name and phone
  int64_t created_at = 0;
  std::optional<int64_t> revoked_at;
};

// A new key for client `name` (1 to 100 characters, unique), with its event; returns the key.
// 409 when the name is taken.
Result<std::string> AddKey(store::Connection& c, const Crypto& crypto, const std::string& name);
// Revokes the key of client `name`, with its event; 404 when there is no live key of that name.
Status RevokeKey(store::Connection& c, const std::string& name);
std::vector<Key> ListKeys(store::Connection& c);
// The live key `key` is; nullopt for an unknown or revoked key.
std::optional<Key> FindKey(store::Connection& c, std::string_view key);

}  // namespace linli::open311
