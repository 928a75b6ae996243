#include "modules/notifications/consumer.h"

#include <algorithm>

#include "core/clock.h"
#include "modules/notifications/inbox.h"
#include "modules/notifications/outbox.h"
#include "record/cursor.h"
#include "record/event_log.h"
#include "record/notifier.h"

namespace linli::notifications {

int64_t Consumer::RunBatch(store::Connection& c) {
  // A read first: most events make no rows, and need no write.
  std::vector<record::StoredEvent> evs;
  int64_t from = 0;
  int64_t head = 0;
  {
    store::Tx tx(c, store::Tx::kRead);
    head = record::HeadSeq(c);
    from = std::max(read_, record::CursorOf(c, kCursor).value_or(head));
    if (from < head) evs = record::EventLog::After(c, from, kBatch, "appeal.");
    tx.Commit();
  }
  const int64_t now = NowMs();
  if (from >= head) {
    if (read_ > 0 && now - cursor_written_ms_ >= kLazyCursorMs) {
      store::Tx tx(c, store::Tx::kWrite);
      if (record::CursorOf(c, kCursor).value_or(0) < read_)
        record::AdvanceCursor(c, kCursor, read_);
      tx.Commit();
      cursor_written_ms_ = now;
    }
    return 0;
  }
  const int64_t next = static_cast<int64_t>(evs.size()) == kBatch ? evs.back().seq : head;
  const bool work = !webhook_.url.empty() || std::any_of(evs.begin(), evs.end(), [](const auto& e) {
    return MakesInboxItems(e.event.action);
  });
  if (!work && now - cursor_written_ms_ < kLazyCursorMs) {
    read_ = next;
    return next - from;
  }
  // Events are never changed: those read are still the ones after `from`.
  store::Tx tx(c, store::Tx::kWrite);
  int64_t deliveries = 0;
  for (const auto& e : evs) {
    Collect(c, e);
    if (!webhook_.url.empty() && Enqueue(c, e, now)) ++deliveries;
  }
  record::AdvanceCursor(c, kCursor, next);
  tx.Commit();
  read_ = next;
  cursor_written_ms_ = now;
  if (deliveries > 0 && on_deliveries_) on_deliveries_();
  return next - from;
}

int64_t Consumer::Round() {
  store::Connection& c = db_.Conn();
  while (RunBatch(c) > 0 && !loop_.Stopping()) {
  }
  return kMaxSleepMs;
}

}  // namespace linli::notifications
