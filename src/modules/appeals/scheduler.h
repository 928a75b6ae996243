// The one background thread that keeps the clocks: it raises what is due (deadlines.h), then
// sleeps until the earliest pending deadline, or until Wake() says a nearer one may have been
// added. It reads nothing but the earliest rows of appeal_deadlines.
#pragma once

#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

#include "store/database.h"

namespace linli::appeals {

class Scheduler {
 public:
  explicit Scheduler(store::Database& db) : db_(db) {}
  ~Scheduler() { Stop(); }
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Starts the thread (once; a second call does nothing). Thread-safe.
  void Start();
  // Stops and joins the thread. Thread-safe; safe to call when not started.
  void Stop();
  // A deadline was added or moved: look again. Thread-safe; cheap.
  void Wake();

 private:
  void Loop();

  // The longest sleep, so that a change of the system clock is noticed.
  static constexpr int64_t kMaxSleepMs = 60'000;
  // After a failure (the database busy), the wait before trying again.
  static constexpr int64_t kRetryMs = 1'000;

  store::Database& db_;
  std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;   // GUARDED_BY(mu_)
  bool woken_ = false;  // GUARDED_BY(mu_)
  std::thread thread_;
};

}  // namespace linli::appeals
