// Who may do what with org life, decided on the party organisation that holds the meetings
// (its area and its own path). A role held on an area or organisation covers everything below.
//   record (meetings, corrections, appraisals): system admin, subdistrict admin and staff
//          covering the organisation's area, or holding that role on the organisation (or one
//          above it). A member role does not suffice; a branch secretary role would belong here.
//   read (plan, meetings, coverage, appraisals): those, district admins, and holders of a
//          member role on the organisation (or one above it).
// A caller who cannot read the organisation is answered 404, not 403.
#pragma once

#include <span>

#include "auth/actor.h"
#include "modules/orgs/org.h"

namespace linli::org_life {

enum class Action { kRead, kRecord };

bool Allowed(const auth::Actor& actor, Action action, const orgs::Org& org);

// Roles whose grants on areas give read (for scope filters over the area path).
std::span<const auth::Role> AreaReadRoles();
// Roles whose grants on organisations give read (for scope filters over the org path).
std::span<const auth::Role> OrgReadRoles();

}  // namespace linli::org_life
