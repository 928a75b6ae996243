#include "modules/appeals/permissions.h"

#include <algorithm>
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
constexpr std::array kUnitReps = {Role::kUnitRep};
constexpr std::array kPartnerManagers = {Role::kStaff, Role::kSubdistrictAdmin, Role::kSystemAdmin};
}  // namespace

std::span<const auth::Role> ReadRoles() { return kReaders; }

bool IsAssignee(const auth::Actor& actor, const Appeal& a) {
  if (!a.assignee_kind || !a.assignee_id) return false;
  if (*a.assignee_kind == "person") return actor.person_id != 0 && a.assignee_id == actor.person_id;
  if (*a.assignee_kind == "unit") {
    return a.assignee_org_path && actor.Allows(kUnitReps, {"", *a.assignee_org_path});
  }
  if (*a.assignee_kind == "provider") {
    return actor.person_id != 0 && std::find(a.assignee_people.begin(), a.assignee_people.end(),
                                             actor.person_id) != a.assignee_people.end();
  }
  return false;
}

bool MayManagePartners(const auth::Actor& actor, const std::string& community_path) {
  return actor.Allows(kPartnerManagers, {community_path, ""});
}

bool Is(const auth::Actor& actor, Party party, const Appeal& a) {
  const auth::Place place{a.area_path, ""};
  switch (party) {
    case Party::kHandler:
      return actor.Allows(kHandlers, place);
    case Party::kSupervisor:
      return actor.Allows(kSupervisors, place);
    case Party::kAssignee:
      return IsAssignee(actor, a);
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
