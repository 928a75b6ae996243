#include "modules/notifications/answers.h"

#include <fmt/format.h>

namespace linli::notifications {
namespace {

std::optional<shape::Time> TimeOf(const std::optional<int64_t>& ms) {
  if (!ms) return std::nullopt;
  return shape::Time{*ms};
}

}  // namespace

InboxItemAnswer AnswerOf(const InboxItem& i) {
  return {i.id,
          {i.kind},
          i.appeal_id,
          i.event_seq,
          i.state,
          i.category,
          {i.created_at},
          i.read_at.has_value(),
          fmt::format("/api/v1/appeals/{}", i.appeal_id),
          TimeOf(i.read_at)};
}

DeliveryAnswer AnswerOf(const Delivery& d) {
  DeliveryAnswer out{d.id,
                     d.event_seq,
                     d.event,
                     {d.status},
                     d.attempts,
                     {d.created_at},
                     std::nullopt,
                     d.last_status,
                     shape::View(d.last_error),
                     TimeOf(d.delivered_at)};
  if (d.status == "pending") out.next_at = shape::Time{d.next_at};
  return out;
}

}  // namespace linli::notifications
