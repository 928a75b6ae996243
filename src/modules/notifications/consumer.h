// Consumer: the notifications module's reader of the record. After each commit (record/
// notifier.h), and at least once a minute, it reads the appeal events after its cursor
// ("notifications" in record_cursors) and, in one write transaction per batch, adds their inbox
// rows (inbox.h), their webhook deliveries (outbox.h, when a URL is configured) and advances the
// cursor: an acknowledged write's notification is never lost, nor made twice, across restarts.
#pragma once

#include <cstdint>
#include <functional>

#include "modules/notifications/settings.h"
#include "record/notifier.h"
#include "store/database.h"

namespace linli::notifications {

class Consumer {
 public:
  // `on_deliveries` is called after a batch that added webhook deliveries.
  Consumer(store::Database& db, const WebhookConfig& webhook, std::function<void()> on_deliveries)
      : db_(db), webhook_(webhook), on_deliveries_(std::move(on_deliveries)) {}
  ~Consumer() { Stop(); }
  Consumer(const Consumer&) = delete;
  Consumer& operator=(const Consumer&) = delete;

  // Starts the thread; its first round catches up on what was written while stopped.
  void Start() { loop_.Start(); }
  void Stop() { loop_.Stop(); }

  // One batch: returns the number of events read (0: caught up). Consumer thread only.
  int64_t RunBatch(store::Connection& c);

  static constexpr std::string_view kCursor = "notifications";
  static constexpr int64_t kBatch = 200;

 private:
  // Reads batches until caught up; returns the ms to sleep unless woken.
  int64_t Round();

  static constexpr int64_t kMaxSleepMs = 60'000;

  store::Database& db_;
  const WebhookConfig& webhook_;
  std::function<void()> on_deliveries_;
  // Consumer thread only: the newest seq read, and when the cursor was last written. Events
  // that make no rows only move `read_`; the cursor follows at most every kLazyCursorMs (after
  // a crash they are read again, and make nothing again), so that a busy server's writes are
  // not each followed by a write of the consumer.
  int64_t read_ = 0;
  int64_t cursor_written_ms_ = 0;
  static constexpr int64_t kLazyCursorMs = 5'000;
  record::NotifiedLoop loop_{"notifications", 1000, [this] { return Round(); }};
};

}  // namespace linli::notifications
