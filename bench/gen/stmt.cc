#include "stmt.h"

#include <stdexcept>

#include <fmt/format.h>

namespace linli::bench {

Stmt::Stmt(sqlite3* db, std::string_view sql) : db_(db) {
  if (sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &st_, nullptr) !=
      SQLITE_OK) {
    throw std::runtime_error(fmt::format("prepare {}: {}", sql, sqlite3_errmsg(db)));
  }
}

Stmt::~Stmt() { sqlite3_finalize(st_); }

Stmt& Stmt::Int(int64_t v) {
  sqlite3_bind_int64(st_, next_++, v);
  return *this;
}

Stmt& Stmt::Real(double v) {
  sqlite3_bind_double(st_, next_++, v);
  return *this;
}

Stmt& Stmt::Text(std::string_view v) {
  sqlite3_bind_text(st_, next_++, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::Blob(std::string_view v) {
  sqlite3_bind_blob(st_, next_++, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
  return *this;
}

Stmt& Stmt::Null() {
  sqlite3_bind_null(st_, next_++);
  return *this;
}

void Stmt::Run() {
  int rc = SQLITE_ROW;
  while (rc == SQLITE_ROW) rc = sqlite3_step(st_);
  sqlite3_reset(st_);
  sqlite3_clear_bindings(st_);
  next_ = 1;
  if (rc != SQLITE_DONE) {
    throw std::runtime_error(fmt::format("{}: {}", sqlite3_sql(st_), sqlite3_errmsg(db_)));
  }
}

void Exec(sqlite3* db, const std::string& sql) {
  char* err = nullptr;
  if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    const std::string msg = err ? err : "unknown error";
    sqlite3_free(err);
    throw std::runtime_error(fmt::format("{}: {}", sql.substr(0, 200), msg));
  }
}

}  // namespace linli::bench
