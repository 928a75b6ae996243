#include "modules/members/forms.h"

#include <array>

#include "core/field.h"
#include "core/form.h"
#include "modules/members/rules.h"

namespace linli::members {
namespace {

constexpr size_t kMaxText = 100;
constexpr size_t kMaxReason = 500;
constexpr int64_t kMaxMonthsAway = 600;
constexpr int64_t kMaxIncomeFen = int64_t{100000000} * 100;  // a hundred million yuan a month
constexpr int64_t kMaxAmountFen = int64_t{10000000} * 100;
constexpr std::array<std::string_view, 8> kEducations = {
    "primary", "junior_secondary", "senior_secondary", "vocational",
    "college", "bachelor",         "master",           "doctorate"};

constexpr std::array kReasonFields = std::to_array<Field>({
    {.name = "reason", .required = true, .max = kMaxReason},
});

Patch<std::string> DatePatch(Form& f, std::string_view key) {
  return {f.Has(key) || f.IsNull(key), f.OptionalDate(key)};
}
Patch<std::string> TextPatch(Form& f, std::string_view key) {
  return {f.Has(key) || f.IsNull(key), f.OptionalString(key, kMaxText, 1)};
}

std::optional<std::string> OptionalMonth(Form& f, std::string_view key) {
  auto v = f.OptionalString(key, 7, 7);
  if (v && !ValidMonth(*v)) f.Fail(key, "must be a month YYYY-MM");
  return v;
}

}  // namespace

std::span<const std::string_view> Educations() { return kEducations; }
std::span<const Field> ReasonFields() { return kReasonFields; }

Result<ProfileForm> ParseProfile(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  ProfileForm out;
  out.applied_on = DatePatch(f, "applied_on");
  out.admitted_on = DatePatch(f, "admitted_on");
  out.full_on = DatePatch(f, "full_on");
  out.unit_id = {f.Has("unit_id") || f.IsNull("unit_id"), f.OptionalId("unit_id")};
  out.post = TextPatch(f, "post");
  out.education = {f.Has("education") || f.IsNull("education"),
                   f.OptionalEnum("education", kEducations)};
  out.mobile = f.OptionalBool("mobile");
  if (f.IsNull("mobile")) f.Fail("mobile", "cannot be cleared: give true or false");
  out.mobile_to = TextPatch(f, "mobile_to");
  out.mobile_since = DatePatch(f, "mobile_since");
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<ConvertForm> ParseConvert(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  ConvertForm out;
  auto d = f.OptionalDate("full_on");
  if (!d && !f.Has("full_on")) f.Fail("full_on", "is required");
  out.full_on = d.value_or("");
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<TransferForm> ParseTransfer(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  TransferForm out;
  out.person_id = f.RequiredId("person_id");
  out.to_org_id = f.RequiredId("to_org_id");
  out.months_away = f.OptionalInt("months_away", 1, kMaxMonthsAway);
  out.reason = f.RequiredString("reason", kMaxReason);
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<ReasonForm> ParseReason(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  FieldValue reason = ReadField(f, kReasonFields[0]);
  auto* text = std::get_if<std::string>(&reason);
  ReasonForm out{text ? std::move(*text) : std::string()};
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Status ParseEmpty(std::string_view body) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return Status::Ok();
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  return parsed->Finish();
}

Result<BasisForm> ParseBasis(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  BasisForm out;
  auto month = OptionalMonth(f, "from_month");
  if (!month && !f.Has("from_month")) f.Fail("from_month", "is required");
  out.from_month = month.value_or("");
  out.category = f.RequiredEnum("category", DuesCategories());
  out.income_fen = f.OptionalInt("income_fen", 0, kMaxIncomeFen).value_or(0);
  if ((out.category == "in_service" || out.category == "retired") && !f.Has("income_fen")) {
    f.Fail("income_fen", "is required for in-service and retired members (monthly, in fen)");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<PaymentForm> ParsePayment(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  PaymentForm out;
  auto month = OptionalMonth(f, "month");
  if (!month && !f.Has("month")) f.Fail("month", "is required");
  out.month = month.value_or("");
  out.amount_fen = f.OptionalInt("amount_fen", 1, kMaxAmountFen);
  out.paid_on = f.OptionalDate("paid_on");
  out.note = f.OptionalString("note", kMaxReason);
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::members
