// The storage interface every module uses. A backend (sqlite/ now, postgres/ later) implements
// Database and Connection; modules write SQL with `?` placeholders in the portable subset that
// both dialects accept (RETURNING, ON CONFLICT, standard types) and never include a backend.
//
// Failures other than "no rows" are exceptional: a statement that fails throws StoreError,
// which the per-request catch turns into a problem response (a unique-constraint violation is
// a 409; anything else a 500 with the detail logged, never shown).
#pragma once

#include <functional>
#include <initializer_list>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "store/value.h"

namespace linli::store {

class StoreError : public std::runtime_error {
 public:
  enum class Kind { kUnique, kConstraint, kBusy, kOther };
  StoreError(Kind kind, const std::string& what) : std::runtime_error(what), kind_(kind) {}
  Kind kind() const { return kind_; }

 private:
  Kind kind_;
};

// One session with the database. Not thread-safe: each thread uses its own (Database::Conn).
class Connection {
 public:
  virtual ~Connection() = default;
  // Runs one statement and returns every row it yields.
  virtual Rows Query(std::string_view sql, const std::vector<Value>& params) = 0;
  // Runs one statement; returns the number of rows changed.
  virtual int64_t Exec(std::string_view sql, const std::vector<Value>& params) = 0;
  // Runs an INSERT of one row into a table whose integer primary key is its row id, and
  // returns that id; throws StoreError when no row was added. The same as `INSERT ...
  // RETURNING id`, which SQLite answers through a temporary table.
  virtual int64_t Insert(std::string_view sql, const std::vector<Value>& params) = 0;
  // Runs a script of several statements with no parameters (migrations).
  virtual void ExecScript(std::string_view sql) = 0;

  // Transactions. A write transaction takes the write lock at once. Begin inside an open
  // transaction nests (a savepoint): its Commit keeps its work within the outer transaction,
  // its Rollback undoes only its own work.
  virtual void Begin(bool write) = 0;
  virtual void Commit() = 0;
  virtual void Rollback() = 0;
  // Runs `fn` on this thread once what this connection has written so far is committed (or
  // has failed): at once outside a transaction and a write batch; otherwise when the outermost
  // transaction ends, or the batch's COMMIT has run. For what must follow a commit: waking a
  // thread that will read the change, forgetting what a change made stale.
  virtual void WhenCommitted(std::function<void()> fn) = 0;
  // Whether what this connection reads may include work not committed yet (its own, in a write
  // transaction or a write batch): such reads are not to be remembered for other threads.
  virtual bool SeesUncommitted() const = 0;

  // Convenience forms.
  Rows Query(std::string_view sql, std::initializer_list<Value> params = {}) {
    return Query(sql, std::vector<Value>(params));
  }
  int64_t Exec(std::string_view sql, std::initializer_list<Value> params = {}) {
    return Exec(sql, std::vector<Value>(params));
  }
  int64_t Insert(std::string_view sql, std::initializer_list<Value> params) {
    return Insert(sql, std::vector<Value>(params));
  }
  std::optional<Row> QueryOne(std::string_view sql, std::initializer_list<Value> params = {}) {
    auto rows = Query(sql, std::vector<Value>(params));
    if (rows.empty()) return std::nullopt;
    return std::move(rows.front());
  }
  int64_t QueryInt(std::string_view sql, std::initializer_list<Value> params = {}) {
    auto row = QueryOne(sql, params);
    return row ? row->Int(0) : 0;
  }
};

// RAII transaction: rolls back unless Commit() was called.
class Tx {
 public:
  enum Mode { kRead, kWrite };
  Tx(Connection& c, Mode mode) : c_(c) { c_.Begin(mode == kWrite); }
  ~Tx() {
    if (!done_) {
      try {
        c_.Rollback();
      } catch (const StoreError&) {  // the connection is already out of the transaction
      }
    }
  }
  Tx(const Tx&) = delete;
  Tx& operator=(const Tx&) = delete;
  void Commit() {
    c_.Commit();
    done_ = true;
  }
  Connection& conn() { return c_; }

 private:
  Connection& c_;
  bool done_ = false;
};

// Called after every statement with the seconds it took (for /metrics). Set once at start-up.
using StatementObserver = void (*)(double seconds);
void SetStatementObserver(StatementObserver observer);
StatementObserver GetStatementObserver();

// How an outermost transaction ended, as told on its thread to the transaction observer:
// - kRolledBack: its work was undone;
// - kKept: a member of a write batch kept its work, which the batch's COMMIT will commit;
// - kCommitted: its COMMIT (with every work kept before it on this thread) succeeded; a
//   batch's is told at its COMMIT, before its sync (like any reader, a consumer may see a
//   change a moment before it is durable);
// - kFailed: the COMMIT failed or the database ended the transaction: all that work is lost.
enum class TxEnd { kRolledBack, kKept, kCommitted, kFailed };

// The record uses it to announce new events once they are committed (record/notifier.h). Set
// once at start-up; a backend calls NotifyTransactionEnd.
using TransactionObserver = void (*)(TxEnd end);
void SetTransactionObserver(TransactionObserver observer);
void NotifyTransactionEnd(TxEnd end);

struct Migration {
  std::string owner;  // module (folder) that owns it
  std::string name;   // "001_areas.sql": numbered, applied in order within the owner
  std::string sql;
};

class Database {
 public:
  virtual ~Database() = default;
  // This thread's connection, opened on first use. Thread-safe.
  virtual Connection& Conn() = 0;
  // "sqlite" or "postgres".
  virtual std::string_view Dialect() const = 0;
  // Applies every migration not yet applied, in (owner order given, number) order, each in its
  // own transaction. Returns the names applied.
  std::vector<std::string> Migrate(const std::vector<Migration>& migrations);

  // Write batches: the calling thread runs many requests' transactions back to back as members
  // of one write group. From its first write until EndBatch it keeps the writer, and every
  // statement it runs (reads too) sees the batch's work; a member's Commit keeps its work and
  // returns at once, a member's Rollback undoes only its own. EndBatch commits the whole batch
  // and calls `done` with true once it is durable, or with false when it failed (nothing of it
  // may be acknowledged then); `done` may run on another thread. A backend without batches
  // commits each transaction itself and calls `done(true)` at once.
  virtual void BeginBatch() {}
  // True when another thread waits to write: the batch should end soon.
  virtual bool BatchShouldEnd() { return true; }
  virtual void EndBatch(std::function<void(bool durable)> done) { done(true); }

  // A consistent copy of the whole database into `path`, taken while the server runs.
  virtual Status Backup(const std::string& path) = 0;
};

}  // namespace linli::store
