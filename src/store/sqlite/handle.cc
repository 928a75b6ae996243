#include "store/sqlite/handle.h"

#include <fmt/format.h>

namespace linli::store::sqlite_api {

[[noreturn]] void Throw(sqlite3* db, int rc, std::string_view context) {
  const int ext = db ? sqlite3_extended_errcode(db) : rc;
  const std::string msg =
      fmt::format("{}: {} ({})", context, db ? sqlite3_errmsg(db) : sqlite3_errstr(rc), ext);
  StoreError::Kind kind = StoreError::Kind::kOther;
  if (ext == SQLITE_CONSTRAINT_UNIQUE || ext == SQLITE_CONSTRAINT_PRIMARYKEY) {
    kind = StoreError::Kind::kUnique;
  } else if ((ext & 0xff) == SQLITE_CONSTRAINT) {
    kind = StoreError::Kind::kConstraint;
  } else if ((ext & 0xff) == SQLITE_BUSY || (ext & 0xff) == SQLITE_LOCKED) {
    kind = StoreError::Kind::kBusy;
  }
  throw StoreError(kind, msg);
}

Timer::~Timer() {
  if (auto obs = GetStatementObserver()) {
    obs(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
  }
}

Handle::Handle(const std::string& path, const SqliteOptions& o, int cache_kib) {
  const int rc =
      sqlite3_open_v2(path.c_str(), &db_,
                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = fmt::format("open {}: {}", path, sqlite3_errstr(rc));
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(StoreError::Kind::kOther, msg);
  }
  sqlite3_busy_timeout(db_, o.busy_timeout_ms);
  sqlite3_extended_result_codes(db_, 1);
  // NORMAL: a COMMIT does not wait for the disk; WalSync syncs the log for a group of them.
  const std::string pragmas = fmt::format(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-{};"
      " PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY",
      cache_kib);
  char* err = nullptr;
  if (sqlite3_exec(db_, pragmas.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string msg = fmt::format("open {}: {}", path, err ? err : "pragmas failed");
    sqlite3_free(err);
    sqlite3_close(db_);
    db_ = nullptr;
    throw StoreError(StoreError::Kind::kOther, msg);
  }
}

Handle::~Handle() {
  for (auto& [sql, stmt] : cache_) sqlite3_finalize(stmt);
  sqlite3_close(db_);
}

sqlite3_stmt* Handle::Prepare(std::string_view sql) {
  auto it = cache_.find(std::string(sql));
  if (it != cache_.end()) return it->second;
  sqlite3_stmt* st = nullptr;
  const int rc = sqlite3_prepare_v3(db_, sql.data(), static_cast<int>(sql.size()),
                                    SQLITE_PREPARE_PERSISTENT, &st, nullptr);
  if (rc != SQLITE_OK) Throw(db_, rc, sql);
  cache_.emplace(std::string(sql), st);
  return st;
}

void Bind(sqlite3* db, sqlite3_stmt* st, const std::vector<Value>& params) {
  sqlite3_clear_bindings(st);
  for (size_t i = 0; i < params.size(); ++i) {
    const int idx = static_cast<int>(i) + 1;
    const auto& v = params[i];
    int rc = SQLITE_OK;
    if (std::holds_alternative<Null>(v)) {
      rc = sqlite3_bind_null(st, idx);
    } else if (const auto* n = std::get_if<int64_t>(&v)) {
      rc = sqlite3_bind_int64(st, idx, *n);
    } else if (const auto* d = std::get_if<double>(&v)) {
      rc = sqlite3_bind_double(st, idx, *d);
    } else if (const auto* s = std::get_if<std::string>(&v)) {
      rc = sqlite3_bind_text64(st, idx, s->data(), s->size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    } else if (const auto* b = std::get_if<Blob>(&v)) {
      rc = sqlite3_bind_blob64(st, idx, b->bytes.data(), b->bytes.size(), SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) Throw(db, rc, "bind");
  }
}

Value Column(sqlite3_stmt* st, int i) {
  switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
      return sqlite3_column_int64(st, i);
    case SQLITE_FLOAT:
      return sqlite3_column_double(st, i);
    case SQLITE_TEXT:
      return std::string(reinterpret_cast<const char*>(sqlite3_column_text(st, i)),
                         static_cast<size_t>(sqlite3_column_bytes(st, i)));
    case SQLITE_BLOB: {
      const auto* p = static_cast<const char*>(sqlite3_column_blob(st, i));
      return Blob{std::string(p ? p : "", static_cast<size_t>(sqlite3_column_bytes(st, i)))};
    }
    default:
      return Null{};
  }
}

}  // namespace linli::store::sqlite_api
