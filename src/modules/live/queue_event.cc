#include "modules/live/queue_event.h"

#include <boost/json/serialize.hpp>

#include "core/clock.h"
#include "modules/appeals/permissions.h"

namespace linli::live {
namespace {

boost::json::value Time(const std::optional<int64_t>& ms) {
  return ms ? boost::json::value(FormatTime(*ms)) : nullptr;
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
  boost::json::object o{{"seq", e.seq},
                        {"event", e.event.action},
                        {"at", FormatTime(e.at_ms)},
                        {"appeal_id", a.id},
                        {"state", state},
                        {"state_now", a.state},
                        {"category", a.category},
                        {"urgency", a.urgency},
                        {"area_id", a.area_id},
                        {"area_kind", a.area_kind},
                        {"accept_by", Time(a.accept_by)},
                        {"on_site_by", Time(a.on_site_by)},
                        {"resolve_by", Time(a.resolve_by)},
                        {"overdue", a.overdue_at.has_value()},
                        {"assigned_to_you", mine},
                        {"link", "/api/v1/appeals/" + std::to_string(a.id)}};
  return boost::json::serialize(o);
}

}  // namespace linli::live
