#include "modules/people/forms.h"

#include <array>

#include "core/field.h"
#include "core/form.h"
#include "core/personal_data.h"
#include "modules/people/person.h"

namespace linli::people {
namespace {

constexpr size_t kMaxName = 50;
constexpr size_t kMaxIdNumber = 18;
constexpr size_t kMaxPhone = 11;
constexpr size_t kMaxAddress = 200;
constexpr size_t kMaxReason = 200;

// The fields of a person's body; the update's phone may be null (removes it).
enum PersonField { kName, kGender, kBirth, kIdNumber, kPhone, kArea, kAddress };
constexpr Field kIdNumberField{
    .name = "id_number", .max = kMaxIdNumber, .description = "18-character resident ID number"};
constexpr Field kPhoneField{
    .name = "phone", .max = kMaxPhone, .description = "11-digit mobile number"};
constexpr std::array kCreateFields = std::to_array<Field>({
    {.name = "name", .required = true, .max = kMaxName},
    {.name = "gender", .type = FieldType::kEnum, .values = Genders()},
    {.name = "birth_date", .type = FieldType::kDate},
    kIdNumberField,
    kPhoneField,
    {.name = "area_id", .type = FieldType::kId, .description = "household or smallest known area"},
    {.name = "address", .max = kMaxAddress},
});
constexpr std::array kUpdateFields = std::to_array<Field>({
    {.name = "name", .max = kMaxName},
    kCreateFields[kGender],
    kCreateFields[kBirth],
    kIdNumberField,
    {.name = "phone",
     .max = kMaxPhone,
     .description = "11-digit mobile number; null removes it",
     .nullable = true},
    kCreateFields[kArea],
    kCreateFields[kAddress],
});
constexpr std::array kRevealFields = std::to_array<Field>({
    {.name = "field", .type = FieldType::kEnum, .required = true, .values = PersonalFields()},
    {.name = "reason",
     .required = true,
     .max = kMaxReason,
     .min_length = 2,
     .description = "why it is needed"},
});
// Exactly one of the two is given (checked by the form).
constexpr std::array kLookupFields = std::to_array<Field>({
    {.name = "id_number",
     .max = kMaxIdNumber,
     .description = "18-character resident ID number; give it or phone"},
    {.name = "phone",
     .max = kMaxPhone,
     .description = "11-digit mobile number; give it or id_number"},
});

std::optional<std::string> IdNumber(Form& f, const Field& field) {
  auto v = As<std::string>(ReadField(f, field));
  if (!v) return std::nullopt;
  std::string id = *v;
  if (!id.empty() && id.back() == 'x') id.back() = 'X';
  if (!ValidIdNumber(id)) {
    f.Fail("id_number", "must be an 18-character resident ID number with a valid check digit");
    return std::nullopt;
  }
  return id;
}

std::optional<std::string> Phone(Form& f, const Field& field) {
  auto v = As<std::string>(ReadField(f, field));
  if (!v) return std::nullopt;
  if (!ValidPhone(*v)) {
    f.Fail("phone", "must be an 11-digit mobile number beginning with 1");
    return std::nullopt;
  }
  return v;
}

}  // namespace

std::span<const Field> CreateFields() { return kCreateFields; }
std::span<const Field> UpdateFields() { return kUpdateFields; }
std::span<const Field> RevealFields() { return kRevealFields; }
std::span<const Field> LookupFields() { return kLookupFields; }

Result<PersonForm> ParseCreate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  const auto& t = kCreateFields;
  PersonForm out;
  out.name = As<std::string>(ReadField(f, t[kName])).value_or("");
  out.gender = As<std::string>(ReadField(f, t[kGender]));
  out.birth_date = As<std::string>(ReadField(f, t[kBirth]));
  out.id_number = IdNumber(f, t[kIdNumber]);
  out.phone = Phone(f, t[kPhone]);
  out.area_id = As<int64_t>(ReadField(f, t[kArea]));
  out.address = As<std::string>(ReadField(f, t[kAddress]));
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<PersonPatch> ParseUpdate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  const auto& t = kUpdateFields;
  PersonPatch out;
  out.name = As<std::string>(ReadField(f, t[kName]));
  out.gender = As<std::string>(ReadField(f, t[kGender]));
  out.birth_date = As<std::string>(ReadField(f, t[kBirth]));
  out.id_number = IdNumber(f, t[kIdNumber]);
  out.clear_phone = IsCleared(f, t[kPhone]);
  out.phone = Phone(f, t[kPhone]);
  out.area_id = As<int64_t>(ReadField(f, t[kArea]));
  out.address = As<std::string>(ReadField(f, t[kAddress]));
  if (!out.name && !out.gender && !out.birth_date && !out.id_number && !out.phone &&
      !out.clear_phone && !out.area_id && !out.address && f.Finish().ok()) {
    f.Fail("", "give at least one field to change");
  }
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<RevealForm> ParseReveal(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  RevealForm out;
  const std::string field = As<std::string>(ReadField(f, kRevealFields[0])).value_or("");
  out.reason = As<std::string>(ReadField(f, kRevealFields[1])).value_or("");
  if (Status s = f.Finish(); !s) return s.error();
  out.field = field == "phone" ? PersonalField::kPhone : PersonalField::kIdNumber;
  return out;
}

Result<LookupForm> ParseLookup(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  LookupForm out;
  const bool has_id = f.Has("id_number");
  const bool has_phone = f.Has("phone");
  auto id = IdNumber(f, kLookupFields[0]);
  auto phone = Phone(f, kLookupFields[1]);
  if (has_id == has_phone) f.Fail("", "give exactly one of id_number and phone");
  if (Status s = f.Finish(); !s) return s.error();
  if (id) {
    out.field = PersonalField::kIdNumber;
    out.value = *id;
  } else {
    out.field = PersonalField::kPhone;
    out.value = *phone;
  }
  return out;
}

}  // namespace linli::people
