// RoleSource: the roles people hold, answered by the module that grants them (accounts, which
// provides it through Services::ports). People shows a person's roles and filters its list by
// role through it, without reading that module's tables.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "modules/people/queries.h"
#include "store/database.h"

namespace linli::people {

class RoleSource {
 public:
  virtual ~RoleSource() = default;
  // The roles `person_id` holds, oldest grant first.
  virtual std::vector<PersonRole> RolesOf(store::Connection& c, int64_t person_id) const = 0;
  // An SQL condition, with one `?` for the role, true when the person whose id is the column
  // `person_id` (e.g. "p.id") holds that role anywhere.
  virtual std::string HoldsRole(std::string_view person_id) const = 0;
};

}  // namespace linli::people
