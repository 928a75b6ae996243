#include "modules/duty_zones/permissions.h"

#include <array>

namespace linli::duty_zones {
namespace {
using auth::Role;
constexpr std::array kReaders = {Role::kStaff,       Role::kSubdistrictAdmin, Role::kDistrictAdmin,
                                 Role::kSystemAdmin, Role::kGridWorker,       Role::kMember};
constexpr std::array kWriters = {Role::kStaff, Role::kSubdistrictAdmin, Role::kSystemAdmin};
}  // namespace

std::span<const auth::Role> ReadRoles() { return kReaders; }

bool Allowed(const auth::Actor& actor, Action action, const std::string& grid_path) {
  const auth::Place place{grid_path, ""};
  switch (action) {
    case Action::kRead:
      return actor.Allows(kReaders, place);
    case Action::kWrite:
      return actor.Allows(kWriters, place);
  }
  return false;
}

}  // namespace linli::duty_zones
