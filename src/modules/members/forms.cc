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

// A PATCH of the profile: each field may be null, which clears it; mobile only true or false.
enum Profile {
  kApplied,
  kAdmitted,
  kFull,
  kUnit,
  kPost,
  kEducation,
  kMobile,
  kMobileTo,
  kMobileSince
};
constexpr std::array kProfileFields = std::to_array<Field>({
    {.name = "applied_on", .type = FieldType::kDate, .nullable = true},
    {.name = "admitted_on", .type = FieldType::kDate, .nullable = true},
    {.name = "full_on", .type = FieldType::kDate, .nullable = true},
    {.name = "unit_id", .type = FieldType::kId, .description = "a work unit", .nullable = true},
    {.name = "post", .max = kMaxText, .nullable = true},
    {.name = "education", .type = FieldType::kEnum, .values = kEducations, .nullable = true},
    {.name = "mobile", .type = FieldType::kBool},
    {.name = "mobile_to",
     .max = kMaxText,
     .description = "where a mobile member is",
     .nullable = true},
    {.name = "mobile_since", .type = FieldType::kDate, .nullable = true},
});
constexpr std::array kConvertFields = std::to_array<Field>({
    {.name = "full_on", .type = FieldType::kDate, .required = true},
});
enum Transfer { kTransferPerson, kTransferOrg, kTransferMonths, kTransferReason };
constexpr std::array kTransferFields = std::to_array<Field>({
    {.name = "person_id", .type = FieldType::kId, .required = true, .description = "the member"},
    {.name = "to_org_id",
     .type = FieldType::kId,
     .required = true,
     .description = "the destination organisation"},
    {.name = "months_away",
     .type = FieldType::kInt,
     .description = "absent: for good",
     .min = 1,
     .bound = kMaxMonthsAway},
    {.name = "reason", .required = true, .max = kMaxReason},
});
enum Basis { kBasisMonth, kBasisCategory, kBasisIncome };
constexpr std::array kBasisFields = std::to_array<Field>({
    {.name = "from_month", .type = FieldType::kMonth, .required = true},
    {.name = "category", .type = FieldType::kEnum, .required = true, .values = DuesCategories()},
    {.name = "income_fen",
     .type = FieldType::kInt,
     .description = "monthly income after tax, or the pension; required for in_service and "
                    "retired, in fen",
     .min = 0,
     .bound = kMaxIncomeFen},
});

enum Payment { kPaymentMonth, kPaymentAmount, kPaymentPaidOn, kPaymentNote };
constexpr std::array kPaymentFields = std::to_array<Field>({
    {.name = "month", .type = FieldType::kMonth, .required = true},
    {.name = "amount_fen",
     .type = FieldType::kInt,
     .description = "at least the month's dues; default the dues; in fen",
     .min = 1,
     .bound = kMaxAmountFen},
    {.name = "paid_on", .type = FieldType::kDate},
    {.name = "note", .max = kMaxReason, .may_be_empty = true},
});

template <class T>
Patch<T> PatchOf(Form& f, const Field& field) {
  const bool given = f.Has(field.name) || IsCleared(f, field);
  return {given, As<T>(ReadField(f, field))};
}

}  // namespace

std::span<const std::string_view> Educations() { return kEducations; }
std::span<const Field> ReasonFields() { return kReasonFields; }
std::span<const Field> ProfileFields() { return kProfileFields; }
std::span<const Field> ConvertFields() { return kConvertFields; }
std::span<const Field> TransferFields() { return kTransferFields; }
std::span<const Field> BasisFields() { return kBasisFields; }
std::span<const Field> PaymentFields() { return kPaymentFields; }

Result<ProfileForm> ParseProfile(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  ProfileForm out;
  const auto& t = kProfileFields;
  out.applied_on = PatchOf<std::string>(f, t[kApplied]);
  out.admitted_on = PatchOf<std::string>(f, t[kAdmitted]);
  out.full_on = PatchOf<std::string>(f, t[kFull]);
  out.unit_id = PatchOf<int64_t>(f, t[kUnit]);
  out.post = PatchOf<std::string>(f, t[kPost]);
  out.education = PatchOf<std::string>(f, t[kEducation]);
  out.mobile = As<bool>(ReadField(f, t[kMobile]));
  if (f.IsNull("mobile")) f.Fail("mobile", "cannot be cleared: give true or false");
  out.mobile_to = PatchOf<std::string>(f, t[kMobileTo]);
  out.mobile_since = PatchOf<std::string>(f, t[kMobileSince]);
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<ConvertForm> ParseConvert(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  ConvertForm out;
  out.full_on = As<std::string>(ReadField(f, kConvertFields[0])).value_or("");
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<TransferForm> ParseTransfer(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  TransferForm out;
  const auto& t = kTransferFields;
  out.person_id = As<int64_t>(ReadField(f, t[kTransferPerson])).value_or(0);
  out.to_org_id = As<int64_t>(ReadField(f, t[kTransferOrg])).value_or(0);
  out.months_away = As<int64_t>(ReadField(f, t[kTransferMonths]));
  out.reason = As<std::string>(ReadField(f, t[kTransferReason])).value_or("");
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
  const auto& t = kBasisFields;
  out.from_month = As<std::string>(ReadField(f, t[kBasisMonth])).value_or("");
  out.category = As<std::string>(ReadField(f, t[kBasisCategory])).value_or("");
  out.income_fen = As<int64_t>(ReadField(f, t[kBasisIncome])).value_or(0);
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
  const auto& t = kPaymentFields;
  out.month = As<std::string>(ReadField(f, t[kPaymentMonth])).value_or("");
  out.amount_fen = As<int64_t>(ReadField(f, t[kPaymentAmount]));
  out.paid_on = As<std::string>(ReadField(f, t[kPaymentPaidOn]));
  out.note = As<std::string>(ReadField(f, t[kPaymentNote]));
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

}  // namespace linli::members
