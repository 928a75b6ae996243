// The life of an appeal: its states, and its transitions (from-state, step, to-state and who may
// take the step), one for each from-state of each row of the step table (steps.h); from
// escalated the party is always the supervisor. Every step command looks itself up here; a
// (state, step) pair with no transition is refused.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace linli::appeals {

// Who may take a step (permissions.h decides who each party is).
enum class Party {
  kHandler,     // community staff, grid worker, and the admins above, covering the place
  kSupervisor,  // subdistrict/district/system admin covering the place (escalated appeals)
  kAssignee,    // the person the appeal is dispatched to
  kResident,    // the resident who raised it (or on whose behalf it was raised)
  kSystem,      // the system itself (a reopening after a bad rating)
};

struct Transition {
  std::string_view from;
  std::string_view step;
  std::string_view to;
  Party who;
};

// Every state, open ones first.
std::span<const std::string_view> States();
// The open states (IsOpen), in the order of States().
std::span<const std::string_view> OpenStates();
// Steps a person may take through the API (not the system's own).
std::span<const std::string_view> Steps();
std::span<const Transition> Transitions();

// The transition for `step` from `state`; nullopt when the table has none.
std::optional<Transition> Find(std::string_view state, std::string_view step);
// States from which `step` may be taken, for a refusal's message.
std::string FromStatesOf(std::string_view step);
// True for referred, closed, closed_unresolved and merged: nothing more happens.
bool IsFinal(std::string_view state);
// True while work is still owed (the clocks run): before resolved and not final.
bool IsOpen(std::string_view state);

}  // namespace linli::appeals
