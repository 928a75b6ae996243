#include "modules/people/permissions.h"

#include <array>

namespace linli::people {
namespace {
using auth::Role;
constexpr std::array kReaders = {Role::kStaff, Role::kGridWorker, Role::kSubdistrictAdmin,
                                 Role::kDistrictAdmin, Role::kSystemAdmin};
constexpr std::array kWriters = {Role::kStaff, Role::kGridWorker, Role::kSubdistrictAdmin,
                                 Role::kSystemAdmin};
constexpr std::array kRevealers = {Role::kStaff, Role::kGridWorker, Role::kSubdistrictAdmin};
}  // namespace

std::span<const auth::Role> ReadRoles() { return kReaders; }

bool MayPlace(const auth::Actor& actor, const std::string& area_path) {
  return actor.Allows(kWriters, {area_path, ""});
}

bool Allowed(const auth::Actor& actor, Action action, const Person& p) {
  const bool self = actor.person_id == p.id && p.id != 0;
  const auth::Place place{p.area_path, ""};
  switch (action) {
    case Action::kRead:
      return self || actor.Allows(kReaders, place);
    case Action::kWrite:
      return actor.Allows(kWriters, place);
    case Action::kReveal:
      if (self) return true;
      // A person with no area is revealed to nobody but themself.
      return !p.area_path.empty() && actor.Allows(kRevealers, place);
  }
  return false;
}

}  // namespace linli::people
