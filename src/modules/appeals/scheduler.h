// The one background thread that keeps the clocks: it raises what is due (deadlines.h), then
// sleeps until the earliest pending deadline, or until Wake() says a nearer one may have been
// added. It reads nothing but the earliest rows of appeal_deadlines.
#pragma once

#include <cstdint>

#include "core/worker_loop.h"
#include "store/database.h"

namespace linli::appeals {

class Scheduler {
 public:
  explicit Scheduler(store::Database& db) : db_(db) {}
  ~Scheduler() { Stop(); }
  Scheduler(const Scheduler&) = delete;
  Scheduler& operator=(const Scheduler&) = delete;

  // Starts the thread (once; a second call does nothing). Thread-safe.
  void Start() { loop_.Start(); }
  // Stops and joins the thread. Thread-safe; safe to call when not started.
  void Stop() { loop_.Stop(); }
  // A deadline was added or moved: look again. Thread-safe; cheap.
  void Wake() { loop_.Wake(); }

 private:
  // Raises what is due; returns the ms until the next deadline (at most kMaxSleepMs).
  int64_t Round();

  // The longest sleep, so that a change of the system clock is noticed.
  static constexpr int64_t kMaxSleepMs = 60'000;
  // After a failure (the database busy), the wait before trying again.
  static constexpr int64_t kRetryMs = 1'000;

  store::Database& db_;
  WorkerLoop loop_{"appeals scheduler", kRetryMs, [this] { return Round(); }};
};

}  // namespace linli::appeals
