#include "modules/people/forms.h"

#include "core/form.h"
#include "core/personal_data.h"
#include "modules/people/person.h"

namespace linli::people {
namespace {

std::optional<std::string> IdNumber(Form& f) {
  auto v = f.OptionalString("id_number", 18, 1);
  if (!v) return std::nullopt;
  std::string id = *v;
  if (!id.empty() && id.back() == 'x') id.back() = 'X';
  if (!ValidIdNumber(id)) {
    f.Fail("id_number", "must be an 18-character resident ID number with a valid check digit");
    return std::nullopt;
  }
  return id;
}

std::optional<std::string> Phone(Form& f) {
  auto v = f.OptionalString("phone", 11, 1);
  if (!v) return std::nullopt;
  if (!ValidPhone(*v)) {
    f.Fail("phone", "must be an 11-digit mobile number beginning with 1");
    return std::nullopt;
  }
  return v;
}

}  // namespace

Result<PersonForm> ParseCreate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  PersonForm out;
  out.name = f.RequiredString("name", 50);
  out.gender = f.OptionalEnum("gender", Genders());
  out.birth_date = f.OptionalDate("birth_date");
  out.id_number = IdNumber(f);
  out.phone = Phone(f);
  out.area_id = f.OptionalId("area_id");
  out.address = f.OptionalString("address", 200, 1);
  if (Status s = f.Finish(); !s) return s.error();
  return out;
}

Result<PersonPatch> ParseUpdate(std::string_view body) {
  auto parsed = Form::Parse(body);
  if (!parsed) return parsed.error();
  Form& f = *parsed;
  PersonPatch out;
  out.name = f.OptionalString("name", 50, 1);
  out.gender = f.OptionalEnum("gender", Genders());
  out.birth_date = f.OptionalDate("birth_date");
  out.id_number = IdNumber(f);
  out.clear_phone = f.IsNull("phone");
  out.phone = Phone(f);
  out.area_id = f.OptionalId("area_id");
  out.address = f.OptionalString("address", 200, 1);
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
  const std::string field = f.RequiredEnum("field", PersonalFields());
  out.reason = f.RequiredString("reason", 200, 2);
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
  auto id = IdNumber(f);
  auto phone = Phone(f);
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
