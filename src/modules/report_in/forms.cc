#include "modules/report_in/forms.h"

#include <array>

#include "core/field.h"
#include "core/form.h"
#include "modules/report_in/hours.h"
#include "modules/report_in/period.h"

namespace linli::report_in {
namespace {
constexpr size_t kMaxName = 100;
constexpr size_t kMaxTitle = 100;
constexpr size_t kMaxText = 2000;
constexpr size_t kMaxReason = 500;

enum Unit { kUnitName, kUnitKind, kUnitOrg };
constexpr std::array kUnitFields = std::to_array<Field>({
    {.name = "name", .required = true, .max = kMaxName, .description = "unique"},
    {.name = "kind", .type = FieldType::kEnum, .required = true, .values = UnitKinds()},
    {.name = "org_id",
     .type = FieldType::kId,
     .required = true,
     .description = "the unit's party organisation, one per unit"},
});
enum ReportIn { kRiKind, kRiPerson, kRiUnit, kRiCommunity, kRiNote };
constexpr std::array kReportInFields = std::to_array<Field>({
    {.name = "kind",
     .type = FieldType::kEnum,
     .values = ReportInKinds(),
     .fallback = "member",
     .description = "member (the default) or unit"},
    {.name = "person_id",
     .type = FieldType::kId,
     .description = "a member report-in: defaults to the caller; another person only for the "
                    "community's staff"},
    {.name = "unit_id", .type = FieldType::kId, .required = true, .description = "the work unit"},
    {.name = "community_id",
     .type = FieldType::kId,
     .description = "a member's defaults to their community of residence; required for a unit"},
    {.name = "note",
     .type = FieldType::kText,
     .max = kMaxText,
     .description = "what the member or unit offers"},
});
constexpr std::array kReasonFields = std::to_array<Field>({
    {.name = "reason", .type = FieldType::kText, .required = true, .max = kMaxReason},
});
enum Post { kPostCommunity, kPostKind, kPostTitle, kPostDescription, kPostZone };
constexpr std::array kPostFields = std::to_array<Field>({
    {.name = "community_id", .type = FieldType::kId, .required = true},
    {.name = "kind", .type = FieldType::kEnum, .required = true, .values = PostKinds()},
    {.name = "title", .required = true, .max = kMaxTitle},
    {.name = "description", .type = FieldType::kText, .max = kMaxText},
    {.name = "duty_zone_id",
     .type = FieldType::kId,
     .description = "for kind duty_zone: a zone of the community"},
});
enum PostUpdate { kNewTitle, kNewDescription, kNewOpen };
constexpr std::array kPostUpdateFields = std::to_array<Field>({
    {.name = "title", .max = kMaxTitle},
    {.name = "description", .type = FieldType::kText, .max = kMaxText},
    {.name = "open", .type = FieldType::kBool},
});
// hours is read by MinutesOfHours (quarter hours); its field documents it.
enum Service { kServicePost, kServicePerson, kServiceOn, kServiceHours, kServiceNote };
constexpr std::array kServiceFields = std::to_array<Field>({
    {.name = "post_id", .type = FieldType::kId, .required = true},
    {.name = "person_id",
     .type = FieldType::kId,
     .description = "the caller; no one logs for another"},
    {.name = "served_on", .type = FieldType::kDate, .required = true},
    {.name = "hours",
     .type = FieldType::kNumber,
     .required = true,
     .description = "above 0, at most 24, in quarter hours",
     .min = 0.25,
     .bound = 24},
    {.name = "note", .type = FieldType::kText, .max = kMaxText, .description = "what was done"},
});
enum Generate { kGenCommunity, kGenYear, kGenReportIn, kGenEvaluation };
constexpr std::array kGenerateFields = std::to_array<Field>({
    {.name = "community_id", .type = FieldType::kId, .required = true},
    {.name = "year",
     .type = FieldType::kInt,
     .required = true,
     .description = "a year that has begun",
     .min = kFirstYear,
     .bound = kLastYear},
    {.name = "report_in_id", .type = FieldType::kId, .description = "only this member report-in"},
    {.name = "evaluation",
     .type = FieldType::kText,
     .max = kMaxText,
     .description = "the community's evaluation; with report_in_id only"},
});
constexpr std::array kSheetUpdateFields = std::to_array<Field>({
    {.name = "evaluation",
     .type = FieldType::kText,
     .required = true,
     .max = kMaxText,
     .nullable = true},
});
constexpr std::array kClaimFields = std::to_array<Field>({
    {.name = "person_id", .type = FieldType::kId, .description = "defaults to the caller"},
});
constexpr std::array kAcknowledgeFields = std::to_array<Field>({
    {.name = "reply",
     .type = FieldType::kText,
     .max = kMaxText,
     .description = "the unit's answer"},
});

std::string Text(FieldValue v) {
  auto* s = std::get_if<std::string>(&v);
  return s ? std::move(*s) : std::string();
}
std::optional<std::string> OptText(FieldValue v) {
  auto* s = std::get_if<std::string>(&v);
  if (!s) return std::nullopt;
  return std::move(*s);
}
int64_t Id(const FieldValue& v) {
  const auto* id = std::get_if<int64_t>(&v);
  return id ? *id : 0;
}
std::optional<int64_t> OptId(const FieldValue& v) {
  const auto* id = std::get_if<int64_t>(&v);
  if (!id) return std::nullopt;
  return *id;
}

// Parses `body`, or an empty object when the body is empty and `may_be_empty`.
Result<Form> Open(std::string_view body, bool may_be_empty = false) {
  if (may_be_empty && body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Form(boost::json::object{});
  }
  return Form::Parse(body);
}

}  // namespace

std::span<const Field> UnitFields() { return kUnitFields; }
std::span<const Field> ReportInFields() { return kReportInFields; }
std::span<const Field> ReasonFields() { return kReasonFields; }
std::span<const Field> PostFields() { return kPostFields; }
std::span<const Field> PostUpdateFields() { return kPostUpdateFields; }
std::span<const Field> ClaimFields() { return kClaimFields; }
std::span<const Field> ServiceFields() { return kServiceFields; }
std::span<const Field> GenerateFields() { return kGenerateFields; }
std::span<const Field> SheetUpdateFields() { return kSheetUpdateFields; }
std::span<const Field> AcknowledgeFields() { return kAcknowledgeFields; }

Result<UnitForm> ParseUnit(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  UnitForm out;
  out.name = Text(ReadField(f, kUnitFields[kUnitName]));
  out.kind = Text(ReadField(f, kUnitFields[kUnitKind]));
  out.org_id = Id(ReadField(f, kUnitFields[kUnitOrg]));
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<ReportInForm> ParseReportIn(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  ReportInForm out;
  out.kind = Text(ReadField(f, kReportInFields[kRiKind]));
  out.person_id = OptId(ReadField(f, kReportInFields[kRiPerson]));
  out.unit_id = Id(ReadField(f, kReportInFields[kRiUnit]));
  out.community_id = OptId(ReadField(f, kReportInFields[kRiCommunity]));
  out.note = OptText(ReadField(f, kReportInFields[kRiNote]));
  if (out.kind == "unit") {
    if (out.person_id) f.Fail("person_id", "a unit reports in as a whole: give no person");
    if (!out.community_id) f.Fail("community_id", "is required for a unit");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<ReasonForm> ParseReason(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  ReasonForm out{Text(ReadField(f, kReasonFields[0]))};
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Status ParseEmpty(std::string_view body) {
  auto parsed = Open(body, true);
  if (!parsed) return parsed.error();
  return parsed->Finish();
}

Result<PostForm> ParsePost(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  PostForm out;
  out.community_id = Id(ReadField(f, kPostFields[kPostCommunity]));
  out.kind = Text(ReadField(f, kPostFields[kPostKind]));
  out.title = Text(ReadField(f, kPostFields[kPostTitle]));
  out.description = OptText(ReadField(f, kPostFields[kPostDescription]));
  out.duty_zone_id = OptId(ReadField(f, kPostFields[kPostZone]));
  if (out.duty_zone_id && out.kind != "duty_zone") {
    f.Fail("duty_zone_id", "only a post of kind duty_zone serves a duty zone");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<PostUpdateForm> ParsePostUpdate(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  PostUpdateForm out;
  for (std::string_view key : {"title", "open"}) {
    if (f.IsNull(key)) f.Fail(key, "cannot be cleared");
  }
  out.title = OptText(ReadField(f, kPostUpdateFields[kNewTitle]));
  out.description = OptText(ReadField(f, kPostUpdateFields[kNewDescription]));
  out.open = As<bool>(ReadField(f, kPostUpdateFields[kNewOpen]));
  if (!f.Has("title") && !f.Has("description") && !f.Has("open")) {
    f.Fail("", "give at least one of title, description, open");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<ClaimForm> ParseClaim(std::string_view body) {
  auto parsed = Open(body, true);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  ClaimForm out{OptId(ReadField(f, kClaimFields[0]))};
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<ServiceForm> ParseService(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  ServiceForm out;
  out.post_id = Id(ReadField(f, kServiceFields[kServicePost]));
  out.person_id = OptId(ReadField(f, kServiceFields[kServicePerson]));
  out.served_on = Text(ReadField(f, kServiceFields[kServiceOn]));
  if (const boost::json::value* hours = f.OptionalValue(kServiceFields[kServiceHours].name)) {
    auto minutes = MinutesOfHours(*hours);
    if (!minutes)
      f.Fail("hours", "must be a number of hours above 0, at most 24, in quarter hours");
    out.minutes = minutes.value_or(0);
  } else {
    f.Fail("hours", "is required");
  }
  out.note = OptText(ReadField(f, kServiceFields[kServiceNote]));
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<GenerateForm> ParseGenerate(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  GenerateForm out;
  out.community_id = Id(ReadField(f, kGenerateFields[kGenCommunity]));
  out.year = Id(ReadField(f, kGenerateFields[kGenYear]));
  out.report_in_id = OptId(ReadField(f, kGenerateFields[kGenReportIn]));
  out.evaluation = OptText(ReadField(f, kGenerateFields[kGenEvaluation]));
  if (out.evaluation && !out.report_in_id) {
    f.Fail("evaluation", "an evaluation is written for one member: give report_in_id too");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<SheetUpdateForm> ParseSheetUpdate(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  SheetUpdateForm out;
  out.clear = IsCleared(f, kSheetUpdateFields[0]);
  out.evaluation = OptText(ReadField(f, kSheetUpdateFields[0]));
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<AcknowledgeForm> ParseAcknowledge(std::string_view body) {
  auto parsed = Open(body, true);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  AcknowledgeForm out{OptText(ReadField(f, kAcknowledgeFields[0]))};
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::report_in
