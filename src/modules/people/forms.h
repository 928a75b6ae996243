// Forms of the people module.
#pragma once

#include <string_view>

#include "core/result.h"
#include "modules/people/commands.h"

namespace linli::people {

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
