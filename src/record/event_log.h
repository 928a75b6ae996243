// EventLog: the append-only, hash-chained record. Every command appends one event per write,
// inside the write's own transaction, so a write and its event commit or vanish together.
// hash = BLAKE2b(prev_hash, seq, at, actor, action, subject, area, summary); the first event's
// prev_hash is 64 zeros. Verify walks the chain and names the first event that was edited,
// deleted or reordered.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <boost/json/object.hpp>

#include "store/database.h"

namespace linli::record {

struct Event {
  std::optional<int64_t> actor_id;  // account; nullopt for the system (seed, migration)
  std::string actor_label;          // login or "system"
  std::string action;               // "<subject>.<verb>"
  std::string subject_kind;
  std::optional<int64_t> subject_id;
  std::string area_path;        // "" when the subject has no area
  boost::json::object summary;  // what changed; never an unmasked ID number or phone
};

struct StoredEvent {
  int64_t seq = 0;
  int64_t at_ms = 0;
  Event event;
  std::string hash;
};

struct VerifyReport {
  bool ok = true;
  int64_t checked = 0;
  std::optional<int64_t> first_bad_seq;  // the first event that does not hold
  std::string problem;                   // what is wrong with it
};

// Which events a page of the record holds: `where` is a condition over the events' own columns
// (seq, at_ms, actor_label, action, subject_kind, subject_id, area_path), such as the reader's
// scope over area_path, with its `params`; the optional filters narrow it.
struct EventQuery {
  std::string where = "1=1";
  std::vector<store::Value> params;
  std::optional<std::string> subject_kind;
  std::optional<int64_t> subject_id;
  std::optional<std::string> action;
  int64_t limit = 50;
  int64_t offset = 0;
};

struct EventPage {
  std::vector<StoredEvent> items;  // newest first
  int64_t total = 0;               // of the events matching, on every page
};

class EventLog {
 public:
  // Appends `e` stamped with the server time. REQUIRES: `c` is inside a write transaction.
  // Returns the new event's seq. The first statement writes the chain head, which a database
  // with several writers then holds locked until the transaction ends: concurrent appends
  // follow each other in one chain, and events are committed in seq order.
  static int64_t Append(store::Connection& c, const Event& e);
  // Walks the whole chain in order.
  static VerifyReport Verify(store::Connection& c);
  // Events about one subject, oldest first.
  static std::vector<StoredEvent> ForSubject(store::Connection& c, std::string_view kind,
                                             int64_t id, int64_t limit = 200);
  // Events after `after_seq`, oldest first, at most `limit`; only actions starting with
  // `action_prefix` ("" for all).
  static std::vector<StoredEvent> After(store::Connection& c, int64_t after_seq, int64_t limit,
                                        std::string_view action_prefix = "");
  // One page of the events `q` names, newest first.
  static EventPage Page(store::Connection& c, const EventQuery& q);
  // Hash of one link; exposed for tests.
  static std::string LinkHash(const std::string& prev_hash, int64_t seq, int64_t at_ms,
                              const Event& e, const std::string& summary_json);
};

}  // namespace linli::record
