// WriteLane: one thread that handles write requests back to back, in batches (store: write
// batches). A job handles one request and returns how to answer it; the answers of a batch are
// given together, once the batch is durable or has failed. A batch ends when no job waits, when
// it holds kMaxBatch jobs, or when another thread waits to write.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace linli::http {

// The storage's write batches, as the composition root supplies them (store::Database).
struct WriteBatches {
  std::function<void()> begin;
  std::function<bool()> should_end;
  std::function<void(std::function<void(bool durable)>)> end;
};

class WriteLane {
 public:
  // Gives the request's answer: `durable` is false when the batch it was in failed.
  using Answer = std::function<void(bool durable)>;
  using Job = std::function<Answer()>;
  static constexpr size_t kMaxBatch = 64;

  explicit WriteLane(WriteBatches batches);
  // Runs the jobs still queued and waits until every batch has been answered.
  ~WriteLane();
  WriteLane(const WriteLane&) = delete;
  WriteLane& operator=(const WriteLane&) = delete;

  void Post(Job job);

 private:
  void Run();

  const WriteBatches batches_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::deque<Job> jobs_;  // GUARDED_BY(mu_)
  int unanswered_ = 0;    // batches ended and not yet answered; GUARDED_BY(mu_)
  bool stop_ = false;     // GUARDED_BY(mu_)
  std::thread thread_;
};

}  // namespace linli::http
