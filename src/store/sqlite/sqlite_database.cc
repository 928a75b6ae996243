#include "store/sqlite/sqlite_database.h"

#include "store/sqlite/handle.h"
#include "store/sqlite/wal_sync.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <sqlite3.h>

namespace linli::store {
namespace {

using sqlite_api::Bind;
using sqlite_api::Column;
using sqlite_api::Handle;
using sqlite_api::Throw;
using sqlite_api::Timer;

// Write transactions that ran one after another on the writer connection while others waited,
// committed by one COMMIT and made durable by one sync. Each member's work is a savepoint inside
// the open SQLite transaction, so a member that rolls back undoes only its own work; a member
// that commits returns once the whole group has committed and been synced, and a failure of
// that COMMIT or sync fails every member of the group.
struct Group {
  bool done = false;  // committed (or failed); GUARDED_BY(Writer::done_mu)
  std::string error;  // why the group failed; empty when it committed
};

// What the connections of one database share: the writer lock, the connection every write
// transaction runs on (so its page cache stays warm: a write on one connection empties the
// caches of all others), the group of write transactions open on it, and the sync of the log.
struct Writer {
  // Members of a group at most, so a member waits for at most this many others.
  static constexpr int kMaxGroup = 64;

  std::mutex lock;              // one member at a time runs statements on `handle`
  Handle* handle;               // used only by the holder of `lock`
  WalSync* durable;             // nullptr: commits are not synced
  std::shared_ptr<Group> open;  // the group whose transaction is open; GUARDED_BY(lock)
  int members = 0;              // members folded into `open`; GUARDED_BY(lock)
  std::atomic<int> waiting{0};  // threads queued for `lock` to begin a write transaction
  std::mutex done_mu;
  std::condition_variable done_cv;  // a group is done
};

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(const std::string& path, const SqliteOptions& o, Writer& writer)
      : own_(path, o, o.cache_kib), writer_(writer), active_(&own_) {}

  Rows Query(std::string_view sql, const std::vector<Value>& params) override {
    Timer t;
    sqlite3_stmt* st = Prepare(sql);
    Bind(db(), st, params);
    Rows rows;
    for (;;) {
      const int rc = sqlite3_step(st);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        Throw(db(), rc, sql);
      }
      const int n = sqlite3_column_count(st);
      std::vector<Value> vals;
      vals.reserve(static_cast<size_t>(n));
      for (int i = 0; i < n; ++i) vals.push_back(Column(st, i));
      rows.emplace_back(std::move(vals));
    }
    sqlite3_reset(st);
    AfterAutocommit(st);
    return rows;
  }

  int64_t Exec(std::string_view sql, const std::vector<Value>& params) override {
    Timer t;
    sqlite3_stmt* st = Prepare(sql);
    Bind(db(), st, params);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    }
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) Throw(db(), rc, sql);
    const int64_t changed = sqlite3_changes64(db());
    AfterAutocommit(st);
    return changed;
  }

  int64_t Insert(std::string_view sql, const std::vector<Value>& params) override {
    if (Exec(sql, params) != 1) {
      throw StoreError(StoreError::Kind::kOther, fmt::format("{}: no row added", sql));
    }
    return sqlite3_last_insert_rowid(db());
  }

  void ExecScript(std::string_view sql) override {
    const std::string s(sql);
    char* err = nullptr;
    const int rc = sqlite3_exec(db(), s.c_str(), nullptr, nullptr, &err);
    if (rc != SQLITE_OK) {
      sqlite3_free(err);
      Throw(db(), rc, sql.substr(0, 120));
    }
  }

  // Nested transactions become savepoints, so a command can run inside a larger unit of work
  // (the demo seed, a batch import) and still commit or roll back as one piece of it.
  // A write transaction first takes the process's writer lock: threads queue for it instead
  // of polling SQLite's lock in the busy handler's sleeps (1, 2, 5, 10 ... 100 ms), which
  // under concurrent writes cost more time asleep than writing. Other processes (the CLI)
  // still meet the busy timeout. It runs on the shared writer connection, whose cache no other
  // connection's write invalidates, as a member of the open Group (savepoint s0). In a batch
  // that holds the writer, a read transaction is such a savepoint too.
  void Begin(bool write) override {
    if (depth_ == 0 && (write || Holding())) {
      BeginMember();
    } else if (depth_ == 0) {
      Exec("BEGIN", {});
    } else {
      OnSavepoint("SAVEPOINT", depth_);
    }
    ++depth_;
  }
  void Commit() override {
    --depth_;
    if (depth_ > 0) {
      OnSavepoint("RELEASE", depth_);
    } else if (write_lock_.owns_lock()) {
      EndMember(true);
    } else {
      try {
        Exec("COMMIT", {});
      } catch (...) {
        if (!sqlite3_get_autocommit(db())) ExecScript("ROLLBACK");
        EndOutermost(TxEnd::kFailed);
        throw;
      }
      EndOutermost(TxEnd::kCommitted);
    }
  }
  void Rollback() override {
    if (depth_ == 0) return;
    --depth_;
    if (depth_ > 0) {
      Undo(depth_);
    } else if (write_lock_.owns_lock()) {
      EndMember(false);
    } else {
      if (!sqlite3_get_autocommit(db())) Exec("ROLLBACK", {});
      EndOutermost(TxEnd::kRolledBack);
    }
  }

  void WhenCommitted(std::function<void()> fn) override {
    if (depth_ == 0 && !Holding()) {
      fn();
    } else {
      when_committed_.push_back(std::move(fn));
    }
  }

  void BeginBatch() {
    batch_ = true;
    batch_failed_ = false;
    batch_stalled_ = false;
    batch_kept_ = 0;
  }

  // Commits the batch's group (with any member another thread added before this batch took
  // the writer), lets the writer go, and calls `done` once the group is durable. The group's
  // other members are told only then too.
  void EndBatch(std::function<void(bool durable)> done) {
    batch_ = false;
    const bool failed_before = batch_failed_;
    if (!write_lock_.owns_lock()) {
      RunWhenCommitted();
      done(!failed_before);
      return;
    }
    std::shared_ptr<Group> group = std::move(writer_.open);
    const std::string error = CommitGroup(group.get());
    const bool ok = error.empty() && !failed_before;
    const bool wrote = group && writer_.members > 0 && error.empty();
    writer_.members = 0;
    if (wrote && writer_.durable) {
      // Announced before the writer goes, so that the next writer's sync covers it too.
      writer_.durable->AfterCommitAsync([&writer = writer_, group, ok,
                                         done = std::move(done)](bool synced) {
        Finish(writer, *group, synced ? std::string() : "fdatasync of the write-ahead log failed");
        done(ok && synced);
      });
    } else {
      if (group) Finish(writer_, *group, error);
      done(ok);
    }
    Use(own_);
    write_lock_.unlock();
    NotifyTransactionEnd(error.empty() ? TxEnd::kCommitted : TxEnd::kFailed);
    RunWhenCommitted();
  }

  // True when a batch should end now: its group failed, or the writer could not begin one.
  bool BatchEndsSoon() const { return batch_failed_ || batch_stalled_; }

  // Whether what this connection reads may include work not yet committed (in a transaction
  // or a batch that holds the writer).
  bool SeesUncommitted() const override { return write_lock_.owns_lock(); }

  sqlite3* handle() { return own_.db(); }

 private:
  void Use(Handle& h) { active_ = &h; }
  sqlite3* db() const { return active_->db(); }

  // SAVEPOINT, RELEASE or ROLLBACK TO savepoint s<n>, prepared once (sqlite3_exec would parse
  // them again each time).
  void OnSavepoint(std::string_view verb, int n) { Exec(fmt::format("{} s{}", verb, n), {}); }
  // Undoes the work since savepoint s<n> and ends it.
  void Undo(int n) {
    OnSavepoint("ROLLBACK TO", n);
    OnSavepoint("RELEASE", n);
  }

  // In a batch that already keeps the writer.
  bool Holding() const { return batch_ && write_lock_.owns_lock(); }

  // Joins the open group, or opens one, and starts this member's savepoint.
  void BeginMember() {
    if (!Holding()) {
      ++writer_.waiting;
      write_lock_ = std::unique_lock(writer_.lock);
      --writer_.waiting;
      Use(*writer_.handle);
    }
    try {
      if (writer_.open && sqlite3_get_autocommit(db())) FailGroup("rolled back by the database");
      if (!writer_.open) OpenGroup();
      OnSavepoint("SAVEPOINT", 0);
    } catch (...) {
      if (batch_) {
        batch_stalled_ = true;  // keeps the writer until EndBatch, which comes next
      } else {
        LeaveGroup();
      }
      throw;
    }
  }

  void OpenGroup() {
    Exec("BEGIN IMMEDIATE", {});
    writer_.open = std::make_shared<Group>();
    writer_.members = 0;
  }

  // COMMIT of the writer's open transaction (ROLLBACK when no member kept work); returns why
  // it failed, empty when it did not. REQUIRES: write_lock_ held.
  std::string CommitGroup(const Group* group) {
    if (!group) return {};
    try {
      Exec(writer_.members > 0 ? "COMMIT" : "ROLLBACK", {});
    } catch (const StoreError& e) {
      if (!sqlite3_get_autocommit(db())) sqlite3_exec(db(), "ROLLBACK", nullptr, nullptr, nullptr);
      return e.what();
    }
    return {};
  }

  // Ends this member: keeps (committed) or undoes its savepoint, then leaves the group open
  // for a waiting writer, or commits it. A committed member returns once its group is durable.
  void EndMember(bool committed) {
    std::string error;
    try {
      if (committed) {
        OnSavepoint("RELEASE", 0);
      } else {
        Undo(0);
      }
    } catch (const StoreError& e) {
      error = e.what();
    }
    if (sqlite3_get_autocommit(db())) FailGroup("rolled back by the database");
    if (!committed && !error.empty()) FailGroup("left with a member's work it could not undo");
    std::shared_ptr<Group> group = writer_.open;
    if (committed && error.empty() && group) ++writer_.members;
    if (group && !error.empty() && committed) {
      // The savepoint could not be released: undo this member's work, keep the others'.
      try {
        Undo(0);
      } catch (const StoreError&) {
        FailGroup("a member's savepoint could not be undone");
      }
    }
    if (batch_) {  // the writer stays with this thread until EndBatch
      if (committed && error.empty() && !writer_.open) {
        error = "the write transaction was rolled back by the database";
      }
      const bool kept = committed && error.empty();
      if (kept) ++batch_kept_;
      NotifyTransactionEnd(kept ? TxEnd::kKept : TxEnd::kRolledBack);
      if (committed && !kept) throw StoreError(StoreError::Kind::kOther, error);
      return;
    }
    LeaveGroup();
    if (!committed) {
      EndOutermost(TxEnd::kRolledBack);
      return;
    }
    if (error.empty() && group) {
      std::unique_lock lock(writer_.done_mu);
      writer_.done_cv.wait(lock, [&] { return group->done; });
      error = group->error;
    } else if (error.empty()) {
      error = "the write transaction was rolled back by the database";
    }
    EndOutermost(error.empty() ? TxEnd::kCommitted : TxEnd::kFailed);
    if (!error.empty()) throw StoreError(StoreError::Kind::kOther, error);
  }

  // Releases the writer lock. The open group stays open while a writer waits to join it and it
  // has room; otherwise it is committed (or rolled back when it has no member), the next group
  // may begin, and the log is synced before the group's members are told.
  void LeaveGroup() {
    std::shared_ptr<Group> group = writer_.open;
    if (group && writer_.waiting > 0 && writer_.members < Writer::kMaxGroup) {
      Use(own_);
      write_lock_.unlock();
      return;
    }
    writer_.open = nullptr;
    std::string error = CommitGroup(group.get());
    const bool wrote = group && writer_.members > 0 && error.empty();
    writer_.members = 0;
    Use(own_);
    write_lock_.unlock();
    if (!group) return;
    if (wrote && writer_.durable) {
      try {
        writer_.durable->AfterCommit();
      } catch (const StoreError& e) {
        error = e.what();
      }
    }
    Finish(writer_, *group, error);
  }

  // SQLite ended the open transaction itself (an I/O error, a full disk): every member of the
  // group lost its work. REQUIRES: write_lock_ held.
  void FailGroup(std::string_view why) {
    if (!writer_.open) return;
    std::shared_ptr<Group> group = std::move(writer_.open);
    writer_.open = nullptr;
    writer_.members = 0;
    if (batch_) {  // the batch ends next; what it kept in this group is lost
      if (batch_kept_ > 0) batch_failed_ = true;
      batch_stalled_ = true;
      batch_kept_ = 0;
      NotifyTransactionEnd(TxEnd::kFailed);
    }
    Finish(writer_, *group, fmt::format("the write transaction was {}", why));
  }

  static void Finish(Writer& writer, Group& group, std::string error) {
    {
      std::lock_guard lock(writer.done_mu);
      group.done = true;
      group.error = std::move(error);
    }
    writer.done_cv.notify_all();
  }

  // The outermost transaction of a thread outside a batch ended.
  void EndOutermost(TxEnd end) {
    NotifyTransactionEnd(end);
    RunWhenCommitted();
  }

  // A callback that throws is logged; the others still run.
  void RunWhenCommitted() {
    std::vector<std::function<void()>> fns = std::move(when_committed_);
    when_committed_.clear();
    for (auto& fn : fns) {
      try {
        fn();
      } catch (const std::exception& e) {
        spdlog::error("after a commit: {}", e.what());
      }
    }
  }

  sqlite3_stmt* Prepare(std::string_view sql) { return active_->Prepare(sql); }
  // A statement that wrote outside a transaction committed on its own: make it durable too.
  // In a batch that holds the writer it is part of the batch's work instead.
  void AfterAutocommit(sqlite3_stmt* st) {
    if (depth_ > 0 || sqlite3_stmt_readonly(st)) return;
    if (Holding() && writer_.open) {
      ++writer_.members;
      ++batch_kept_;
    } else if (writer_.durable) {
      writer_.durable->AfterCommit();
    }
  }

  Handle own_;  // this thread's connection: reads, and writes outside a transaction
  Writer& writer_;
  Handle* active_;  // own_, or the writer's handle during a write transaction
  std::unique_lock<std::mutex> write_lock_;  // held while this thread is the group's member
  int depth_ = 0;               // open transactions, the outermost a real one, the rest savepoints
  bool batch_ = false;          // between BeginBatch and EndBatch
  bool batch_failed_ = false;   // a group lost work of this batch: it must not be acknowledged
  bool batch_stalled_ = false;  // a group failed or could not begin: the batch should end
  int batch_kept_ = 0;          // members and statements of this batch kept in the open group
  std::vector<std::function<void()>> when_committed_;  // WhenCommitted, waiting for the commit
};

class SqliteDatabase final : public Database {
 public:
  SqliteDatabase(std::string path, SqliteOptions o)
      : path_(std::move(path)),
        options_(o),
        writer_handle_(std::make_unique<Handle>(path_, o, o.writer_cache_kib)) {
    if (o.synchronous_full) durable_ = WalSync::ForFile(path_ + "-wal");
    writer_.handle = writer_handle_.get();
    writer_.durable = durable_.get();
    Conn();  // fail at open, not at first request
  }

  Connection& Conn() override { return Own(); }

  std::string_view Dialect() const override { return "sqlite"; }

  void BeginBatch() override { Own().BeginBatch(); }
  bool BatchShouldEnd() override { return writer_.waiting > 0 || Own().BatchEndsSoon(); }
  void EndBatch(std::function<void(bool durable)> done) override {
    Own().EndBatch(std::move(done));
  }

  Status Backup(const std::string& path) override {
    auto& src = Own();
    sqlite3* dst = nullptr;
    if (sqlite3_open(path.c_str(), &dst) != SQLITE_OK) {
      std::string msg = fmt::format("cannot open {}: {}", path, sqlite3_errmsg(dst));
      sqlite3_close(dst);
      return Error::Invalid("FILE", msg);
    }
    sqlite3_backup* b = sqlite3_backup_init(dst, "main", src.handle(), "main");
    if (!b) {
      std::string msg = sqlite3_errmsg(dst);
      sqlite3_close(dst);
      return Error::Internal("backup: " + msg);
    }
    int rc;
    do {
      rc = sqlite3_backup_step(b, 256);
      if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) sqlite3_sleep(20);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    const int final_rc = sqlite3_errcode(dst);
    sqlite3_close(dst);
    if (rc != SQLITE_DONE || final_rc != SQLITE_OK) {
      return Error::Internal(fmt::format("backup failed: {}", sqlite3_errstr(rc)));
    }
    return Status::Ok();
  }

 private:
  SqliteConnection& Own() {
    std::lock_guard lock(mu_);
    auto& slot = conns_[std::this_thread::get_id()];
    if (!slot) slot = std::make_unique<SqliteConnection>(path_, options_, writer_);
    return *slot;
  }

  std::string path_;
  SqliteOptions options_;
  std::mutex mu_;
  std::unique_ptr<Handle> writer_handle_;
  Writer writer_;
  // Group commit of the log; null without synchronous_full. Goes before `writer_`: its thread
  // finishes the groups still waiting for a sync.
  std::unique_ptr<WalSync> durable_;
  std::unordered_map<std::thread::id, std::unique_ptr<SqliteConnection>> conns_;  // GUARDED_BY(mu_)
};

}  // namespace

std::unique_ptr<Database> OpenSqlite(const std::string& path, SqliteOptions options) {
  // Before SQLite initialises: no memory statistics, which take a global mutex around every
  // allocation of every connection (too late, and harmless, if SQLite is already initialised).
  static std::once_flag configured;
  std::call_once(configured, [] { sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0); });
  return std::make_unique<SqliteDatabase>(path, options);
}

}  // namespace linli::store
