#include "core/worker_loop.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>

namespace linli {
namespace {

using std::chrono::milliseconds;

// Waits up to two seconds for `done`.
template <typename F>
bool Eventually(F done) {
  for (int i = 0; i < 200 && !done(); ++i) std::this_thread::sleep_for(milliseconds(10));
  return done();
}

TEST(WorkerLoop, RunsAtStartThenSleepsUntilWoken) {
  std::atomic<int> rounds{0};
  WorkerLoop loop("test", 1000, [&] {
    ++rounds;
    return int64_t{60'000};
  });
  loop.Start();
  ASSERT_TRUE(Eventually([&] { return rounds == 1; }));
  std::this_thread::sleep_for(milliseconds(50));
  EXPECT_EQ(rounds, 1);  // asleep for a minute
  loop.Wake();
  EXPECT_TRUE(Eventually([&] { return rounds == 2; }));
  loop.Stop();  // ends the minute's sleep at once
  EXPECT_TRUE(loop.Stopping());
}

TEST(WorkerLoop, SleepsOnlyAsLongAsTheRoundAsked) {
  std::atomic<int> rounds{0};
  WorkerLoop loop("test", 1000, [&] {
    ++rounds;
    return int64_t{5};
  });
  loop.Start();
  EXPECT_TRUE(Eventually([&] { return rounds >= 5; }));
}

TEST(WorkerLoop, AFailedRoundIsTriedAgainAfterTheRetryDelay) {
  std::atomic<int> rounds{0};
  WorkerLoop loop("test", 20, [&]() -> int64_t {
    if (++rounds < 3) throw std::runtime_error("database busy");
    return 60'000;
  });
  loop.Start();
  EXPECT_TRUE(Eventually([&] { return rounds == 3; }));
}

TEST(WorkerLoop, AWakeDuringARoundRunsAnotherRightAfter) {
  std::atomic<int> rounds{0};
  std::atomic<bool> release{false};
  WorkerLoop* self = nullptr;
  WorkerLoop loop("test", 1000, [&] {
    if (++rounds == 1) {
      self->Wake();  // asked for while this round runs
      while (!release) std::this_thread::sleep_for(milliseconds(1));
    }
    return int64_t{60'000};
  });
  self = &loop;
  loop.Start();
  release = true;
  EXPECT_TRUE(Eventually([&] { return rounds == 2; }));
}

TEST(WorkerLoop, StopsARoundThatLoopsAndStartsAgain) {
  std::atomic<int> rounds{0};
  WorkerLoop* self = nullptr;
  WorkerLoop loop("test", 1000, [&] {
    ++rounds;
    while (!self->Stopping()) std::this_thread::sleep_for(milliseconds(1));
    return int64_t{0};
  });
  self = &loop;
  loop.Start();
  ASSERT_TRUE(Eventually([&] { return rounds == 1; }));
  loop.Stop();
  loop.Start();
  EXPECT_TRUE(Eventually([&] { return rounds == 2; }));
  loop.Stop();
}

TEST(WorkerLoop, AWakeWithinTheGapIsServedAtItsEnd) {
  std::atomic<int> rounds{0};
  WorkerLoop loop(
      "test", 1000,
      [&] {
        ++rounds;
        return int64_t{60'000};
      },
      /*min_gap_ms=*/300);
  loop.Start();
  ASSERT_TRUE(Eventually([&] { return rounds == 1; }));
  loop.Wake();
  loop.Wake();  // several wakes within the gap make one round
  std::this_thread::sleep_for(milliseconds(100));
  EXPECT_EQ(rounds, 1);  // still within the gap
  EXPECT_TRUE(Eventually([&] { return rounds == 2; }));
  std::this_thread::sleep_for(milliseconds(400));
  EXPECT_EQ(rounds, 2);
  loop.Wake();
  loop.Stop();  // returns at once: Stop ends the gap's wait too
  EXPECT_TRUE(loop.Stopping());
}

}  // namespace
}  // namespace linli
