#include "modules/live/queue_event.h"

#include "modules/appeals/permissions.h"
#include "modules/live/frames.h"

namespace linli::live {
namespace {

std::optional<shape::Time> TimeOf(const std::optional<int64_t>& ms) {
  if (!ms) return std::nullopt;
  return shape::Time{*ms};
}

}  // namespace

std::optional<std::string> QueueFrameData(const record::StoredEvent& e, const appeals::Appeal& a,
                                          const auth::Actor& actor) {
  if (!appeals::MayRead(actor, a)) return std::nullopt;
  std::string state = a.state;
  if (auto it = e.event.summary.find("to");
      it != e.event.summary.end() && it->value().is_string()) {
    state = std::string(it->value().as_string());
  } else if (e.event.action == "appeal.raise") {
    state = "received";
  }
  const bool mine =
      a.assignee_kind == "person" && a.assignee_id == actor.person_id && actor.person_id != 0;
  const QueueFrame frame{e.seq,
                         {e.event.action},
                         {e.at_ms},
                         a.id,
                         {state},
                         {a.state},
                         a.category,
                         {a.urgency},
                         a.area_id,
                         a.area_kind,
                         TimeOf(a.accept_by),
                         TimeOf(a.on_site_by),
                         TimeOf(a.resolve_by),
                         a.overdue_at.has_value(),
                         mine,
                         "/api/v1/appeals/" + std::to_string(a.id)};
  return shape::JsonOf(frame);
}

}  // namespace linli::live
