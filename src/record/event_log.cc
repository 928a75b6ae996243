#include "record/event_log.h"

#include <fmt/format.h>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include "core/clock.h"
#include "core/crypto.h"
#include "record/notifier.h"

namespace linli::record {
namespace {

const std::string kGenesis(64, '0');

constexpr std::string_view kHead = "SELECT seq, hash FROM event_chain_head WHERE id = 1";
// Appending takes the head before it reads it: the head row is advanced first, which holds it
// locked until the transaction ends on a database with several writers (SQLite has one), then
// read back (the new seq and the previous link's hash), and its hash set last.
constexpr std::string_view kTakeHead = "UPDATE event_chain_head SET seq = seq + 1 WHERE id = 1";
// The first event: no head row yet. Another writer's first event waits on the key, and then
// advances the row this one made.
constexpr std::string_view kTakeFirstHead =
    "INSERT INTO event_chain_head (id, seq, hash) VALUES (1, 1, ?)"
    " ON CONFLICT (id) DO UPDATE SET seq = event_chain_head.seq + 1";
constexpr std::string_view kSetHeadHash = "UPDATE event_chain_head SET hash = ? WHERE id = 1";
constexpr std::string_view kInsert =
    "INSERT INTO events (seq, at_ms, actor_id, actor_label, action, subject_kind, subject_id,"
    " area_path, summary, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
constexpr std::string_view kAll =
    "SELECT seq, at_ms, actor_id, actor_label, action, subject_kind, subject_id, area_path,"
    " summary, prev_hash, hash FROM events WHERE seq > ? ORDER BY seq LIMIT 5000";
constexpr std::string_view kForSubject =
    "SELECT seq, at_ms, actor_id, actor_label, action, subject_kind, subject_id, area_path,"
    " summary, prev_hash, hash FROM events WHERE subject_kind = ? AND subject_id = ?"
    " ORDER BY seq LIMIT ?";

constexpr std::string_view kColumns =
    "seq, at_ms, actor_id, actor_label, action, subject_kind, subject_id, area_path,"
    " summary, prev_hash, hash";

constexpr std::string_view kAfter =
    "SELECT seq, at_ms, actor_id, actor_label, action, subject_kind, subject_id, area_path,"
    " summary, prev_hash, hash FROM events WHERE seq > ? AND action LIKE ? ORDER BY seq LIMIT ?";

StoredEvent FromRow(const store::Row& r) {
  StoredEvent s;
  s.seq = r.Int(0);
  s.at_ms = r.Int(1);
  s.event.actor_id = r.OptInt(2);
  s.event.actor_label = r.Text(3);
  s.event.action = r.Text(4);
  s.event.subject_kind = r.Text(5);
  s.event.subject_id = r.OptInt(6);
  s.event.area_path = r.Text(7);
  boost::system::error_code ec;
  auto v = boost::json::parse(r.Text(8), ec);
  if (!ec && v.is_object()) s.event.summary = v.as_object();
  s.hash = r.Text(10);
  return s;
}

// Advances the head row to the next seq, which it then holds until the transaction ends, and
// returns that seq with the hash of the link before it.
std::pair<int64_t, std::string> TakeHead(store::Connection& c) {
  if (c.Exec(kTakeHead) == 0) c.Exec(kTakeFirstHead, {kGenesis});
  auto head = c.QueryOne(kHead).value();
  return {head.Int(0), head.Text(1)};
}

}  // namespace

std::string EventLog::LinkHash(const std::string& prev_hash, int64_t seq, int64_t at_ms,
                               const Event& e, const std::string& summary_json) {
  const std::string text = fmt::format(
      "{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}\n{}", prev_hash, seq, at_ms,
      e.actor_id ? std::to_string(*e.actor_id) : "", e.actor_label, e.action, e.subject_kind,
      e.subject_id ? std::to_string(*e.subject_id) : "", e.area_path, summary_json);
  return Crypto::Digest(text);
}

int64_t EventLog::Append(store::Connection& c, const Event& e) {
  const auto [seq, prev] = TakeHead(c);
  const int64_t at = NowMs();
  const std::string summary = boost::json::serialize(e.summary);
  const std::string hash = LinkHash(prev, seq, at, e, summary);
  c.Exec(kInsert, {seq, at, store::Opt(e.actor_id), e.actor_label, e.action, e.subject_kind,
                   store::Opt(e.subject_id), e.area_path, summary, prev, hash});
  c.Exec(kSetHeadHash, {hash});
  Notifier::Appended(seq);
  return seq;
}

VerifyReport EventLog::Verify(store::Connection& c) {
  VerifyReport rep;
  store::Tx tx(c, store::Tx::kRead);
  std::string prev = kGenesis;
  int64_t expect = 1;
  int64_t last = 0;
  auto fail = [&rep](int64_t seq, std::string why) {
    rep.ok = false;
    rep.first_bad_seq = seq;
    rep.problem = std::move(why);
  };
  for (;;) {
    auto rows = c.Query(kAll, {last});
    if (rows.empty()) break;
    for (const auto& r : rows) {
      const int64_t seq = r.Int(0);
      if (seq != expect) {
        fail(expect,
             fmt::format("event {} is missing (deleted); the next present is {}", expect, seq));
        return rep;
      }
      const StoredEvent s = FromRow(r);
      if (r.Text(9) != prev) {
        fail(seq, fmt::format("event {} does not follow event {} (reordered, or the link was "
                              "rewritten)",
                              seq, seq - 1));
        return rep;
      }
      const std::string want = LinkHash(prev, seq, s.at_ms, s.event, r.Text(8));
      if (want != s.hash) {
        fail(seq, fmt::format("event {} was edited after it was recorded", seq));
        return rep;
      }
      prev = s.hash;
      last = seq;
      ++expect;
      ++rep.checked;
    }
  }
  auto head = c.QueryOne(kHead);
  const int64_t head_seq = head ? head->Int(0) : 0;
  if (head_seq != last || (head && head->Text(1) != prev)) {
    fail(last + 1, fmt::format("the chain ends at event {} but {} were recorded (the newest "
                               "events were deleted)",
                               last, head_seq));
  }
  return rep;
}

std::vector<StoredEvent> EventLog::ForSubject(store::Connection& c, std::string_view kind,
                                              int64_t id, int64_t limit) {
  std::vector<StoredEvent> out;
  for (const auto& r : c.Query(kForSubject, {std::string(kind), id, limit})) {
    out.push_back(FromRow(r));
  }
  return out;
}

}  // namespace linli::record

namespace linli::record {

std::vector<StoredEvent> EventLog::After(store::Connection& c, int64_t after_seq, int64_t limit,
                                         std::string_view action_prefix) {
  std::vector<StoredEvent> out;
  for (const auto& r : c.Query(kAfter, {after_seq, std::string(action_prefix) + "%", limit})) {
    out.push_back(FromRow(r));
  }
  return out;
}

}  // namespace linli::record

namespace linli::record {

EventPage EventLog::Page(store::Connection& c, const EventQuery& q) {
  std::string where = q.where;
  std::vector<store::Value> params = q.params;
  const auto narrow = [&](std::string_view column, store::Value v) {
    where += fmt::format(" AND {} = ?", column);
    params.push_back(std::move(v));
  };
  if (q.subject_kind) narrow("subject_kind", *q.subject_kind);
  if (q.subject_id) narrow("subject_id", *q.subject_id);
  if (q.action) narrow("action", *q.action);
  EventPage out;
  out.total =
      c.Query(fmt::format("SELECT count(*) FROM events WHERE {}", where), params).front().Int(0);
  params.emplace_back(q.limit);
  params.emplace_back(q.offset);
  for (const auto& r : c.Query(fmt::format("SELECT {} FROM events WHERE {} ORDER BY seq DESC"
                                           " LIMIT ? OFFSET ?",
                                           kColumns, where),
                               params)) {
    out.items.push_back(FromRow(r));
  }
  return out;
}

}  // namespace linli::record
