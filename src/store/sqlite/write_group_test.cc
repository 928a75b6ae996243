// Write transactions of concurrent threads folded into groups (sqlite_database.cc): each keeps
// or undoes its own work, whatever the others of its group do.
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "store/database.h"
#include "store/sqlite/sqlite_database.h"

namespace linli::store {
namespace {

std::filesystem::path FreshDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             (name + "-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
              std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  std::filesystem::create_directories(dir);
  return dir;
}

TEST(WriteGroup, EachMemberKeepsOrUndoesOnlyItsOwnWork) {
  const auto dir = FreshDir("linli-writegroup");
  const std::string path = (dir / "t.db").string();
  constexpr int kThreads = 8;
  constexpr int kTransactions = 60;
  {
    auto db = OpenSqlite(path);
    db->Conn().ExecScript("CREATE TABLE t (thread INTEGER, n INTEGER, UNIQUE (thread, n))");
    std::vector<std::thread> threads;
    threads.reserve(kThreads);
    for (int t = 0; t < kThreads; ++t) {
      threads.emplace_back([&db, t] {
        Connection& c = db->Conn();
        for (int i = 0; i < kTransactions; ++i) {
          Tx tx(c, Tx::kWrite);
          c.Exec("INSERT INTO t (thread, n) VALUES (?, ?)", {int64_t{t}, int64_t{i}});
          if (i % 3 == 1) {
            // A failed statement inside the transaction: the member goes on and commits.
            EXPECT_THROW(
                c.Exec("INSERT INTO t (thread, n) VALUES (?, ?)", {int64_t{t}, int64_t{i}}),
                StoreError);
          }
          if (i % 5 == 4) continue;  // rolled back by ~Tx
          {
            Tx inner(c, Tx::kWrite);  // a nested unit that is undone
            c.Exec("INSERT INTO t (thread, n) VALUES (?, ?)", {int64_t{t}, int64_t{1000 + i}});
          }
          tx.Commit();
          // Committed means visible to every other connection at once.
          EXPECT_EQ(c.QueryInt("SELECT count(*) FROM t WHERE thread = ? AND n = ?",
                               {int64_t{t}, int64_t{i}}),
                    1);
        }
      });
    }
    for (auto& th : threads) th.join();
  }
  auto again = OpenSqlite(path);
  Connection& c = again->Conn();
  const int64_t kept = int64_t{kThreads} * (kTransactions - kTransactions / 5);
  EXPECT_EQ(c.QueryInt("SELECT count(*) FROM t"), kept);
  EXPECT_EQ(c.QueryInt("SELECT count(*) FROM t WHERE n % 5 = 4"), 0);
  EXPECT_EQ(c.QueryInt("SELECT count(*) FROM t WHERE n >= 1000"), 0);
  again.reset();
  std::filesystem::remove_all(dir);
}

TEST(WriteGroup, AReadTransactionSeesOnlyCommittedGroups) {
  const auto dir = FreshDir("linli-writegroup-read");
  {
    auto db = OpenSqlite((dir / "t.db").string());
    db->Conn().ExecScript("CREATE TABLE t (n INTEGER)");
    std::thread writer([&db] {
      Connection& c = db->Conn();
      Tx tx(c, Tx::kWrite);
      c.Exec("INSERT INTO t (n) VALUES (1)");
      // Not committed: another thread's read does not see the row.
      std::thread reader([&db] { EXPECT_EQ(db->Conn().QueryInt("SELECT count(*) FROM t"), 0); });
      reader.join();
      tx.Commit();
    });
    writer.join();
    EXPECT_EQ(db->Conn().QueryInt("SELECT count(*) FROM t"), 1);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace linli::store
