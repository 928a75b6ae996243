#include "modules/appeals/permissions.h"

#include <array>

namespace linli::appeals {
namespace {
using auth::Role;
constexpr std::array kReaders = {Role::kStaff, Role::kGridWorker, Role::kSubdistrictAdmin,
                                 Role::kDistrictAdmin, Role::kSystemAdmin};
constexpr std::array kHandlers = {Role::kStaff, Role::kGridWorker, Role::kSubdistrictAdmin,
                                  Role::kSystemAdmin};
constexpr std::array kSupervisors = {Role::kSubdistrictAdmin, Role::kDistrictAdmin,
                                     Role::kSystemAdmin};
constexpr std::array kSystem = {Role::kSystemAdmin};
}  // namespace

std::span<const auth::Role> ReadRoles() { return kReaders; }

bool Is(const auth::Actor& actor, Party party, const Appeal& a) {
  const auth::Place place{a.area_path, ""};
  switch (party) {
    case Party::kHandler:
      return actor.Allows(kHandlers, place);
    case Party::kSupervisor:
      return actor.Allows(kSupervisors, place);
    case Party::kAssignee:
      return actor.person_id != 0 && a.assignee_kind == "person" &&
             a.assignee_id == actor.person_id;
    case Party::kResident:
      return actor.person_id != 0 && a.resident_id == actor.person_id;
    case Party::kSystem:
      return actor.account_id == 0 && actor.login == "system" && actor.Allows(kSystem, place);
  }
  return false;
}

bool MayRead(const auth::Actor& actor, const Appeal& a) {
  return actor.Allows(kReaders, {a.area_path, ""}) || Is(actor, Party::kResident, a) ||
         Is(actor, Party::kAssignee, a);
}

bool MayRaiseFor(const auth::Actor& actor, const std::string& area_path) {
  return actor.Allows(kHandlers, {area_path, ""});
}

}  // namespace linli::appeals
