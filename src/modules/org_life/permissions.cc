#include "modules/org_life/permissions.h"

#include <array>

namespace linli::org_life {
namespace {
using auth::Role;
constexpr std::array kRecorders = {Role::kSystemAdmin, Role::kSubdistrictAdmin, Role::kStaff};
constexpr std::array kAreaReaders = {Role::kSystemAdmin, Role::kDistrictAdmin,
                                     Role::kSubdistrictAdmin, Role::kStaff};
constexpr std::array kOrgReaders = {Role::kSystemAdmin, Role::kDistrictAdmin,
                                    Role::kSubdistrictAdmin, Role::kStaff, Role::kMember};
}  // namespace

std::span<const auth::Role> AreaReadRoles() { return kAreaReaders; }
std::span<const auth::Role> OrgReadRoles() { return kOrgReaders; }

bool Allowed(const auth::Actor& actor, Action action, const orgs::Org& org) {
  switch (action) {
    case Action::kRead:
      return actor.Allows(kAreaReaders, {org.area_path, org.path}) ||
             actor.Allows(kOrgReaders, {"", org.path});
    case Action::kRecord:
      return actor.Allows(kRecorders, {org.area_path, org.path});
  }
  return false;
}

}  // namespace linli::org_life
