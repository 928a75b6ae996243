// Who may do what with member records. A member's place is the organisation that holds the
// membership (its area and path), the person's own area, and their work unit's organisation.
//   read a member (profile, card, dues, transfers):
//            the member themself; the managers of the organisation (below); the people
//            module's readers of the person's area; a unit rep on the work unit's organisation
//   manage (profile, conversion, dues basis and payments, issuing a transfer, the roster and
//   the cards of an organisation, and their exports):
//            staff and subdistrict/district/system admin covering the organisation: by the area
//            it sits in, or by a grant on it or an organisation above it
//   decide a transfer (accept, refuse): the managers of the destination organisation
// A caller who may not read a member is answered 404, not 403.
#pragma once

#include <cstdint>
#include <span>
#include <string>

#include "auth/actor.h"

namespace linli::members {

struct MemberPlace {
  int64_t person_id = 0;
  std::string person_area_path;  // "" when the person has no area
  std::string org_area_path;     // the area the holding organisation sits in
  std::string org_path;          // the holding organisation
  std::string unit_org_path;     // the work unit's organisation; "" when none
};

enum class Action { kRead, kManage };

bool Allowed(const auth::Actor& actor, Action action, const MemberPlace& place);
// The managers of an organisation sitting in `org_area_path` with path `org_path`.
bool MayManage(const auth::Actor& actor, const std::string& org_area_path,
               const std::string& org_path);
std::span<const auth::Role> ManagerRoles();

}  // namespace linli::members
