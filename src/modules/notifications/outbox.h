// The webhook's transactional outbox (webhook_deliveries) and its sender.
//
// Enqueue writes one delivery per appeal event inside the consumer's transaction. The Sender
// thread POSTs the due deliveries (signing.h), one at a time, outside any transaction, then
// records the outcome: a 2xx answer is `delivered`; anything else (no connection, timeout,
// another status) is retried after BackoffMs, and after max_attempts the delivery is `failed`:
// logged as an error, counted in linli_webhook_deliveries_total{outcome="failed"} and recorded
// as a "webhook_delivery.fail" event. Delivery is at least once: a crash between the receiver's
// answer and its recording sends it again, with the same X-Linli-Delivery id.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "core/worker_loop.h"
#include "modules/appeals/appeal.h"
#include "modules/notifications/settings.h"
#include "record/event_log.h"
#include "store/database.h"
#include "store/page.h"

namespace linli::notifications {

// The JSON body sent for an appeal event: the event (seq, action, time) and the appeal's id,
// state, category, urgency, place (area id and kind), deadlines and assignee (kind and id);
// no names, phones or free text.
std::string WebhookBody(const record::StoredEvent& e, const appeals::Appeal& a);
// Adds the delivery of `e` (an appeal event); false when it is not one to send.
// REQUIRES: inside a write transaction.
bool Enqueue(store::Connection& c, const record::StoredEvent& e, int64_t now);

inline constexpr std::array<std::string_view, 3> kDeliveryStatuses = {"pending", "delivered",
                                                                      "failed"};
constexpr std::span<const std::string_view> DeliveryStatuses() { return kDeliveryStatuses; }

struct Delivery {
  int64_t id = 0;
  int64_t event_seq = 0;
  std::string event;
  std::string status;
  int64_t attempts = 0;
  int64_t next_at = 0;
  std::optional<int64_t> last_status;
  std::optional<std::string> last_error;
  int64_t created_at = 0;
  std::optional<int64_t> delivered_at;
};
struct DeliveryPage {
  std::vector<Delivery> items;
  int64_t total = 0;
  int64_t pending = 0;
  int64_t delivered = 0;
  int64_t failed = 0;
};
DeliveryPage ListDeliveries(store::Connection& c, const std::optional<std::string>& status,
                            const store::Page& page);

class Sender {
 public:
  Sender(store::Database& db, const WebhookConfig& config) : db_(db), config_(config) {}
  ~Sender() { Stop(); }
  Sender(const Sender&) = delete;
  Sender& operator=(const Sender&) = delete;

  // Starts the thread when a webhook URL is configured. Thread-safe.
  void Start() {
    if (!config_.url.empty()) loop_.Start();
  }
  void Stop() { loop_.Stop(); }
  // New deliveries may be due.
  void Wake() { loop_.Wake(); }

 private:
  // Sends what is due; returns the ms until the next one is due.
  int64_t SendDue(store::Connection& c);
  void Attempt(store::Connection& c, int64_t id, const std::string& event, const std::string& body,
               int64_t attempts);

  static constexpr int64_t kMaxSleepMs = 60'000;

  store::Database& db_;
  const WebhookConfig& config_;
  WorkerLoop loop_{"webhook sender", 1000, [this] { return SendDue(db_.Conn()); }};
};

}  // namespace linli::notifications
