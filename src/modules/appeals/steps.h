// The steps of an appeal as one table (step_table.cc), one row per step: its name, the fields
// of its body, the states it follows, the state it leads to and who takes it, the event it
// records, its summary, and the functions that apply its own rules. From the row come the
// parsing of the body (ParseStep) and its OpenAPI schema (handlers.cc), the transitions
// (flow.h), and what TakeStep (commands.h) does.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include <boost/json/object.hpp>

#include "auth/actor.h"
#include "core/field.h"
#include "core/form.h"
#include "core/result.h"
#include "modules/appeals/appeal.h"
#include "modules/appeals/commands.h"
#include "modules/appeals/flow.h"
#include "modules/appeals/forms.h"

namespace linli::appeals {

// What a step changes besides the state, for the timeline and the event.
struct Outcome {
  std::optional<std::string> note;
  std::optional<std::string> reason;
  boost::json::object detail;
  bool wake = false;  // a deadline was added or moved
};

// A body field and the member of StepForm it fills: a std::optional<std::string> for kString,
// kText and kEnum, a std::optional<int64_t> for kId and kDateTime, a std::vector<int64_t> for
// kIdList.
struct StepField {
  Field field;
  std::variant<std::optional<std::string> StepForm::*, std::optional<int64_t> StepForm::*,
               std::vector<int64_t> StepForm::*>
      into;
};

// Every step's body may have a note, shown to the resident: it is read before the step's own
// fields and documented after them.
inline constexpr StepField kNoteField = {{.name = "note",
                                          .type = FieldType::kText,
                                          .max = kMaxNote,
                                          .description = "shown to the resident"},
                                         &StepForm::note};

struct StepRow;

// The step's own rules and writes, run by TakeStep in its transaction once the flow and the
// permission allow the step; a refusal is returned before anything is written.
using StepRules = Result<Outcome>(Context& ctx, const auth::Actor& actor, const Appeal& a,
                                  const StepForm& f, int64_t now);
using ApplyFn = StepRules*;
// What follows once the step is recorded; true when it added or moved a deadline.
using AfterFn = bool (*)(Context& ctx, const StepRow& row, int64_t id, const StepForm& f,
                         int64_t now);
// Rules across the body's fields, run after every field is read; a failure is recorded in `f`.
using CheckFn = void (*)(Form& f, const StepForm& form);

struct StepRow {
  std::string_view name;
  // The states it follows, in the order a refusal names them (FromStatesOf), and the state it
  // leads to.
  std::span<const std::string_view> from;
  std::string_view to;
  // Who takes it; from escalated it is always the supervisor (the subdistrict's queue).
  Party who;
  std::string_view event;             // the record's action
  std::span<const StepField> fields;  // the body's own fields, besides kNoteField
  CheckFn check = nullptr;            // may be null
  ApplyFn apply = nullptr;            // null for the system's own steps (reopen)
  AfterFn after = nullptr;            // may be null
  std::string_view summary;           // of its route; empty for the system's own steps
};

// Every row: the steps people take through the API, in the order of Steps(), then the system's
// own (reopen, taken by a follow-up that is not satisfied).
std::span<const StepRow> StepTable();
// The row of `name`; nullptr when there is none.
const StepRow* FindStep(std::string_view name);

// The body of POST /api/v1/appeals/{id}/{step}: the note and the row's fields, then its check.
// REQUIRES: `step` is one of Steps(). An empty body reads as {}.
Result<StepForm> ParseStep(std::string_view step, std::string_view body);

// The rules of the steps (steps.cc), as the table names them.
StepRules AcceptRules, DispatchRules, TakeRules, ArriveRules, ResolveRules, FollowUpRules,
    CloseRules, ReferRules, EscalateRules, CloseUnresolvedRules, MergeRules;
// resolve: attaches the evidence photos to the step just recorded.
bool AttachEvidence(Context& ctx, const StepRow& row, int64_t id, const StepForm& f, int64_t now);
// follow_up: a rating of not satisfied reopens the appeal, by the system.
bool ReopenIfUnsatisfied(Context& ctx, const StepRow& row, int64_t id, const StepForm& f,
                         int64_t now);

}  // namespace linli::appeals
