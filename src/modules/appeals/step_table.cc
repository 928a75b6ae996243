// The step table (steps.h): one row per step of an appeal, and the body parser its rows drive.
#include <algorithm>
#include <array>

#include "modules/appeals/steps.h"
#include "modules/appeals/vocabulary.h"

namespace linli::appeals {
namespace {

constexpr size_t kMaxName = 100;

constexpr std::string_view kShown = "shown to the resident";
constexpr StepField kReason = {{.name = "reason",
                                .type = FieldType::kText,
                                .required = true,
                                .max = kMaxNote,
                                .description = kShown},
                               &StepForm::reason};
constexpr StepField kOptionalReason = {
    {.name = "reason", .type = FieldType::kText, .max = kMaxNote, .description = kShown},
    &StepForm::reason};

constexpr std::array kDispatchFields = std::to_array<StepField>({
    {{.name = "assignee_kind",
      .type = FieldType::kEnum,
      .values = kAssigneeKinds,
      .fallback = "person"},
     &StepForm::assignee_kind},
    {{.name = "assignee_id",
      .type = FieldType::kId,
      .required = true,
      .description = "a duty-zone member or worker of the community (person, the default), a "
                     "co-building unit reported in to it, or a provider registered with it"},
     &StepForm::assignee_id},
    {{.name = "due_at", .type = FieldType::kDateTime}, &StepForm::due_at},
});
constexpr std::array kResolveFields = std::to_array<StepField>({
    {{.name = "result",
      .type = FieldType::kText,
      .required = true,
      .max = kMaxNote,
      .description = "what was done"},
     &StepForm::result},
    {{.name = "photo_ids",
      .type = FieldType::kIdList,
      .max = kMaxPhotoIds,
      .description = "evidence: a photo the caller uploaded"},
     &StepForm::photo_ids},
});
constexpr std::array kFollowUpFields = std::to_array<StepField>({
    {{.name = "rating", .type = FieldType::kEnum, .required = true, .values = kRatings},
     &StepForm::rating},
});
constexpr std::array kCloseFields = {kOptionalReason};
constexpr std::array kReferFields = std::to_array<StepField>({
    {{.name = "to",
      .type = FieldType::kString,
      .required = true,
      .max = kMaxName,
      .description = "the outside body"},
     &StepForm::to},
    kReason,
});
constexpr std::array kEscalateFields = std::to_array<StepField>({
    {{.name = "to", .type = FieldType::kEnum, .required = true, .values = kEscalationLevels},
     &StepForm::to},
    {{.name = "department",
      .type = FieldType::kString,
      .max = kMaxName,
      .description = "its name, when to is department"},
     &StepForm::department},
    kReason,
});
constexpr std::array kCloseUnresolvedFields = {kReason};
constexpr std::array kMergeFields = std::to_array<StepField>({
    {{.name = "into",
      .type = FieldType::kId,
      .required = true,
      .description = "the appeal this one follows"},
     &StepForm::into},
    kOptionalReason,
});

// escalate: a department is named exactly when the appeal goes to one.
void CheckEscalate(Form& f, const StepForm& form) {
  if (form.to == "department" && !form.department) {
    f.Fail("department", "is required when escalating to a department");
  }
  if (form.to == "subdistrict" && form.department) {
    f.Fail("department", "applies only when escalating to a department");
  }
}

constexpr std::array<std::string_view, 1> kReceived = {"received"};
constexpr std::array<std::string_view, 3> kToDispatch = {"accepted", "dispatched", "escalated"};
constexpr std::array<std::string_view, 1> kDispatched = {"dispatched"};
constexpr std::array<std::string_view, 1> kTaken = {"taken"};
constexpr std::array<std::string_view, 2> kAtWork = {"taken", "on_site"};
constexpr std::array<std::string_view, 1> kResolved = {"resolved"};
constexpr std::array<std::string_view, 2> kToClose = {"followed_up", "resolved"};
constexpr std::array<std::string_view, 1> kFollowedUp = {"followed_up"};
// In hand: not yet resolved; the escalated ones are the supervisor's.
constexpr std::array<std::string_view, 5> kInHand = {"received", "accepted", "dispatched", "taken",
                                                     "on_site"};
constexpr std::array<std::string_view, 6> kInHandOrEscalated = {
    "received", "accepted", "dispatched", "taken", "on_site", "escalated"};

constexpr Party H = Party::kHandler;
constexpr Party A = Party::kAssignee;

constexpr std::array kRows = std::to_array<StepRow>({
    {.name = "accept",
     .from = kReceived,
     .to = "accepted",
     .who = H,
     .event = "appeal.accept",
     .apply = AcceptRules,
     .summary = "Accept an appeal (受理)"},
    {.name = "dispatch",
     .from = kToDispatch,
     .to = "dispatched",
     .who = H,
     .event = "appeal.dispatch",
     .fields = kDispatchFields,
     .apply = DispatchRules,
     .summary = "Dispatch an appeal to a person, a unit or a provider (派单)"},
    {.name = "take",
     .from = kDispatched,
     .to = "taken",
     .who = A,
     .event = "appeal.take",
     .apply = TakeRules,
     .summary = "Take a dispatched appeal: its assignee only (the person, or an account of the "
                "unit or provider) (接单)"},
    {.name = "arrive",
     .from = kTaken,
     .to = "on_site",
     .who = A,
     .event = "appeal.arrive",
     .apply = ArriveRules,
     .summary = "Record arriving on site: its assignee only (到场)"},
    {.name = "resolve",
     .from = kAtWork,
     .to = "resolved",
     .who = A,
     .event = "appeal.resolve",
     .fields = kResolveFields,
     .apply = ResolveRules,
     .after = AttachEvidence,
     .summary = "Resolve an appeal, saying what was done: its assignee only (办结)"},
    {.name = "follow_up",
     .from = kResolved,
     .to = "followed_up",
     .who = Party::kResident,
     .event = "appeal.follow_up",
     .fields = kFollowUpFields,
     .apply = FollowUpRules,
     .after = ReopenIfUnsatisfied,
     .summary = "Rate a resolved appeal: its resident only; not satisfied reopens it"},
    {.name = "close",
     .from = kToClose,
     .to = "closed",
     .who = H,
     .event = "appeal.close",
     .fields = kCloseFields,
     .apply = CloseRules,
     .summary = "Close an appeal after its rating, or once the resident has not rated it in "
                "time"},
    {.name = "refer",
     .from = kInHandOrEscalated,
     .to = "referred",
     .who = H,
     .event = "appeal.refer",
     .fields = kReferFields,
     .apply = ReferRules,
     .summary = "Refer an appeal to an outside body, with a reason the resident sees"},
    {.name = "escalate",
     .from = kInHand,
     .to = "escalated",
     .who = H,
     .event = "appeal.escalate",
     .fields = kEscalateFields,
     .check = CheckEscalate,
     .apply = EscalateRules,
     .summary = "Escalate an appeal to the subdistrict or a department (吹哨)"},
    {.name = "close_unresolved",
     .from = kInHandOrEscalated,
     .to = "closed_unresolved",
     .who = H,
     .event = "appeal.close_unresolved",
     .fields = kCloseUnresolvedFields,
     .apply = CloseUnresolvedRules,
     .summary = "Close an appeal without a fix, with a reason"},
    {.name = "merge",
     .from = kInHandOrEscalated,
     .to = "merged",
     .who = H,
     .event = "appeal.merge",
     .fields = kMergeFields,
     .apply = MergeRules,
     .summary = "Merge an appeal into another about the same problem; it follows the other"},
    {.name = "reopen",
     .from = kFollowedUp,
     .to = "accepted",
     .who = Party::kSystem,
     .event = "appeal.reopen"},
});

// Puts what ReadField gave into the member the field fills; nothing when it gave nothing.
struct Fill {
  FieldValue& value;
  StepForm& out;
  void operator()(std::optional<std::string> StepForm::*member) const {
    if (auto* s = std::get_if<std::string>(&value)) out.*member = std::move(*s);
  }
  void operator()(std::optional<int64_t> StepForm::*member) const {
    if (auto* n = std::get_if<int64_t>(&value)) out.*member = *n;
  }
  void operator()(std::vector<int64_t> StepForm::*member) const {
    if (auto* ids = std::get_if<std::vector<int64_t>>(&value)) out.*member = std::move(*ids);
  }
};

void Read(Form& f, const StepField& field, StepForm& out) {
  FieldValue value = ReadField(f, field.field);
  std::visit(Fill{value, out}, field.into);
}

}  // namespace

std::span<const StepRow> StepTable() { return kRows; }

const StepRow* FindStep(std::string_view name) {
  const auto* it =
      std::find_if(kRows.begin(), kRows.end(), [&](const StepRow& s) { return s.name == name; });
  return it == kRows.end() ? nullptr : it;
}

Result<StepForm> ParseStep(std::string_view step, std::string_view body) {
  const StepRow* row = FindStep(step);
  auto parsed = Form::Parse(body.empty() ? std::string_view("{}") : body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  StepForm out;
  Read(f, kNoteField, out);
  for (const StepField& field : row->fields) Read(f, field, out);
  if (row->check) row->check(f, out);
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::appeals
