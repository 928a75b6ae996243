// Stmt: one prepared SQLite statement for bulk loading, bound field by field in order and run
// once per row. The generator writes straight into the schema the migrations created, without
// the store layer's per-row vectors, so a city of millions of rows is built in minutes.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace linli::bench {

class Stmt {
 public:
  Stmt(sqlite3* db, std::string_view sql);
  ~Stmt();
  Stmt(const Stmt&) = delete;
  Stmt& operator=(const Stmt&) = delete;

  Stmt& Int(int64_t v);
  Stmt& Real(double v);
  Stmt& Text(std::string_view v);
  Stmt& Blob(std::string_view v);
  Stmt& Null();
  Stmt& OptInt(std::optional<int64_t> v) { return v ? Int(*v) : Null(); }
  Stmt& OptText(const std::optional<std::string>& v) { return v ? Text(*v) : Null(); }
  // Steps the statement to its end and resets it for the next row. Throws on an error.
  void Run();

 private:
  sqlite3* db_;
  sqlite3_stmt* st_ = nullptr;
  int next_ = 1;
};

// Runs `sql` (one or more statements). Throws on an error.
void Exec(sqlite3* db, const std::string& sql);

}  // namespace linli::bench
