// Hub: the one thread that feeds every open stream from the record. It sleeps until the record
// announces a commit (record/notifier.h), reads the new appeal events once, and sends each to
// the staff-queue subscribers allowed to read it; it marks the hall subscribers whose area the
// event lies in and recomputes their figures at most once a second, sending them only when they
// changed (and again when the day turns). A subscriber that connects with Last-Event-ID is
// first sent the events it missed, from the record. Subscriptions are handles: releasing one
// (the connection closed) removes it.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include "auth/actor.h"
#include "http/message.h"
#include "modules/appeals/appeal.h"
#include "modules/areas/area.h"
#include "record/event_log.h"
#include "record/notifier.h"
#include "store/database.h"

namespace linli::live {

class Hub : public std::enable_shared_from_this<Hub> {
 public:
  explicit Hub(store::Database& db);
  ~Hub() { Stop(); }
  Hub(const Hub&) = delete;
  Hub& operator=(const Hub&) = delete;

  // Starts the thread at the record's head (once). Stop joins it. Thread-safe.
  void Start();
  void Stop() { loop_.Stop(); }

  // The appeal events `actor` may read, from now, or after `after_seq` when given (at most
  // kMaxCatchUp events back; an older resume point gets a "reset" frame: reload the list).
  std::shared_ptr<void> SubscribeQueue(const auth::Actor& actor, std::optional<int64_t> after_seq,
                                       std::shared_ptr<http::StreamSink> sink);
  // The hall figures of `area`: at once, then on change.
  std::shared_ptr<void> SubscribeHall(const areas::Area& area,
                                      std::shared_ptr<http::StreamSink> sink);

  static constexpr int64_t kMaxCatchUp = 5000;    // events scanned for a resuming subscriber
  static constexpr int64_t kHallMinGapMs = 1000;  // between two hall frames of one subscriber
  static constexpr int64_t kMaxSleepMs = 30'000;  // also finds events written by the CLI

 private:
  struct QueueSub {
    auth::Actor actor;
    int64_t position = 0;  // the newest seq considered for it
    std::shared_ptr<http::StreamSink> sink;
    bool dead = false;
  };
  struct HallSub {
    areas::Area area;
    bool dirty = true;
    int64_t last_sent_ms = 0;
    std::string last;  // the figures last sent
    std::shared_ptr<http::StreamSink> sink;
    bool dead = false;
  };

  // One round; returns how long to sleep.
  int64_t Round(store::Connection& c);
  void CatchUp(store::Connection& c, QueueSub& sub, int64_t upto);
  // An appeal event with the appeal it is about (nullopt: the appeal is gone).
  struct Item {
    record::StoredEvent event;
    std::optional<appeals::Appeal> appeal;
  };
  static std::vector<Item> Items(store::Connection& c, std::vector<record::StoredEvent> evs);
  static void Deliver(QueueSub& sub, const std::vector<Item>& items);
  void Remove(int id);
  std::shared_ptr<void> Handle(int id);

  store::Database& db_;
  std::mutex mu_;
  bool started_ = false;  // GUARDED_BY(mu_)
  int64_t position_ = 0;  // GUARDED_BY(mu_): the newest seq the hub has read
  int next_id_ = 1;       // GUARDED_BY(mu_)
  std::map<int, std::shared_ptr<QueueSub>> queue_;  // GUARDED_BY(mu_)
  std::map<int, std::shared_ptr<HallSub>> hall_;    // GUARDED_BY(mu_)
  std::string day_;            // hub thread only: the local day of the last round
  record::NotifiedLoop loop_;  // declared last: stopped before the members its rounds use go
};

}  // namespace linli::live
