// WorkerLoop: the one background thread of a consumer of the record or of a clock (the live
// hub, the notifications consumer, the webhook sender, the appeals scheduler). Each round does
// the work and says how long the thread may then sleep; Wake() cuts the sleep short (a round
// asked for while one runs follows it at once), Stop() ends the thread. A round that throws is
// logged under the loop's name and tried again after `retry_ms`. With `min_gap_ms`, a round
// starts no sooner than that after the previous one ended: a wake within the gap is kept and
// acted on at its end (so that a stream of wakes is served by fewer, larger rounds).
#pragma once

#include <condition_variable>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <thread>

namespace linli {

class WorkerLoop {
 public:
  // Does one round's work; returns the milliseconds to sleep before the next unless woken.
  using Round = std::function<int64_t()>;

  WorkerLoop(std::string name, int64_t retry_ms, Round round, int64_t min_gap_ms = 0)
      : name_(std::move(name)),
        retry_ms_(retry_ms),
        min_gap_ms_(min_gap_ms),
        round_(std::move(round)) {}
  ~WorkerLoop() { Stop(); }
  WorkerLoop(const WorkerLoop&) = delete;
  WorkerLoop& operator=(const WorkerLoop&) = delete;

  // Starts the thread, whose first round runs at once; does nothing while it runs. Thread-safe.
  void Start();
  // Ends the sleep (a round in progress sees Stopping()) and joins the thread. Thread-safe; safe
  // when not started; Start() may follow.
  void Stop();
  // The next round runs now, or right after the one in progress. Thread-safe.
  void Wake();
  // True from Stop() until the next Start(): a round that loops checks it.
  bool Stopping() const;

 private:
  void Run();

  const std::string name_;
  const int64_t retry_ms_;
  const int64_t min_gap_ms_;
  const Round round_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  bool stop_ = false;   // GUARDED_BY(mu_)
  bool woken_ = false;  // GUARDED_BY(mu_)
  std::thread thread_;
};

}  // namespace linli
