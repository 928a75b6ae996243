#include "modules/members/permissions.h"

#include <array>

#include "modules/people/permissions.h"

namespace linli::members {
namespace {
using auth::Role;
constexpr std::array kManagers = {Role::kStaff, Role::kSubdistrictAdmin, Role::kDistrictAdmin,
                                  Role::kSystemAdmin};
constexpr std::array kUnitReps = {Role::kUnitRep};
}  // namespace

std::span<const auth::Role> ManagerRoles() { return kManagers; }

bool MayManage(const auth::Actor& actor, const std::string& org_area_path,
               const std::string& org_path) {
  return actor.Allows(kManagers, {org_area_path, org_path});
}

bool Allowed(const auth::Actor& actor, Action action, const MemberPlace& p) {
  switch (action) {
    case Action::kRead:
      return (p.person_id != 0 && actor.person_id == p.person_id) ||
             MayManage(actor, p.org_area_path, p.org_path) ||
             (!p.person_area_path.empty() &&
              actor.Allows(people::ReadRoles(), {p.person_area_path, ""})) ||
             (!p.unit_org_path.empty() && actor.Allows(kUnitReps, {"", p.unit_org_path}));
    case Action::kManage:
      return MayManage(actor, p.org_area_path, p.org_path);
  }
  return false;
}

}  // namespace linli::members
