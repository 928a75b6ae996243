#include "modules/orgs/permissions.h"

#include <array>

namespace linli::orgs {
namespace {
using auth::Role;
constexpr std::array kEveryRole = {
    Role::kResident,      Role::kMember,     Role::kVolunteer, Role::kGridWorker,
    Role::kStaff,         Role::kUnitRep,    Role::kProvider,  Role::kSubdistrictAdmin,
    Role::kDistrictAdmin, Role::kSystemAdmin};
constexpr std::array kWriters = {Role::kSystemAdmin, Role::kDistrictAdmin, Role::kSubdistrictAdmin,
                                 Role::kStaff};
}  // namespace

std::span<const auth::Role> ReadRoles() { return kEveryRole; }

bool MayWriteIn(const auth::Actor& actor, const std::string& area_path) {
  return actor.Allows(kWriters, {area_path, ""});
}

bool Allowed(const auth::Actor& actor, Action action, const Org& subject) {
  switch (action) {
    case Action::kRead:
      return actor.Allows(kEveryRole, {subject.area_path, subject.path});
    case Action::kWrite:
      return MayWriteIn(actor, subject.area_path);
  }
  return false;
}

}  // namespace linli::orgs
