// The clocks of appeals as rows: appeal_deadlines holds one row per deadline not yet met, so
// the clocks survive a restart and the scheduler reads only the earliest rows (index on
// due_at). A deadline found missed is raised to the level above (督办): a supervision row, a
// timeline step and an event by the system actor, once only.
#pragma once

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string_view>

#include "store/database.h"

namespace linli::appeals {

// Sets (or moves) deadline `kind` of an appeal. REQUIRES: inside a write transaction.
void SetDeadline(store::Connection& c, int64_t appeal_id, std::string_view kind, int64_t due_at);
// Starts a new appeal's clocks: a row for each deadline given, in one statement. REQUIRES:
// inside a write transaction; the appeal has no deadline yet.
struct Clock {
  std::string_view kind;
  std::optional<int64_t> due_at;  // none: the category has no such clock
};
void StartClocks(store::Connection& c, int64_t appeal_id, std::initializer_list<Clock> clocks);
// The deadline is met at `now`: its row goes; if it was already missed and not yet raised, it
// is raised first. REQUIRES: inside a write transaction, between the step's kpi::Snapshot and
// kpi::Update (as RaiseOverdue).
void MeetDeadline(store::Connection& c, int64_t appeal_id, std::string_view kind, int64_t now);
// Every deadline of the appeal is met (a final state, or resolved).
void MeetAll(store::Connection& c, int64_t appeal_id, int64_t now);
// Raises a missed deadline: idempotent (a second call for the same deadline does nothing and
// returns false). It sets the appeal's overdue_at and leaves the KPI counters to the caller.
// REQUIRES: inside a write transaction, between the caller's kpi::Snapshot and kpi::Update.
bool RaiseOverdue(store::Connection& c, int64_t appeal_id, std::string_view kind, int64_t due_at,
                  int64_t now);
// Raises every deadline due at or before `now`, in transactions of at most `batch` rows, each
// appeal's KPI counters updated with it; returns how many were raised.
int64_t RunDue(store::Connection& c, int64_t now, int64_t batch = 100);
// The earliest pending deadline; nullopt when none.
std::optional<int64_t> NextDue(store::Connection& c);

}  // namespace linli::appeals
