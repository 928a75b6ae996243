#include "modules/notifications/outbox.h"

#include <algorithm>
#include <chrono>
#include <exception>

#include <fmt/format.h>
#include <spdlog/spdlog.h>
#include <boost/json/serialize.hpp>

#include "core/clock.h"
#include "http/client.h"
#include "http/metrics.h"
#include "modules/audit.h"
#include "modules/notifications/signing.h"

namespace linli::notifications {
namespace {

constexpr std::string_view kInsert =
    "INSERT INTO webhook_deliveries (event_seq, event, body, status, next_at, created_at)"
    " VALUES (?, ?, ?, 'pending', ?, ?) ON CONFLICT (event_seq) DO NOTHING";
constexpr std::string_view kDue =
    "SELECT id, event, body, attempts FROM webhook_deliveries WHERE status = 'pending'"
    " AND next_at <= ? ORDER BY next_at, id LIMIT 20";
constexpr std::string_view kNext =
    "SELECT min(next_at) FROM webhook_deliveries WHERE status = 'pending'";
constexpr std::string_view kDelivered =
    "UPDATE webhook_deliveries SET status = 'delivered', attempts = ?, last_status = ?,"
    " last_error = NULL, delivered_at = ? WHERE id = ? AND status = 'pending'";
constexpr std::string_view kRetry =
    "UPDATE webhook_deliveries SET attempts = ?, last_status = ?, last_error = ?, next_at = ?"
    " WHERE id = ? AND status = 'pending'";
constexpr std::string_view kFailed =
    "UPDATE webhook_deliveries SET status = 'failed', attempts = ?, last_status = ?,"
    " last_error = ? WHERE id = ? AND status = 'pending'";
constexpr std::string_view kColumns =
    "id, event_seq, event, status, attempts, next_at, last_status, last_error, created_at,"
    " delivered_at";
constexpr size_t kErrorText = 300;

boost::json::value Time(const std::optional<int64_t>& ms) {
  return ms ? boost::json::value(FormatTime(*ms)) : nullptr;
}

void Count(std::string_view outcome) {
  http::IncrementCounter("linli_webhook_deliveries_total",
                         "Webhook delivery attempts by outcome (delivered, retry, failed)",
                         {{"outcome", std::string(outcome)}});
}

}  // namespace

std::string WebhookBody(const record::StoredEvent& e, const appeals::Appeal& a) {
  boost::json::object appeal{{"id", a.id},
                             {"state", a.state},
                             {"category", a.category},
                             {"urgency", a.urgency},
                             {"area_id", a.area_id},
                             {"area_kind", a.area_kind},
                             {"accept_by", Time(a.accept_by)},
                             {"on_site_by", Time(a.on_site_by)},
                             {"resolve_by", Time(a.resolve_by)},
                             {"overdue", a.overdue_at.has_value()},
                             {"link", fmt::format("/api/v1/appeals/{}", a.id)}};
  appeal["assignee_kind"] = a.assignee_kind ? boost::json::value(*a.assignee_kind) : nullptr;
  appeal["assignee_id"] = a.assignee_id ? boost::json::value(*a.assignee_id) : nullptr;
  boost::json::object o{{"seq", e.seq},
                        {"event", e.event.action},
                        {"at", FormatTime(e.at_ms)},
                        {"appeal", std::move(appeal)}};
  if (auto it = e.event.summary.find("to"); it != e.event.summary.end()) o["to"] = it->value();
  return boost::json::serialize(o);
}

bool Enqueue(store::Connection& c, const record::StoredEvent& e, int64_t now) {
  if (e.event.subject_kind != "appeal" || !e.event.subject_id) return false;
  auto a = appeals::Load(c, *e.event.subject_id);
  if (!a) return false;
  return c.Exec(kInsert, {e.seq, e.event.action, WebhookBody(e, *a), now, now}) > 0;
}

DeliveryPage ListDeliveries(store::Connection& c, const std::optional<std::string>& status,
                            const store::Page& page) {
  DeliveryPage out;
  for (const auto& r : c.Query("SELECT status, count(*) FROM webhook_deliveries GROUP BY status")) {
    const std::string s = r.Text(0);
    (s == "pending" ? out.pending : s == "delivered" ? out.delivered : out.failed) = r.Int(1);
  }
  const std::string where = status ? "status = ?" : "1 = 1";
  std::vector<store::Value> params;
  if (status) params.emplace_back(*status);
  out.total =
      c.Query(fmt::format("SELECT count(*) FROM webhook_deliveries WHERE {}", where), params)
          .front()
          .Int(0);
  params.emplace_back(page.per_page);
  params.emplace_back(page.Offset());
  for (const auto& r : c.Query(fmt::format("SELECT {} FROM webhook_deliveries WHERE {}"
                                           " ORDER BY id DESC LIMIT ? OFFSET ?",
                                           kColumns, where),
                               params)) {
    out.items.push_back({r.Int(0), r.Int(1), r.Text(2), r.Text(3), r.Int(4), r.Int(5), r.OptInt(6),
                         r.IsNull(7) ? std::nullopt : std::optional(r.Text(7)), r.Int(8),
                         r.OptInt(9)});
  }
  return out;
}

void Sender::Attempt(store::Connection& c, int64_t id, const std::string& event,
                     const std::string& body, int64_t attempts) {
  const int64_t ts = NowMs() / 1000;
  auto reply = http::Post(config_.url,
                          {{"X-Linli-Event", event},
                           {"X-Linli-Delivery", std::to_string(id)},
                           {"X-Linli-Timestamp", std::to_string(ts)},
                           {"X-Linli-Signature", Signature(config_.secret, ts, body)}},
                          body, std::chrono::seconds(config_.timeout_s));
  const int64_t now = NowMs();
  const int tries = static_cast<int>(attempts) + 1;
  std::optional<int64_t> status;
  std::string error;
  if (reply && reply->status >= 200 && reply->status < 300) {
    store::Tx tx(c, store::Tx::kWrite);
    c.Exec(kDelivered, {int64_t{tries}, int64_t{reply->status}, now, id});
    tx.Commit();
    Count("delivered");
    return;
  }
  if (reply) {
    status = reply->status;
    error = fmt::format("HTTP {}: {}", reply->status, reply->body.substr(0, kErrorText));
  } else {
    error = reply.error().detail.substr(0, kErrorText);
  }
  store::Tx tx(c, store::Tx::kWrite);
  if (tries >= config_.max_attempts) {
    c.Exec(kFailed, {int64_t{tries}, store::Opt(status), error, id});
    record::EventLog::Append(
        c, EventBy(SystemActor(), "webhook_delivery.fail", "webhook_delivery", id, "",
                   {{"event", event}, {"attempts", tries}, {"error", error}}));
    tx.Commit();
    Count("failed");
    spdlog::error("webhook: delivery {} ({}) failed after {} attempts: {}", id, event, tries,
                  error);
    return;
  }
  const int64_t wait = BackoffMs(tries, config_.backoff_ms, config_.max_backoff_ms);
  c.Exec(kRetry, {int64_t{tries}, store::Opt(status), error, now + wait, id});
  tx.Commit();
  Count("retry");
  spdlog::warn("webhook: delivery {} ({}) attempt {} of {} failed: {}; next in {} ms", id, event,
               tries, config_.max_attempts, error, wait);
}

int64_t Sender::SendDue(store::Connection& c) {
  const auto due = c.Query(kDue, {NowMs()});
  for (const auto& r : due) {
    if (loop_.Stopping()) return 0;
    Attempt(c, r.Int(0), r.Text(1), r.Text(2), r.Int(3));
  }
  if (!due.empty()) return 0;  // look again at once: more may be due
  auto next = c.QueryOne(kNext);
  if (!next || next->IsNull(0)) return kMaxSleepMs;
  return std::clamp<int64_t>(next->Int(0) - NowMs(), 0, kMaxSleepMs);
}

}  // namespace linli::notifications
