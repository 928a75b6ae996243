#include "modules/live/hub.h"

#include <algorithm>
#include <vector>

#include "core/clock.h"
#include "modules/live/hall.h"
#include "modules/live/queue_event.h"
#include "record/cursor.h"
#include "record/notifier.h"

namespace linli::live {
namespace {
constexpr int64_t kBatch = 500;
constexpr int64_t kRetryMs = 1000;
constexpr std::string_view kAppealEvents = "appeal.";
}  // namespace

Hub::Hub(store::Database& db)
    : db_(db), loop_("live", kRetryMs, [this] { return Round(db_.Conn()); }) {}

void Hub::Start() {
  {
    std::lock_guard lock(mu_);
    if (!started_) {
      position_ = record::HeadSeq(db_.Conn());
      started_ = true;
    }
  }
  loop_.Start();
}

std::shared_ptr<void> Hub::Handle(int id) {
  std::weak_ptr<Hub> weak = weak_from_this();
  return {nullptr, [weak, id](void*) {
            if (auto hub = weak.lock()) hub->Remove(id);
          }};
}

void Hub::Remove(int id) {
  std::lock_guard lock(mu_);
  queue_.erase(id);
  hall_.erase(id);
}

std::shared_ptr<void> Hub::SubscribeQueue(const auth::Actor& actor,
                                          std::optional<int64_t> after_seq,
                                          std::shared_ptr<http::StreamSink> sink) {
  int id = 0;
  {
    std::lock_guard lock(mu_);
    id = next_id_++;
    auto sub = std::make_shared<QueueSub>();
    sub->actor = actor;
    sub->position = after_seq ? std::clamp<int64_t>(*after_seq, 0, position_) : position_;
    sub->sink = std::move(sink);
    queue_.emplace(id, std::move(sub));
  }
  loop_.Wake();
  return Handle(id);
}

std::shared_ptr<void> Hub::SubscribeHall(const areas::Area& area,
                                         std::shared_ptr<http::StreamSink> sink) {
  int id = 0;
  {
    std::lock_guard lock(mu_);
    id = next_id_++;
    auto sub = std::make_shared<HallSub>();
    sub->area = area;
    sub->sink = std::move(sink);
    hall_.emplace(id, std::move(sub));
  }
  loop_.Wake();
  return Handle(id);
}

std::vector<Hub::Item> Hub::Items(store::Connection& c, std::vector<record::StoredEvent> evs) {
  std::vector<Item> out;
  out.reserve(evs.size());
  for (auto& e : evs) {
    std::optional<appeals::Appeal> a;
    if (e.event.subject_kind == "appeal" && e.event.subject_id) {
      a = appeals::Load(c, *e.event.subject_id);
    }
    out.push_back({std::move(e), std::move(a)});
  }
  return out;
}

void Hub::Deliver(QueueSub& sub, const std::vector<Item>& items) {
  for (const auto& [e, a] : items) {
    if (sub.dead || e.seq <= sub.position) continue;
    sub.position = e.seq;
    if (!a) continue;
    auto data = QueueFrameData(e, *a, sub.actor);
    if (data && !sub.sink->Send(http::SseFrame(e.event.action, *data, e.seq))) sub.dead = true;
  }
}

void Hub::CatchUp(store::Connection& c, QueueSub& sub, int64_t upto) {
  if (upto - sub.position > kMaxCatchUp) {
    // Too far back to replay: the client reloads its list from the API, then follows.
    sub.position = upto;
    if (!sub.sink->Send(http::SseFrame("reset", R"({"reason":"resume point too old"})", upto))) {
      sub.dead = true;
    }
    return;
  }
  while (!sub.dead && sub.position < upto) {
    std::vector<record::StoredEvent> evs;
    {
      store::Tx tx(c, store::Tx::kRead);
      evs = record::EventLog::After(c, sub.position, kBatch, kAppealEvents);
      tx.Commit();
    }
    std::erase_if(evs, [upto](const record::StoredEvent& e) { return e.seq > upto; });
    if (evs.empty()) break;
    Deliver(sub, Items(c, std::move(evs)));
  }
  sub.position = upto;
}

int64_t Hub::Round(store::Connection& c) {
  std::vector<std::shared_ptr<QueueSub>> queue;
  std::vector<std::shared_ptr<HallSub>> hall;
  int64_t pos = 0;
  {
    std::lock_guard lock(mu_);
    for (const auto& [id, s] : queue_) queue.push_back(s);
    for (const auto& [id, s] : hall_) hall.push_back(s);
    pos = position_;
  }
  // Subscribers resuming from an earlier event first get what they missed.
  for (auto& q : queue) {
    if (q->position < pos) CatchUp(c, *q, pos);
  }
  // The new events, read once for everyone (not at all when no one listens).
  int64_t head = 0;
  std::vector<record::StoredEvent> evs;
  {
    store::Tx tx(c, store::Tx::kRead);
    head = record::HeadSeq(c);
    if (!queue.empty() || !hall.empty()) {
      evs = record::EventLog::After(c, pos, kBatch, kAppealEvents);
    }
    tx.Commit();
  }
  const bool more = static_cast<int64_t>(evs.size()) == kBatch;
  const int64_t next_pos = more ? evs.back().seq : std::max(head, pos);
  for (const auto& e : evs) {
    for (auto& h : hall) {
      if (e.event.area_path.starts_with(h->area.path)) h->dirty = true;
    }
  }
  const std::vector<Item> items = queue.empty() ? std::vector<Item>() : Items(c, std::move(evs));
  for (auto& q : queue) {
    Deliver(*q, items);
    q->position = std::max(q->position, next_pos);
  }
  {
    std::lock_guard lock(mu_);
    position_ = next_pos;
  }

  // The hall figures: on change, at most once a second per subscriber, and when the day turns.
  const int64_t now = NowMs();
  const std::string today = LocalDate(now);
  if (today != day_) {
    day_ = today;
    for (auto& h : hall) h->dirty = true;
  }
  int64_t sleep = std::min(kMaxSleepMs, LocalDayStartMs(today) + kMsPerDay - now + 1);
  std::map<int64_t, std::string> figures;  // by area id, for this round
  for (auto& h : hall) {
    if (!h->dirty || h->dead) continue;
    const int64_t wait = h->last_sent_ms + kHallMinGapMs - now;
    if (wait > 0) {
      sleep = std::min(sleep, wait);
      continue;
    }
    auto it = figures.find(h->area.id);
    if (it == figures.end()) it = figures.emplace(h->area.id, HallFigures(c, h->area, now)).first;
    h->dirty = false;
    if (it->second == h->last) continue;
    h->last = it->second;
    h->last_sent_ms = now;
    if (!h->sink->Send(http::SseFrame("figures", it->second, next_pos))) h->dead = true;
  }

  {
    std::lock_guard lock(mu_);
    std::erase_if(queue_, [](const auto& kv) { return kv.second->dead; });
    std::erase_if(hall_, [](const auto& kv) { return kv.second->dead; });
  }
  return more ? 0 : std::max<int64_t>(sleep, 0);
}

}  // namespace linli::live
