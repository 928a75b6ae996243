// Forms of the people module.
#pragma once

#include <span>
#include <string_view>

#include "core/field.h"
#include "core/result.h"
#include "modules/people/commands.h"

namespace linli::people {

// The fields of each body, as the form reads them and the route documents them. A lookup
// gives exactly one of its two fields, which the form checks and the schema cannot say.
std::span<const Field> CreateFields();
std::span<const Field> UpdateFields();
std::span<const Field> RevealFields();
std::span<const Field> LookupFields();

Result<PersonForm> ParseCreate(std::string_view body);
Result<PersonPatch> ParseUpdate(std::string_view body);

struct RevealForm {
  PersonalField field = PersonalField::kIdNumber;
  std::string reason;
};
Result<RevealForm> ParseReveal(std::string_view body);

struct LookupForm {
  PersonalField field = PersonalField::kIdNumber;
  std::string value;
};
// {"id_number": "..."} or {"phone": "..."}: exactly one.
Result<LookupForm> ParseLookup(std::string_view body);

}  // namespace linli::people
