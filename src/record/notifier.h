// Notifier: tells the record's consumers (live streams, the notifications inbox, the webhook
// outbox) that new events exist, once the transaction that appended them has committed.
// EventLog::Append marks the thread's open transaction; when the outermost transaction commits
// (store::NotifyTransactionEnd), every listener is called with the newest seq appended; a
// rollback forgets the mark. A listener only learns "look again after seq N": consumers read the
// events themselves from their own cursor, so a missed or spurious call loses nothing (events
// written by another process, the CLI, are found at the listener's next periodic look).
#pragma once

#include <cstdint>
#include <functional>
#include <string>

#include "core/worker_loop.h"
#include "store/database.h"

namespace linli::record {

class Notifier {
 public:
  using Listener = std::function<void(int64_t seq)>;

  // Routes the store's transaction ends here. Call once at start-up; idempotent.
  static void Install();
  // Adds a listener; returns its id. Listeners run on the committing thread: they must be quick
  // and must not write to the database (typically: set a flag and wake a thread). Thread-safe.
  static int Listen(Listener listener);
  static void Unlisten(int id);
  // The newest seq announced so far in this process (0 before any).
  static int64_t Latest();

  // Called by EventLog::Append: the thread's transaction appended `seq`.
  static void Appended(int64_t seq);
  // Called at the end of the outermost transaction: a commit announces the newest seq appended
  // by it and by the batch members kept before it; a rollback forgets its own.
  static void TransactionEnded(store::TxEnd end);
};

// A consumer's WorkerLoop, woken by every commit that appended events while it runs: Start()
// listens, then starts the loop (whose first round catches up); Stop() stops listening, then
// stops the loop. Start and Stop are called from one thread (start-up and shut-down).
class NotifiedLoop {
 public:
  NotifiedLoop(std::string name, int64_t retry_ms, WorkerLoop::Round round, int64_t min_gap_ms = 0)
      : loop_(std::move(name), retry_ms, std::move(round), min_gap_ms) {}
  ~NotifiedLoop() { Stop(); }
  NotifiedLoop(const NotifiedLoop&) = delete;
  NotifiedLoop& operator=(const NotifiedLoop&) = delete;

  void Start();
  void Stop();
  void Wake() { loop_.Wake(); }
  bool Stopping() const { return loop_.Stopping(); }

 private:
  WorkerLoop loop_;
  int listener_ = 0;
};

}  // namespace linli::record
