// SQLite backend: one connection per thread on a WAL database for reads, one shared by every
// write transaction (behind one writer lock per process, so its page cache stays warm),
// prepared statements cached per connection, writes under BEGIN IMMEDIATE, and (with
// synchronous_full) every committed write durable before Commit returns, the log synced once
// for each group of concurrent commits (wal_sync.h), so it survives a crash of the process or
// the machine.
#pragma once

#include <memory>
#include <string>

#include "store/database.h"

namespace linli::store {

struct SqliteOptions {
  int busy_timeout_ms = 10000;
  bool synchronous_full = true;  // acknowledged commits are on disk (group-synced)
  int cache_kib = 8192;          // page cache of each thread's connection
  int writer_cache_kib = 65536;  // page cache of the connection all write transactions share
};

// Opens (creating when missing) the database file at `path`. Throws StoreError when the file
// cannot be opened.
std::unique_ptr<Database> OpenSqlite(const std::string& path, SqliteOptions options = {});

}  // namespace linli::store
