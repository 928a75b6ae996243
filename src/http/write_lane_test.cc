// WriteLane: jobs run one after another on one thread, in batches, and are answered once their
// batch is done.
#include "http/write_lane.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

namespace linli::http {
namespace {

TEST(WriteLane, RunsJobsInBatchesOnOneThreadAndAnswersThemOnceTheirBatchEnded) {
  std::mutex mu;
  std::set<std::thread::id> runners;  // threads jobs ran on
  int open_batch = 0;                 // jobs run in the batch being formed
  std::vector<int> sizes;             // jobs per ended batch
  std::set<int> ended;                // batches whose end has answered
  std::vector<std::thread> syncers;   // answer each batch from another thread, like the store
  std::atomic<bool> answered_early{false};
  std::atomic<int> answered{0};
  constexpr int kPosters = 4;
  constexpr int kJobs = 100;
  {
    WriteLane lane({[&] {
                      std::lock_guard lock(mu);
                      open_batch = 0;
                    },
                    [] { return false; },
                    [&](std::function<void(bool)> done) {
                      std::lock_guard lock(mu);
                      const int number = static_cast<int>(sizes.size());
                      sizes.push_back(open_batch);
                      syncers.emplace_back([&mu, &ended, number, done = std::move(done)] {
                        std::this_thread::sleep_for(std::chrono::milliseconds(1));
                        {
                          std::lock_guard lock(mu);
                          ended.insert(number);
                        }
                        done(true);
                      });
                    }});
    std::vector<std::thread> posters;
    posters.reserve(kPosters);
    for (int p = 0; p < kPosters; ++p) {
      posters.emplace_back([&] {
        for (int i = 0; i < kJobs; ++i) {
          lane.Post([&]() -> WriteLane::Answer {
            int batch_number = 0;
            {
              std::lock_guard lock(mu);
              runners.insert(std::this_thread::get_id());
              ++open_batch;
              batch_number = static_cast<int>(sizes.size());
            }
            return [&, batch_number](bool durable) {
              // Its batch has ended before the answer.
              std::lock_guard lock(mu);
              if (!durable || !ended.contains(batch_number)) answered_early = true;
              ++answered;
            };
          });
        }
      });
    }
    for (auto& t : posters) t.join();
  }  // the lane runs what is queued and waits for the answers
  EXPECT_EQ(answered.load(), kPosters * kJobs);
  EXPECT_FALSE(answered_early);
  EXPECT_EQ(runners.size(), 1u);
  int total = 0;
  for (int n : sizes) {
    EXPECT_GE(n, 1);
    EXPECT_LE(n, static_cast<int>(WriteLane::kMaxBatch));
    total += n;
  }
  EXPECT_EQ(total, kPosters * kJobs);
  for (auto& t : syncers) t.join();
}

TEST(WriteLane, ABatchEndsWhenAnotherWriterWaits) {
  std::mutex mu;
  std::vector<int> sizes;
  int open_batch = 0;
  {
    WriteLane lane({[&] { open_batch = 0; }, [] { return true; },
                    [&](std::function<void(bool)> done) {
                      {
                        std::lock_guard lock(mu);
                        sizes.push_back(open_batch);
                      }
                      done(false);
                    }});
    for (int i = 0; i < 10; ++i) {
      lane.Post([&]() -> WriteLane::Answer {
        ++open_batch;
        return [](bool) {};
      });
    }
  }
  ASSERT_EQ(sizes.size(), 10u);
  for (int n : sizes) EXPECT_EQ(n, 1);
}

}  // namespace
}  // namespace linli::http
