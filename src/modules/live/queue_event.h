// The staff queue's frames: one per appeal event (record action "appeal.<step>") that the
// subscriber may read, by the same rule as the appeals list (appeals::MayRead: a worker or
// admin whose role covers the place, the resident, the assignee). A frame carries the appeal's
// id, state, category, place (area id and kind) and deadlines, never personal data and never
// free text (no description, names, phones, notes).
#pragma once

#include <optional>
#include <string>

#include "auth/actor.h"
#include "modules/appeals/appeal.h"
#include "record/event_log.h"

namespace linli::live {

// The frame's JSON text for `e` about appeal `a` as `actor` sees it; nullopt when `actor` may
// not read the appeal. `a` is the appeal now (its deadlines are the current ones); the state is
// the one the event left it in.
std::optional<std::string> QueueFrameData(const record::StoredEvent& e, const appeals::Appeal& a,
                                          const auth::Actor& actor);

}  // namespace linli::live
