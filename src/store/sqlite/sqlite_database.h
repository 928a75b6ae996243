// SQLite backend: one connection per thread on a WAL database, prepared statements cached per
// connection, writes under BEGIN IMMEDIATE, synchronous=FULL so that a committed write survives
// a crash of the process or the machine.
#pragma once

#include <memory>
#include <string>

#include "store/database.h"

namespace linli::store {

struct SqliteOptions {
  int busy_timeout_ms = 10000;
  bool synchronous_full = true;
};

// Opens (creating when missing) the database file at `path`. Throws StoreError when the file
// cannot be opened.
std::unique_ptr<Database> OpenSqlite(const std::string& path, SqliteOptions options = {});

}  // namespace linli::store
