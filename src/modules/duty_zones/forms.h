// Forms of the duty_zones module. The number of members is a rule checked by the command
// (size_rule.h), since its bounds are configuration.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/field.h"
#include "core/result.h"

namespace linli::duty_zones {

struct CreateZoneForm {
  int64_t grid_id = 0;
  std::string name;
  std::vector<int64_t> member_ids;  // person ids, each listed once
};

struct UpdateZoneForm {
  std::optional<std::string> name;
  std::optional<std::vector<int64_t>> member_ids;  // the whole new list
};

// The fields of each body, as the forms read them and the routes document them.
std::span<const Field> CreateFields();
std::span<const Field> UpdateFields();

Result<CreateZoneForm> ParseCreate(std::string_view body);
Result<UpdateZoneForm> ParseUpdate(std::string_view body);

}  // namespace linli::duty_zones
