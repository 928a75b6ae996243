#include "record/event_log.h"

#include <filesystem>

#include <gtest/gtest.h>

#include "core/crypto.h"
#include "store/migration_files.h"
#include "store/sqlite/sqlite_database.h"

namespace linli::record {
namespace {

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
    auto& c = db_->Conn();
    for (int i = 0; i < 5; ++i) {
      store::Tx tx(c, store::Tx::kWrite);
      Event e;
      e.actor_label = "tester";
      e.action = "thing.create";
      e.subject_kind = "thing";
      e.subject_id = i + 1;
      e.summary = {{"n", i}};
      EventLog::Append(c, e);
      tx.Commit();
    }
  }
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

}  // namespace
}  // namespace linli::record
