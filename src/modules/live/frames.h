// The shapes of the live module's stream frames (the `data:` of each Server-Sent Event), each
// declared once (http/shape.h): the frames' JSON and the OpenAPI components LiveQueueFrame and
// HallFigures, from which the web app's types are generated, come from these structs.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "http/shape.h"
#include "modules/appeals/flow.h"
#include "modules/appeals/vocabulary.h"

namespace linli::live {

namespace shape = http::shape;

// A frame of the staff queue: no personal data, no free text.
struct QueueFrame {
  static constexpr std::string_view kSchemaName = "LiveQueueFrame";
  int64_t seq = 0;
  shape::OneOf<&appeals::Events> event;
  shape::Time at;
  int64_t appeal_id = 0;
  shape::OneOf<&appeals::States> state;
  shape::OneOf<&appeals::States> state_now;
  std::string_view category;
  shape::OneOf<&appeals::Urgencies> urgency;
  int64_t area_id = 0;
  std::string_view area_kind;
  std::optional<shape::Time> accept_by;
  std::optional<shape::Time> on_site_by;
  std::optional<shape::Time> resolve_by;
  bool overdue = false;
  bool assigned_to_you = false;
  std::string link;
  static constexpr shape::Doc kDocs[] = {
      {"seq", "the event's seq, also the frame's id"},
      {"event", "the record action, also the frame's SSE event name"},
      {"state", "the state the event left the appeal in"},
      {"state_now", "the appeal's state now"},
      {"link", "the appeal's URL"}};
};

struct HallArea {
  int64_t id = 0;
  std::string_view kind;
  std::string_view name;
};
struct HallSatisfaction {
  int64_t numerator = 0;
  int64_t denominator = 0;
  std::optional<double> rate;
};
// The figures of a hall screen (hall.h says what each is).
struct HallFiguresFrame {
  static constexpr std::string_view kSchemaName = "HallFigures";
  HallArea area;
  std::string today;
  std::string satisfaction_from;
  int64_t received_today = 0;
  int64_t in_progress_today = 0;
  int64_t resolved_today = 0;
  int64_t overdue_now = 0;
  HallSatisfaction satisfaction;
  static constexpr shape::Doc kDocs[] = {{"today", "YYYY-MM-DD, China Standard Time"},
                                         {"satisfaction_from", "YYYY-MM-DD: 29 days before"}};
};

BOOST_DESCRIBE_STRUCT(QueueFrame, (),
                      (seq, event, at, appeal_id, state, state_now, category, urgency, area_id,
                       area_kind, accept_by, on_site_by, resolve_by, overdue, assigned_to_you,
                       link))
BOOST_DESCRIBE_STRUCT(HallArea, (), (id, kind, name))
BOOST_DESCRIBE_STRUCT(HallSatisfaction, (), (numerator, denominator, rate))
BOOST_DESCRIBE_STRUCT(HallFiguresFrame, (),
                      (area, today, satisfaction_from, received_today, in_progress_today,
                       resolved_today, overdue_now, satisfaction))

}  // namespace linli::live
