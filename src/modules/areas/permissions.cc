#include "modules/areas/permissions.h"

#include <array>

namespace linli::areas {
namespace {
using auth::Role;
constexpr std::array kEveryRole = {
    Role::kResident,      Role::kMember,     Role::kVolunteer, Role::kGridWorker,
    Role::kStaff,         Role::kUnitRep,    Role::kProvider,  Role::kSubdistrictAdmin,
    Role::kDistrictAdmin, Role::kSystemAdmin};
constexpr std::array kCreators = {Role::kSystemAdmin, Role::kDistrictAdmin, Role::kSubdistrictAdmin,
                                  Role::kStaff, Role::kGridWorker};
constexpr std::array kEditors = {Role::kSystemAdmin, Role::kDistrictAdmin, Role::kSubdistrictAdmin,
                                 Role::kStaff};
}  // namespace

std::span<const auth::Role> ReadRoles() { return kEveryRole; }

bool Allowed(const auth::Actor& actor, Action action, const Area& subject) {
  const auth::Place place{subject.path, ""};
  switch (action) {
    case Action::kRead:
      return actor.Allows(kEveryRole, place) || actor.SeesAbove(kEveryRole, subject.path);
    case Action::kCreate:
      return actor.Allows(kCreators, place);
    case Action::kUpdate:
    case Action::kMove:
      return actor.Allows(kEditors, place);
  }
  return false;
}

}  // namespace linli::areas
