#include "record/event_log.h"

#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "core/crypto.h"
#include "store/migration_files.h"
#include "store/sqlite/sqlite_database.h"

namespace linli::record {
namespace {

Event Thing(int64_t n) {
  Event e;
  e.actor_label = "tester";
  e.action = "thing.create";
  e.subject_kind = "thing";
  e.subject_id = n;
  e.summary = {{"n", n}};
  return e;
}

// Appends `count` events, each in its own write transaction.
void AppendEach(store::Connection& c, int count) {
  for (int i = 0; i < count; ++i) {
    store::Tx tx(c, store::Tx::kWrite);
    EventLog::Append(c, Thing(i));
    tx.Commit();
  }
}

// A connection that runs every statement on another one and keeps its text, in order.
class Recording : public store::Connection {
 public:
  explicit Recording(store::Connection& c) : c_(c) {}
  store::Rows Query(std::string_view sql, const std::vector<store::Value>& params) override {
    sql_.emplace_back(sql);
    return c_.Query(sql, params);
  }
  int64_t Exec(std::string_view sql, const std::vector<store::Value>& params) override {
    sql_.emplace_back(sql);
    return c_.Exec(sql, params);
  }
  int64_t Insert(std::string_view sql, const std::vector<store::Value>& params) override {
    sql_.emplace_back(sql);
    return c_.Insert(sql, params);
  }
  void ExecScript(std::string_view sql) override {
    sql_.emplace_back(sql);
    c_.ExecScript(sql);
  }
  void Begin(bool write) override { c_.Begin(write); }
  void Commit() override { c_.Commit(); }
  void Rollback() override { c_.Rollback(); }
  void WhenCommitted(std::function<void()> fn) override { c_.WhenCommitted(std::move(fn)); }
  bool SeesUncommitted() const override { return c_.SeesUncommitted(); }
  const std::vector<std::string>& sql() const { return sql_; }

 private:
  store::Connection& c_;
  std::vector<std::string> sql_;
};

class EventLogTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_TRUE(Crypto::Init().ok());
    path_ = std::filesystem::temp_directory_path() /
            ("linli-events-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    std::filesystem::remove(path_);
    db_ = store::OpenSqlite(path_.string());
    db_->Migrate(store::MigrationFiles("record"));
    AppendEach(db_->Conn(), 5);
  }
  // Another writer on the same file, as another process would be.
  std::unique_ptr<store::Database> OpenAgain() const { return store::OpenSqlite(path_.string()); }
  void TearDown() override {
    db_.reset();
    std::filesystem::remove(path_);
    std::filesystem::remove(path_.string() + "-wal");
    std::filesystem::remove(path_.string() + "-shm");
  }
  std::filesystem::path path_;
  std::unique_ptr<store::Database> db_;
};

TEST_F(EventLogTest, IntactChainVerifies) {
  auto rep = EventLog::Verify(db_->Conn());
  EXPECT_TRUE(rep.ok) << rep.problem;
  EXPECT_EQ(rep.checked, 5);
}

TEST_F(EventLogTest, NamesAnEditedEvent) {
  db_->Conn().Exec("UPDATE events SET summary = '{\"n\":99}' WHERE seq = 3");
  auto rep = EventLog::Verify(db_->Conn());
  EXPECT_FALSE(rep.ok);
  EXPECT_EQ(rep.first_bad_seq, 3);
  EXPECT_NE(rep.problem.find("edited"), std::string::npos);
}

TEST_F(EventLogTest, NamesADeletedEvent) {
  db_->Conn().Exec("DELETE FROM events WHERE seq = 2");
  auto rep = EventLog::Verify(db_->Conn());
  EXPECT_FALSE(rep.ok);
  EXPECT_EQ(rep.first_bad_seq, 2);
  EXPECT_NE(rep.problem.find("missing"), std::string::npos);
}

TEST_F(EventLogTest, NamesTheNewestEventDeleted) {
  db_->Conn().Exec("DELETE FROM events WHERE seq = 5");
  auto rep = EventLog::Verify(db_->Conn());
  EXPECT_FALSE(rep.ok);
  EXPECT_EQ(rep.first_bad_seq, 5);
}

TEST_F(EventLogTest, NamesReorderedEvents) {
  auto& c = db_->Conn();
  // Swap the contents of events 2 and 3, keeping their numbers.
  c.Exec("UPDATE events SET seq = -2 WHERE seq = 2");
  c.Exec("UPDATE events SET seq = 2 WHERE seq = 3");
  c.Exec("UPDATE events SET seq = 3 WHERE seq = -2");
  auto rep = EventLog::Verify(c);
  EXPECT_FALSE(rep.ok);
  EXPECT_EQ(rep.first_bad_seq, 2);
}

TEST_F(EventLogTest, ManyAppendsStayLinear) {
  AppendEach(db_->Conn(), 500);
  auto rep = EventLog::Verify(db_->Conn());
  EXPECT_TRUE(rep.ok) << rep.problem;
  EXPECT_EQ(rep.checked, 505);
}

// Several events in one transaction are consecutive links.
TEST_F(EventLogTest, AppendsInOneTransactionFollowEachOther) {
  auto& c = db_->Conn();
  store::Tx tx(c, store::Tx::kWrite);
  for (int i = 0; i < 4; ++i) EXPECT_EQ(EventLog::Append(c, Thing(i)), 6 + i);
  tx.Commit();
  auto rep = EventLog::Verify(c);
  EXPECT_TRUE(rep.ok) << rep.problem;
  EXPECT_EQ(rep.checked, 9);
}

// A rolled-back append leaves the head where it was: the next event takes the same seq.
TEST_F(EventLogTest, RolledBackAppendLeavesTheHead) {
  auto& c = db_->Conn();
  {
    store::Tx tx(c, store::Tx::kWrite);
    EXPECT_EQ(EventLog::Append(c, Thing(1)), 6);
  }
  store::Tx tx(c, store::Tx::kWrite);
  EXPECT_EQ(EventLog::Append(c, Thing(2)), 6);
  tx.Commit();
  EXPECT_TRUE(EventLog::Verify(c).ok);
}

// On a database with several writers only a write holds the head row until the transaction
// ends: reading it first would let two transactions read the same head and fork the chain.
TEST_F(EventLogTest, TakesTheHeadBeforeReadingIt) {
  auto& c = db_->Conn();
  Recording rec(c);
  store::Tx tx(c, store::Tx::kWrite);
  EventLog::Append(rec, Thing(1));
  tx.Commit();
  std::vector<std::string> head;
  for (const auto& sql : rec.sql()) {
    if (sql.find("event_chain_head") != std::string::npos) head.push_back(sql);
  }
  ASSERT_FALSE(head.empty());
  EXPECT_EQ(head.front().rfind("UPDATE", 0), 0u) << head.front();
}

// Two connections that each write their own transactions, taking turns: every event follows
// the other connection's last one.
TEST_F(EventLogTest, TwoWritersTakingTurnsKeepOneChain) {
  auto other = OpenAgain();
  for (int turn = 0; turn < 20; ++turn) {
    store::Connection& c = turn % 2 == 0 ? db_->Conn() : other->Conn();
    store::Tx tx(c, store::Tx::kWrite);
    EXPECT_EQ(EventLog::Append(c, Thing(turn)), 6 + 2 * turn);
    EXPECT_EQ(EventLog::Append(c, Thing(turn)), 7 + 2 * turn);
    tx.Commit();
  }
  for (auto* db : {db_.get(), other.get()}) {
    auto rep = EventLog::Verify(db->Conn());
    EXPECT_TRUE(rep.ok) << rep.problem;
    EXPECT_EQ(rep.checked, 45);
  }
}

// Two writers on two threads at once, each in its own write transactions.
TEST_F(EventLogTest, TwoWritersAtOnceKeepOneChain) {
  constexpr int kEach = 100;
  auto other = OpenAgain();
  std::thread a([&] { AppendEach(db_->Conn(), kEach); });
  std::thread b([&] { AppendEach(other->Conn(), kEach); });
  a.join();
  b.join();
  auto rep = EventLog::Verify(db_->Conn());
  EXPECT_TRUE(rep.ok) << rep.problem;
  EXPECT_EQ(rep.checked, 5 + 2 * kEach);
}

// The first event of an empty record starts the chain, and a rolled-back first event leaves it
// empty.
TEST(EventLogFirst, FirstEventStartsTheChain) {
  ASSERT_TRUE(Crypto::Init().ok());
  const auto path = std::filesystem::temp_directory_path() /
                    ("linli-events-first-" + std::to_string(::getpid()) + ".db");
  std::filesystem::remove(path);
  {
    auto db = store::OpenSqlite(path.string());
    db->Migrate(store::MigrationFiles("record"));
    auto& c = db->Conn();
    {
      store::Tx tx(c, store::Tx::kWrite);
      EXPECT_EQ(EventLog::Append(c, Thing(1)), 1);
    }
    EXPECT_EQ(c.QueryInt("SELECT count(*) FROM event_chain_head"), 0);
    store::Tx tx(c, store::Tx::kWrite);
    EXPECT_EQ(EventLog::Append(c, Thing(1)), 1);
    tx.Commit();
    EXPECT_EQ(c.QueryOne("SELECT prev_hash FROM events WHERE seq = 1")->Text(0),
              std::string(64, '0'));
    auto rep = EventLog::Verify(c);
    EXPECT_TRUE(rep.ok) << rep.problem;
    EXPECT_EQ(rep.checked, 1);
  }
  for (const auto* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + suffix);
}

}  // namespace
}  // namespace linli::record
