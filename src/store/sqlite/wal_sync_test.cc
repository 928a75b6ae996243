#include "store/sqlite/wal_sync.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <mutex>
#include <thread>
#include <vector>

#include "store/database.h"
#include "store/sqlite/sqlite_database.h"

namespace linli::store {
namespace {

TEST(WalSync, EveryCommitWaitsForASyncThatBeganAfterIt) {
  std::atomic<uint64_t> started{0};   // syncs begun
  std::atomic<uint64_t> finished{0};  // syncs completed
  WalSync sync([&] {
    ++started;
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
    ++finished;
    return true;
  });
  constexpr int kThreads = 8;
  constexpr int kCommits = 40;
  std::atomic<int> violations{0};
  std::vector<std::thread> threads;
  threads.reserve(kThreads);
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < kCommits; ++i) {
        const uint64_t begun_before = started.load();
        sync.AfterCommit();
        // A sync that began after this commit has finished: at least one more completed than
        // had begun when the commit was announced.
        if (finished.load() <= begun_before) ++violations;
      }
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(violations.load(), 0);
  EXPECT_GE(sync.syncs(), 1u);
  // Grouped: fewer syncs than commits while eight threads commit at once.
  EXPECT_LT(sync.syncs(), static_cast<uint64_t>(kThreads * kCommits));
}

TEST(WalSync, AFailedSyncThrowsAndTheNextCommitSyncsAgain) {
  int calls = 0;
  WalSync sync([&] { return ++calls > 1; });
  EXPECT_THROW(sync.AfterCommit(), StoreError);
  EXPECT_NO_THROW(sync.AfterCommit());
  EXPECT_EQ(calls, 2);
}

TEST(WalSync, AnAsynchronousCommitIsToldOnceASyncThatBeganAfterItFinished) {
  std::atomic<uint64_t> started{0};
  std::atomic<uint64_t> finished{0};
  std::atomic<int> fail_next{0};
  WalSync sync([&] {
    ++started;
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
    ++finished;
    return fail_next.exchange(0) == 0;
  });
  constexpr int kCommits = 200;
  std::mutex mu;
  std::condition_variable cv;
  int answered = 0;
  std::atomic<int> violations{0};
  for (int i = 0; i < kCommits; ++i) {
    const uint64_t begun_before = started.load();
    sync.AfterCommitAsync([&, begun_before](bool synced) {
      if (!synced || finished.load() <= begun_before) ++violations;
      std::lock_guard lock(mu);
      ++answered;
      cv.notify_all();
    });
    if (i % 7 == 0) sync.AfterCommit();  // the waiting form shares the syncs
  }
  {
    std::unique_lock lock(mu);
    cv.wait(lock, [&] { return answered == kCommits; });
  }
  EXPECT_EQ(violations.load(), 0);
  EXPECT_LT(sync.syncs(), static_cast<uint64_t>(kCommits));  // grouped

  // A failed sync is told as such.
  fail_next = 1;
  std::atomic<int> told{-1};
  sync.AfterCommitAsync([&](bool synced) { told = synced ? 1 : 0; });
  while (told.load() < 0) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  EXPECT_EQ(told.load(), 0);
}

TEST(WalSync, DestroyingItAnswersEveryWaitingCommit) {
  std::atomic<int> answered{0};
  {
    WalSync sync([] {
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
      return true;
    });
    for (int i = 0; i < 20; ++i) sync.AfterCommitAsync([&](bool synced) { answered += synced; });
  }
  EXPECT_EQ(answered.load(), 20);
}

TEST(WalSync, ConcurrentWriteTransactionsAreAllKept) {
  const auto dir =
      std::filesystem::temp_directory_path() /
      ("linli-walsync-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) + "-" +
       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()));
  std::filesystem::create_directories(dir);
  const std::string path = (dir / "t.db").string();
  {
    auto db = OpenSqlite(path);
    db->Conn().ExecScript("CREATE TABLE t (thread INTEGER, n INTEGER)");
    std::vector<std::thread> threads;
    threads.reserve(6);
    for (int t = 0; t < 6; ++t) {
      threads.emplace_back([&db, t] {
        Connection& c = db->Conn();
        for (int i = 0; i < 50; ++i) {
          c.Begin(true);
          c.Exec("INSERT INTO t (thread, n) VALUES (?, ?)", {int64_t{t}, int64_t{i}});
          c.Commit();
        }
      });
    }
    for (auto& th : threads) th.join();
  }
  auto again = OpenSqlite(path);
  EXPECT_EQ(again->Conn().QueryInt("SELECT count(*) FROM t"), 300);
  EXPECT_EQ(again->Conn().QueryInt("SELECT count(DISTINCT thread * 1000 + n) FROM t"), 300);
  again.reset();
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace linli::store
