#include "record/series.h"

#include <unistd.h>

#include <filesystem>
#include <string>

#include <gtest/gtest.h>

#include "store/migration_files.h"
#include "store/sqlite/sqlite_database.h"

namespace linli::record {
namespace {

class SeriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = std::filesystem::temp_directory_path() /
            ("linli-series-" + std::to_string(::getpid()) + "-" +
             ::testing::UnitTest::GetInstance()->current_test_info()->name() + ".db");
    Remove();
    db_ = Open();
  }
  void TearDown() override {
    db_.reset();
    Remove();
  }
  std::unique_ptr<store::Database> Open() const {
    auto db = store::OpenSqlite(path_.string());
    db->Migrate(store::MigrationFiles("record"));
    return db;
  }
  void Remove() const {
    for (const auto* suffix : {"", "-wal", "-shm"}) {
      std::filesystem::remove(path_.string() + suffix);
    }
  }
  // The next number of `series` in a transaction of its own, committed.
  static int64_t Next(store::Database& db, std::string_view series) {
    auto& c = db.Conn();
    store::Tx tx(c, store::Tx::kWrite);
    const int64_t n = NextInSeries(c, series);
    tx.Commit();
    return n;
  }

  std::filesystem::path path_;
  std::unique_ptr<store::Database> db_;
};

TEST_F(SeriesTest, CountsEachSeriesOnItsOwn) {
  const struct {
    std::string_view series;
    int64_t want;
  } cases[] = {
      {"RI-2025-17-", 1}, {"RI-2025-17-", 2}, {"RI-2025-5-", 1},
      {"ZZ-2025-17-", 1}, {"RI-2025-17-", 3}, {"RI-2025-5-", 2},
  };
  for (const auto& c : cases) EXPECT_EQ(Next(*db_, c.series), c.want) << c.series;
}

TEST_F(SeriesTest, NumbersInOneTransactionFollowEachOther) {
  auto& c = db_->Conn();
  store::Tx tx(c, store::Tx::kWrite);
  EXPECT_EQ(NextInSeries(c, "s"), 1);
  EXPECT_EQ(NextInSeries(c, "s"), 2);
  tx.Commit();
  EXPECT_EQ(Next(*db_, "s"), 3);
}

TEST_F(SeriesTest, SurvivesReopening) {
  Next(*db_, "s");
  Next(*db_, "s");
  db_.reset();
  db_ = Open();
  EXPECT_EQ(Next(*db_, "s"), 3);
}

// A number whose transaction rolled back was seen by no one: it is issued again.
TEST_F(SeriesTest, RolledBackNumberIsIssuedAgain) {
  EXPECT_EQ(Next(*db_, "s"), 1);
  auto& c = db_->Conn();
  {
    store::Tx tx(c, store::Tx::kWrite);
    EXPECT_EQ(NextInSeries(c, "s"), 2);
    EXPECT_EQ(NextInSeries(c, "new"), 1);
  }
  EXPECT_EQ(Next(*db_, "s"), 2);
  EXPECT_EQ(Next(*db_, "new"), 1);
}

// A rolled-back savepoint gives its numbers back too; the outer transaction keeps its own.
TEST_F(SeriesTest, RolledBackSavepointGivesItsNumberBack) {
  auto& c = db_->Conn();
  store::Tx outer(c, store::Tx::kWrite);
  EXPECT_EQ(NextInSeries(c, "s"), 1);
  {
    store::Tx inner(c, store::Tx::kWrite);
    EXPECT_EQ(NextInSeries(c, "s"), 2);
  }
  EXPECT_EQ(NextInSeries(c, "s"), 2);
  outer.Commit();
  EXPECT_EQ(Next(*db_, "s"), 3);
}

// Two writers on the same file, taking turns: each number is issued once.
TEST_F(SeriesTest, TwoWritersNeverShareANumber) {
  auto other = Open();
  for (int64_t want = 1; want <= 10; ++want) {
    EXPECT_EQ(Next(want % 2 == 0 ? *db_ : *other, "s"), want);
  }
}

}  // namespace
}  // namespace linli::record
