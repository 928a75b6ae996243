#include "modules/report_in/forms.h"

#include <array>

#include "core/form.h"
#include "modules/report_in/hours.h"
#include "modules/report_in/period.h"

namespace linli::report_in {
namespace {
constexpr size_t kMaxName = 100;
constexpr size_t kMaxTitle = 100;
constexpr size_t kMaxText = 2000;
constexpr size_t kMaxReason = 500;
constexpr std::array<std::string_view, 5> kUnitKinds = {"government", "enterprise", "institution",
                                                        "social_organisation", "other"};
constexpr std::array<std::string_view, 4> kPostKinds = {"duty_zone", "volunteering", "task",
                                                        "activity"};
constexpr std::array<std::string_view, 2> kReportInKinds = {"member", "unit"};

// Parses `body`, or an empty object when the body is empty and `may_be_empty`.
Result<Form> Open(std::string_view body, bool may_be_empty = false) {
  if (may_be_empty && body.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Form(boost::json::object{});
  }
  return Form::Parse(body);
}

}  // namespace

std::span<const std::string_view> UnitKinds() { return kUnitKinds; }
std::span<const std::string_view> PostKinds() { return kPostKinds; }

Result<UnitForm> ParseUnit(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  UnitForm out;
  out.name = f.RequiredString("name", kMaxName);
  out.kind = f.RequiredEnum("kind", kUnitKinds);
  out.org_id = f.RequiredId("org_id");
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<ReportInForm> ParseReportIn(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  ReportInForm out;
  out.kind = f.OptionalEnum("kind", kReportInKinds).value_or("member");
  out.person_id = f.OptionalId("person_id");
  out.unit_id = f.RequiredId("unit_id");
  out.community_id = f.OptionalId("community_id");
  out.note = f.OptionalString("note", kMaxText, 1, true);
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
  ReasonForm out{f.RequiredText("reason", kMaxReason)};
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
  out.community_id = f.RequiredId("community_id");
  out.kind = f.RequiredEnum("kind", kPostKinds);
  out.title = f.RequiredString("title", kMaxTitle);
  out.description = f.OptionalString("description", kMaxText, 1, true);
  out.duty_zone_id = f.OptionalId("duty_zone_id");
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
  out.title = f.OptionalString("title", kMaxTitle, 1);
  out.description = f.OptionalString("description", kMaxText, 1, true);
  out.open = f.OptionalBool("open");
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
  ClaimForm out{f.OptionalId("person_id")};
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<ServiceForm> ParseService(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  ServiceForm out;
  out.post_id = f.RequiredId("post_id");
  out.person_id = f.OptionalId("person_id");
  auto served = f.OptionalDate("served_on");
  if (!served && !f.Has("served_on")) f.Fail("served_on", "is required");
  out.served_on = served.value_or("");
  if (const boost::json::value* hours = f.OptionalValue("hours")) {
    auto minutes = MinutesOfHours(*hours);
    if (!minutes)
      f.Fail("hours", "must be a number of hours above 0, at most 24, in quarter hours");
    out.minutes = minutes.value_or(0);
  } else {
    f.Fail("hours", "is required");
  }
  out.note = f.OptionalString("note", kMaxText, 1, true);
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<GenerateForm> ParseGenerate(std::string_view body) {
  auto parsed = Open(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  GenerateForm out;
  out.community_id = f.RequiredId("community_id");
  out.year = f.RequiredInt("year", kFirstYear, kLastYear);
  out.report_in_id = f.OptionalId("report_in_id");
  out.evaluation = f.OptionalString("evaluation", kMaxText, 1, true);
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
  out.clear = f.IsNull("evaluation");
  out.evaluation = f.OptionalString("evaluation", kMaxText, 1, true);
  if (!out.clear && !f.Has("evaluation")) f.Fail("evaluation", "is required (null clears it)");
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<AcknowledgeForm> ParseAcknowledge(std::string_view body) {
  auto parsed = Open(body, true);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  AcknowledgeForm out{f.OptionalString("reply", kMaxText, 1, true)};
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::report_in
