// The SQLite C API as the backend uses it: one connection with its cache of prepared
// statements (Handle), errors as StoreError (Throw), values bound and read (Bind, Column), and
// the timing of each statement for the statement observer (Timer).
#pragma once

#include <chrono>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <sqlite3.h>

#include "store/database.h"
#include "store/sqlite/sqlite_database.h"

namespace linli::store::sqlite_api {

// Throws the StoreError for `rc` on `db` (kUnique, kConstraint, kBusy or kOther), naming
// `context`.
[[noreturn]] void Throw(sqlite3* db, int rc, std::string_view context);

// Reports a statement's duration to the observer, if one is set.
struct Timer {
  std::chrono::steady_clock::time_point start = std::chrono::steady_clock::now();
  ~Timer();
};

// One SQLite connection (WAL, synchronous NORMAL, foreign keys on) with its cache of prepared
// statements. Throws StoreError when the database cannot be opened.
class Handle {
 public:
  Handle(const std::string& path, const SqliteOptions& o, int cache_kib);
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  ~Handle();

  sqlite3* db() const { return db_; }
  // The prepared statement for `sql`, prepared once per connection.
  sqlite3_stmt* Prepare(std::string_view sql);

 private:
  sqlite3* db_ = nullptr;
  std::unordered_map<std::string, sqlite3_stmt*> cache_;
};

// Binds `params` to `st` in order (1, 2, ...), clearing earlier bindings.
void Bind(sqlite3* db, sqlite3_stmt* st, const std::vector<Value>& params);
// Column `i` of the current row of `st`.
Value Column(sqlite3_stmt* st, int i);

}  // namespace linli::store::sqlite_api
