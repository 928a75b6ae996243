#include "modules/disclosures/permissions.h"

#include <array>

namespace linli::disclosures {
namespace {
using auth::Role;
constexpr std::array kReaders = {
    Role::kResident,      Role::kMember,     Role::kVolunteer, Role::kGridWorker,
    Role::kStaff,         Role::kUnitRep,    Role::kProvider,  Role::kSubdistrictAdmin,
    Role::kDistrictAdmin, Role::kSystemAdmin};
constexpr std::array kWriters = {Role::kStaff, Role::kSubdistrictAdmin, Role::kDistrictAdmin,
                                 Role::kSystemAdmin};
}  // namespace

std::span<const auth::Role> ReadRoles() { return kReaders; }
std::span<const auth::Role> WriteRoles() { return kWriters; }

bool Allowed(const auth::Actor& actor, Action action, const std::string& area_path) {
  const auth::Place place{area_path, ""};
  switch (action) {
    case Action::kRead:
      return actor.Allows(kReaders, place) || actor.SeesAbove(kReaders, area_path);
    case Action::kWrite:
      return actor.Allows(kWriters, place);
  }
  return false;
}

}  // namespace linli::disclosures
