// Write batches (store/database.h, sqlite_database.cc): one thread's transactions kept in one
// group until EndBatch, which commits them at once and says when they are durable.
#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "store/database.h"
#include "store/sqlite/sqlite_database.h"

namespace linli::store {
namespace {

class WriteBatch : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("linli-writebatch-" +
            std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
    std::filesystem::create_directories(dir_);
    db_ = OpenSqlite((dir_ / "t.db").string());
    db_->Conn().ExecScript("CREATE TABLE t (n INTEGER UNIQUE)");
  }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove_all(dir_);
  }

  // Rows of t as another thread (another connection) sees them.
  int64_t SeenElsewhere(std::string_view where = "1") {
    int64_t n = -1;
    std::thread([&] {
      n = db_->Conn().QueryInt("SELECT count(*) FROM t WHERE " + std::string(where));
    }).join();
    return n;
  }

  // Ends the batch and waits for `done`; returns what it said.
  bool End() {
    std::mutex mu;
    std::condition_variable cv;
    std::optional<bool> said;
    db_->EndBatch([&](bool durable) {
      std::lock_guard lock(mu);
      said = durable;
      cv.notify_all();
    });
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return said.has_value(); });
    return *said;
  }

  void Insert(int64_t n, bool keep) {
    Connection& c = db_->Conn();
    Tx tx(c, Tx::kWrite);
    c.Exec("INSERT INTO t (n) VALUES (?)", {n});
    if (keep) tx.Commit();
  }

  std::filesystem::path dir_;
  std::unique_ptr<Database> db_;
};

TEST_F(WriteBatch, MembersSeeEachOtherAndOthersSeeThemOnlyOnceCommitted) {
  db_->BeginBatch();
  Insert(1, true);
  Insert(2, false);  // rolled back: undoes only its own work
  Insert(3, true);
  Connection& c = db_->Conn();
  EXPECT_EQ(c.QueryInt("SELECT count(*) FROM t"), 2);  // the batch's own view
  EXPECT_TRUE(c.SeesUncommitted());
  {
    Tx read(c, Tx::kRead);  // a read transaction inside the batch is a savepoint of it
    EXPECT_EQ(c.QueryInt("SELECT count(*) FROM t WHERE n = 3"), 1);
    read.Commit();
  }
  EXPECT_EQ(SeenElsewhere(), 0);  // not committed yet
  EXPECT_TRUE(End());
  EXPECT_FALSE(c.SeesUncommitted());
  EXPECT_EQ(SeenElsewhere(), 2);
  EXPECT_EQ(SeenElsewhere("n = 2"), 0);
}

TEST_F(WriteBatch, AFailedStatementFailsOnlyItsMember) {
  db_->BeginBatch();
  Insert(1, true);
  EXPECT_THROW(Insert(1, true), StoreError);  // unique: this member alone is undone
  Insert(2, true);
  EXPECT_TRUE(End());
  EXPECT_EQ(SeenElsewhere(), 2);
}

TEST_F(WriteBatch, WhenCommittedRunsAfterTheBatchCommitted) {
  Connection& c = db_->Conn();
  int64_t seen_by_hook = -1;
  db_->BeginBatch();
  Insert(1, true);
  c.WhenCommitted([&] { seen_by_hook = SeenElsewhere(); });
  c.WhenCommitted([] { throw StoreError(StoreError::Kind::kOther, "logged, not thrown"); });
  bool after_throw = false;
  c.WhenCommitted([&] { after_throw = true; });
  EXPECT_EQ(seen_by_hook, -1);
  EXPECT_TRUE(End());
  EXPECT_EQ(seen_by_hook, 1);
  EXPECT_TRUE(after_throw);
  // Outside a batch and a transaction it runs at once.
  bool ran = false;
  c.WhenCommitted([&] { ran = true; });
  EXPECT_TRUE(ran);
}

TEST_F(WriteBatch, AStatementOutsideATransactionIsPartOfTheBatch) {
  Connection& c = db_->Conn();
  db_->BeginBatch();
  Insert(1, true);  // takes the writer
  c.Exec("INSERT INTO t (n) VALUES (2)");
  EXPECT_EQ(SeenElsewhere(), 0);
  EXPECT_TRUE(End());
  EXPECT_EQ(SeenElsewhere(), 2);
}

TEST_F(WriteBatch, AnotherWriterEndsTheBatchAndWritesAfterIt) {
  db_->BeginBatch();
  Insert(1, true);
  EXPECT_FALSE(db_->BatchShouldEnd());
  std::atomic<bool> committed{false};
  std::thread other([&] {
    Insert(100, true);  // waits for the writer the batch keeps
    committed = true;
  });
  while (!db_->BatchShouldEnd()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  EXPECT_FALSE(committed);
  EXPECT_TRUE(End());
  other.join();
  EXPECT_TRUE(committed);
  EXPECT_EQ(SeenElsewhere(), 2);
}

TEST_F(WriteBatch, ABatchJoinsTheGroupAnotherThreadLeftOpenAndAnswersItsMember) {
  std::atomic<bool> holds{false};
  std::atomic<bool> returned{false};
  std::thread other([&] {
    Connection& c = db_->Conn();
    Tx tx(c, Tx::kWrite);
    c.Exec("INSERT INTO t (n) VALUES (100)");
    holds = true;
    while (!db_->BatchShouldEnd()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    tx.Commit();  // leaves the group open to the batch waiting, and waits for it
    returned = true;
  });
  while (!holds) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  db_->BeginBatch();
  Insert(1, true);  // waits for the other thread's member, then joins its group
  std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_FALSE(returned);  // its group is not committed while the batch goes on
  EXPECT_TRUE(End());
  other.join();
  EXPECT_TRUE(returned);
  EXPECT_EQ(SeenElsewhere(), 2);
}

TEST_F(WriteBatch, ABatchWithoutWritesAnswersAtOnce) {
  db_->BeginBatch();
  EXPECT_EQ(db_->Conn().QueryInt("SELECT count(*) FROM t"), 0);
  EXPECT_TRUE(End());
  // And the thread writes on its own again afterwards.
  Insert(1, true);
  EXPECT_EQ(SeenElsewhere(), 1);
}

}  // namespace
}  // namespace linli::store
