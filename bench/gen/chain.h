// Chain: appends events to the hash-chained record exactly as record::EventLog::Append does
// (same link hash, same columns), but with the time of the generated act instead of the clock,
// so `linli verify` walks the generated record like any other.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "stmt.h"

namespace linli::bench {

struct Who {
  std::optional<int64_t> account;  // nullopt: the system
  std::string login;               // "system" for the system
};

class Chain {
 public:
  explicit Chain(sqlite3* db);
  // `summary` is the JSON text stored and hashed.
  void Append(int64_t at_ms, const Who& who, std::string_view action, std::string_view kind,
              int64_t subject, std::string_view area_path, const std::string& summary);
  // Writes the head of the chain. Call once, after the last Append.
  void Finish();
  int64_t Count() const { return seq_; }

 private:
  sqlite3* db_;
  Stmt insert_;
  int64_t seq_ = 0;
  std::string prev_;
};

}  // namespace linli::bench
