// The shapes of the system module's answers, each declared once (http/shape.h): their JSON and
// their schemas come from these structs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "http/shape.h"
#include "record/event_log.h"

namespace linli::system {

namespace shape = http::shape;

struct HealthAnswer {
  std::string_view status;
  shape::Time time;
  static constexpr shape::Doc kDocs[] = {{"status", "ok"}, {"time", "the server's clock"}};
};
struct PingAnswer {
  bool pong = true;
};

// One event of the record.
struct EventAnswer {
  static constexpr std::string_view kSchemaName = "RecordEvent";
  int64_t seq = 0;
  shape::Time at;
  std::string_view actor;
  std::string_view action;
  std::string_view subject_kind;
  std::optional<int64_t> subject_id;
  std::string_view area_path;
  shape::RawObject summary;
  std::string_view hash;
  static constexpr shape::Doc kDocs[] = {{"actor", "login, or system"},
                                         {"summary", "what the event changed"},
                                         {"hash", "the chain's hash through this event"}};
};

BOOST_DESCRIBE_STRUCT(HealthAnswer, (), (status, time))
BOOST_DESCRIBE_STRUCT(PingAnswer, (), (pong))
BOOST_DESCRIBE_STRUCT(EventAnswer, (),
                      (seq, at, actor, action, subject_kind, subject_id, area_path, summary, hash))

// `summary` is the event's summary written as JSON: keep it alive while the answer is written.
inline EventAnswer AnswerOf(const record::StoredEvent& e, const std::string& summary) {
  return {e.seq,
          {e.at_ms},
          e.event.actor_label,
          e.event.action,
          e.event.subject_kind,
          e.event.subject_id,
          e.event.area_path,
          {summary},
          e.hash};
}

}  // namespace linli::system
